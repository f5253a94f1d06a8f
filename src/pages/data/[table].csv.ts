import type { APIRoute, GetStaticPaths } from 'astro';
import { tableCsv, type Table } from '../../lib/data/tables.ts';
import { siteTables } from '../../site/export-input.ts';

/** /data/<table>.csv: the export's tables, described by /data/datapackage.json. */
export const getStaticPaths = (async () =>
  (await siteTables()).map((table) => ({ params: { table: table.name }, props: { table } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ table: Table }> = ({ props }) =>
  new Response(tableCsv(props.table), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
