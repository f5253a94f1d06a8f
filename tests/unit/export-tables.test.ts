/**
 * The CSV tables and their Data Package: the package validates against the Data Package
 * v2 profile, lists every table, and each CSV read back by its Table Schema gives the rows
 * it was written from.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, test } from 'vitest';
import { exportInputFromRecord, exportRecord } from '../../src/lib/data/export.ts';
import { dataPackage, exportTables, tableCsv, unformula, type Row, type Table } from '../../src/lib/data/tables.ts';
import { loadRecord } from '../../src/lib/record/read-record.ts';
import { entryUrl } from '../../src/lib/urls.ts';
import type { RecordExport } from '../../src/schemas/export.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const REFERENCE_DATE = { precision: 'day', year: 2026, month: 11, day: 28, approximate: false } as const;
const PROFILE = JSON.parse(
  readFileSync(path.join(ROOT, 'tests/fixtures/data-package/datapackage-2.0.profile.json'), 'utf8'),
) as Record<string, unknown>;

type Descriptor = ReturnType<typeof dataPackage>;
type SchemaField = Descriptor['resources'][number] extends infer R
  ? R extends { schema: { fields: (infer F)[] } }
    ? F
    : never
  : never;

/** A CSV read as the Table Schema says: empty cells are no value; integers, booleans and lists typed. */
function readTable(csv: string, fields: readonly SchemaField[]): Row[] {
  const records = parse(csv, { columns: true, skip_empty_lines: false }) as Record<string, string>[];
  return records.map((record) => {
    expect(Object.keys(record)).toEqual(fields.map((f) => f.name));
    const row: Row = {};
    for (const field of fields) {
      const raw = record[field.name] ?? '';
      if (raw === '') row[field.name] = null;
      else if (field.type === 'integer') row[field.name] = Number.parseInt(raw, 10);
      else if (field.type === 'boolean') row[field.name] = raw === 'true' ? true : raw === 'false' ? false : raw;
      else if (field.type === 'array') row[field.name] = JSON.parse(raw) as string[];
      else row[field.name] = unformula(raw);
    }
    return row;
  });
}

let data: RecordExport;
let tables: Table[];
let descriptor: Descriptor;

beforeAll(async () => {
  const { record, problems } = await loadRecord({
    root: ROOT,
    referenceDate: REFERENCE_DATE,
    render: { urlFor: (c, id) => entryUrl('/', c, id) },
  });
  expect(problems).toEqual([]);
  data = exportRecord(exportInputFromRecord(record, { base: '/', siteUrl: 'https://data.test/' }));
  tables = exportTables(data);
  descriptor = dataPackage(data, tables);
});

