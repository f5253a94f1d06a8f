import type { APIRoute } from 'astro';
import { exportRecord } from '../../lib/export.ts';
import { entryUrl } from '../../lib/urls.ts';
import { about } from '../../site/about.ts';
import { siteRecord } from '../../site/site-record.ts';

/** /data/record.json: the whole record, documented on /data/. */
export const GET: APIRoute = async ({ site }) => {
  const [record, description] = await Promise.all([siteRecord(), about()]);
  const siteUrl = new URL(import.meta.env.BASE_URL, site).href;
  const data = exportRecord({
    about: description.data,
    siteUrl,
    urlFor: (collection, id) => new URL(entryUrl(import.meta.env.BASE_URL, collection, id), site).href,
    people: [...record.people.values()],
    events: record.chronological,
    sources: [...record.sources.values()],
  });
  return new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
