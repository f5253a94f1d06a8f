import type { APIRoute } from 'astro';
import { plainText } from '../lib/text/work-titles.ts';
import { nameList } from '../lib/search/suggest.ts';
import { siteRecord } from '../site/site-record.ts';

/** /search-names.json: the words search suggests from when a query finds little (src/lib/search/suggest.ts). */
export const GET: APIRoute = async () => {
  const { people, events, sources } = await siteRecord();
  const phrases = [
    ...[...people.values()].flatMap((p) => [
      p.data.name,
      ...(p.data.fullName ? [p.data.fullName] : []),
      ...p.data.aliases,
    ]),
    ...[...events.values()].map((e) => plainText(e.data.title)),
    ...[...sources.values()].map((s) => plainText(s.data.title)),
  ];
  return new Response(JSON.stringify(nameList(phrases)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
