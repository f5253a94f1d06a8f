import type { APIRoute, GetStaticPaths } from 'astro';
import { tableCsv } from '../../lib/data/tables.ts';
import { siteTables } from '../../site/export-input.ts';

/**
 * /data/<table>.csv: the export's tables, described by /data/datapackage.json. The paths carry
 * only the names: Astro keeps every route's props to the end of the build, and the tables'
 * rows are the export again.
 */
export const getStaticPaths = (async () =>
  (await siteTables()).map((table) => ({ params: { table: table.name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const table = (await siteTables()).find((t) => t.name === params['table']);
  if (!table) throw new Error(`No table "${params['table']}" in the export`);
  return new Response(tableCsv(table), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
