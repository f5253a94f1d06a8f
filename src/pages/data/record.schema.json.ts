import type { APIRoute } from 'astro';
import { exportJsonSchema } from '../../lib/data/schema.ts';

/** /data/record.schema.json: what /data/record.json holds, as JSON Schema (generated from src/schemas/export.ts). */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(exportJsonSchema(), null, 2)}\n`, {
    headers: { 'content-type': 'application/schema+json; charset=utf-8' },
  });