describe('the data package', () => {
  test('validates against the Data Package v2 profile', () => {
    // The profile uses annotation keywords of its own (propertyOrder, context) and an
    // editor hint as a format ("textarea"): not strict about those.
    const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
    const validate = ajv.compile(PROFILE);
    const valid = validate(descriptor);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  test('the profile catches a broken descriptor (a resource without a path or data)', () => {
    const validate = new Ajv({ strict: false, validateFormats: false }).compile(PROFILE);
    const [first, ...rest] = descriptor.resources;
    const { path: _path, ...pathless } = first!;
    expect(validate({ ...descriptor, resources: [pathless, ...rest] })).toBe(false);
  });

  test('lists every table, the JSON export and its schema, the bibliography files, with the licences', () => {
    expect(descriptor.resources.map((r) => r.path)).toEqual([
      'record.json',
      'record.schema.json',
      'sources.bib',
      'sources.ris',
      'sources.csl.json',
      ...[
        'people',
        'roles',
        'events',
        'participants',
        'sources',
        'source_authors',
        'entry_sources',
        'quotes',
        'accounts',
        'claims',
      ].map((n) => `${n}.csv`),
    ]);
    expect(descriptor.licenses.map((l) => l.name)).toEqual(['CC0-1.0', 'CC-BY-SA-4.0']);
  });

  test('every foreign key points to a field of a table in the package, and its values exist there', () => {
    const byName = new Map(tables.map((t) => [t.name, t]));
    for (const t of tables) {
      for (const key of t.foreignKeys) {
        const target = byName.get(key.table);
        expect(target, `${t.name} → ${key.table}`).toBeDefined();
        const known = new Set(target!.rows.map((r) => key.keys.map((k) => r[k]).join('\u0000')));
        for (const row of t.rows) {
          const values = key.fields.map((k) => row[k]);
          if (values.some((v) => v === null)) continue;
          expect(known.has(values.join('\u0000')), `${t.name}.${key.fields.join()} = ${values.join()}`).toBe(true);
        }
      }
    }
  });

  test('primary keys are unique in every table', () => {
    for (const t of tables) {
      const keys = t.rows.map((r) => t.primaryKey.map((k) => String(r[k])).join('\u0000'));
      expect(new Set(keys).size, t.name).toBe(keys.length);
    }
  });
});

describe('the CSV tables', () => {
  test('hold the record: a row per person, event, source, quote and account version', () => {
    const rows = Object.fromEntries(tables.map((t) => [t.name, t.rows.length]));
    expect(rows['people']).toBe(data.people.length);
    expect(rows['events']).toBe(data.events.length);
    expect(rows['sources']).toBe(data.sources.length);
    expect(rows['quotes']).toBe(data.quotes.length);
    expect(rows['accounts']).toBe(data.accounts.reduce((n, a) => n + a.versions.length, 0));
    expect(rows['claims']).toBeGreaterThan(0);
  });

  test.each([
    'people',
    'roles',
    'events',
    'participants',
    'sources',
    'source_authors',
    'entry_sources',
    'quotes',
    'accounts',
    'claims',
  ])('%s.csv parses back, by its Table Schema, to the rows it was written from', (name) => {
    const table = tables.find((t) => t.name === name)!;
    const resource = descriptor.resources.find((r) => r.path === `${name}.csv`);
    expect(resource && 'schema' in resource).toBe(true);
    const fields = (resource as { schema: { fields: SchemaField[] } }).schema.fields;
    const back = readTable(tableCsv(table), fields);
    expect(back).toEqual(table.rows.map((row) => Object.fromEntries(fields.map((f) => [f.name, row[f.name] ?? null]))));
    expect(back.length).toBe(table.rows.length);
  });

  test('writes a cell a spreadsheet would run as a formula with an apostrophe first, and reads it back', () => {
    const table: Table = {
      ...tables.find((t) => t.name === 'participants')!,
      rows: [{ event: 'e', person: 'p', role: '=HYPERLINK("https://evil.test","x")' }],
    };
    const csv = tableCsv(table);
    expect(csv).not.toMatch(/(^|,)"?=/m);
    expect(csv).toContain(`'=HYPERLINK`);
    const fields = table.fields.map((f) => ({ name: f.name, type: f.type, description: f.description }));
    expect(readTable(csv, fields as SchemaField[])).toEqual(table.rows);
  });

  test('quotes cells with commas, quotation marks and line breaks', () => {
    const table: Table = {
      ...tables.find((t) => t.name === 'participants')!,
      rows: [{ event: 'e', person: 'p', role: 'said "no", then\nleft' }],
    };
    const fields = table.fields.map((f) => ({ name: f.name, type: f.type, description: f.description }));
    expect(readTable(tableCsv(table), fields as SchemaField[])).toEqual(table.rows);
  });

  test('writes a list as a JSON array, so an id list never needs a delimiter', () => {
    const table: Table = { ...tables.find((t) => t.name === 'events')!, rows: [{ id: 'e', tags: ['a,b', 'c'] }] };
    expect(tableCsv(table)).toContain('"[""a,b"",""c""]"');
  });
});
