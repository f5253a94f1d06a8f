/**
 * Every entry's address and title, for the 404 page's "Perhaps you meant" (loaded only
 * there, on demand). Shape: [[url, title], …], sorted by URL so builds are reproducible.
 */
import type { APIRoute } from 'astro';
import { entryList } from '../lib/pages/indexes.ts';
import { siteRecord } from '../site/site-record.ts';

export const GET: APIRoute = async () => {
  const { people, events, sources } = await siteRecord();
  const list = entryList(import.meta.env.BASE_URL, {
    people: [...people.values()],
    events: [...events.values()],
    sources: [...sources.values()],
  });
  return new Response(JSON.stringify(list), { headers: { 'content-type': 'application/json' } });
};
