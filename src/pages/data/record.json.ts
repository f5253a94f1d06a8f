import type { APIRoute } from 'astro';
import { siteExport } from '../../site/export-input.ts';

/** /data/record.json: the whole record, documented on /data/, described by /data/record.schema.json. */
export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(await siteExport(), null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
