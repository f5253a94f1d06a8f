import type { APIRoute } from 'astro';
import { nameList } from '../lib/search-suggest.ts';
import { siteRecord } from '../site/site-record.ts';

/** /search-names.json: the words search suggests from when a query finds little (src/lib/search-suggest.ts). */
export const GET: APIRoute = async () => {
  const { people, events, sources } = await siteRecord();
  const phrases = [
    ...[...people.values()].flatMap((p) => [
      p.data.name,
      ...(p.data.fullName ? [p.data.fullName] : []),
      ...p.data.aliases,
    ]),
    ...[...events.values()].map((e) => e.data.title),
    ...[...sources.values()].map((s) => s.data.title),
  ];
  return new Response(JSON.stringify(nameList(phrases)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
