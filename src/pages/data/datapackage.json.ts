import type { APIRoute } from 'astro';
import { dataPackage } from '../../lib/data/tables.ts';
import { siteExport, siteTables } from '../../site/export-input.ts';

/** /data/datapackage.json: every file under /data/ as a Data Package (v2), with each table's schema. */
export const GET: APIRoute = async () => {
  const [data, tables] = await Promise.all([siteExport(), siteTables()]);
  return new Response(`${JSON.stringify(dataPackage(data, tables), null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
