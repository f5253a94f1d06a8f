/**
 * npm run measure:export [-- --root DIR] — the size of every file under /data/ for the
 * record in DIR (the project's content by default; a generated record from `npm run
 * generate`), made in process the way the build makes them, without building the site:
 * read and render the record (src/lib/record/read-record.ts), export it, write the tables.
 * Prints sizes raw and gzipped, and how long each step took on this machine.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { exportJsonSchema } from '../src/lib/data/schema.ts';
import { dataPackage, exportTables, tableCsv } from '../src/lib/data/tables.ts';
import { exportInputFromRecord, exportRecord } from '../src/lib/data/export.ts';
import { formatProblem } from '../src/lib/record/problems.ts';
import { loadRecord } from '../src/lib/record/read-record.ts';
import { referenceDate } from '../src/lib/time/reference-date.ts';
import { entryUrl } from '../src/lib/urls.ts';

const { values } = parseArgs({ options: { root: { type: 'string', default: '.' } } });
const root = path.resolve(values.root ?? '.');
const project = path.resolve(import.meta.dirname, '..');

const seconds = (from: number) => `${((performance.now() - from) / 1000).toFixed(1)} s`;
let t = performance.now();
const { record, problems } = await loadRecord({
  root,
  referenceDate: referenceDate(project),
  render: { urlFor: (c, id) => entryUrl('/', c, id) },
});
if (problems.length) {
  console.error(problems.slice(0, 20).map(formatProblem).join('\n'));
  process.exit(1);
}
const readTime = seconds(t);
t = performance.now();
const data = exportRecord(exportInputFromRecord(record, { base: '/', siteUrl: undefined }));
const json = `${JSON.stringify(data, null, 2)}\n`;
const exportTime = seconds(t);
t = performance.now();
const tables = exportTables(data);
const files: [string, string][] = [
  ['record.json', json],
  ['record.schema.json', `${JSON.stringify(exportJsonSchema(), null, 2)}\n`],
  ...tables.map((table): [string, string] => [`${table.name}.csv`, tableCsv(table)]),
  ['datapackage.json', `${JSON.stringify(dataPackage(data, tables), null, 2)}\n`],
];
const tableTime = seconds(t);

const kb = (n: number) => (n / 1024).toFixed(1);
console.log(
  `Data files for ${root}: ${data.people.length} people, ${data.events.length} events, ${data.sources.length} sources, ${data.quotes.length} quotes, ${data.accounts.length} accounts\n`,
);
console.log('| file | rows | kB raw | kB gzipped |');
console.log('| --- | --- | --- | --- |');
let raw = 0;
let gzipped = 0;
for (const [name, text] of files) {
  const bytes = Buffer.byteLength(text);
  const gz = gzipSync(text).length;
  raw += bytes;
  gzipped += gz;
  const rows = tables.find((table) => `${table.name}.csv` === name)?.rows.length;
  console.log(`| ${name} | ${rows ?? ''} | ${kb(bytes)} | ${kb(gz)} |`);
}
console.log(`| all | | ${kb(raw)} | ${kb(gzipped)} |`);
console.log(`\nRead and render ${readTime}; export ${exportTime}; tables and package ${tableTime}.`);
