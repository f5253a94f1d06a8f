/**
 * The JSON export: it validates against the JSON Schema generated from its own zod schema,
 * carries every body as HTML and text, every claim with its sources, and the licences.
 */
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, test } from 'vitest';
import { exportJsonSchema } from '../../src/lib/data/schema.ts';
import { exportInputFromRecord, exportRecord } from '../../src/lib/data/export.ts';
import { loadRecord } from '../../src/lib/record/read-record.ts';
import { entryUrl } from '../../src/lib/urls.ts';
import { exportSource } from '../../src/schemas/export.ts';
import { listFields, type AnySchema } from '../../src/lib/record/schema-walk.ts';
import { sourceSchema } from '../../src/schemas/source.ts';
import type { RecordExport } from '../../src/schemas/export.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const REFERENCE_DATE = { precision: 'day', year: 2026, month: 11, day: 28, approximate: false } as const;

let data: RecordExport;
let withSite: RecordExport;
let citationCount = 0;

beforeAll(async () => {
  const { record, problems } = await loadRecord({
    root: ROOT,
    referenceDate: REFERENCE_DATE,
    render: { urlFor: (c, id) => entryUrl('/', c, id) },
  });
  expect(problems).toEqual([]);
  for (const map of [record.people, record.events, record.sources])
    for (const e of map.values()) citationCount += e.citations.length;
  data = exportRecord(exportInputFromRecord(record, { base: '/', siteUrl: undefined }));
  withSite = exportRecord(exportInputFromRecord(record, { base: '/r/', siteUrl: 'https://data.test/r/' }));
});

describe('the JSON Schema', () => {
  const schema = exportJsonSchema();

  test('declares draft 2020-12, which the validator below implements', () => {
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  test.each([
    ['without a site address', () => data],
    ['with a site address', () => withSite],
  ])('validates the export of the real content %s', (_, get) => {
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
    const valid = validate(get());
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  test('rejects an export with a field it does not describe, or without one it requires', () => {
    const validate = new Ajv2020({ strict: true }).compile(schema);
    const [first] = data.quotes;
    expect(first).toBeDefined();
    expect(validate({ ...data, quotes: [{ ...first, extra: 1 }] })).toBe(false);
    const { licence: _licence, ...unlicensed } = first!;
    expect(validate({ ...data, quotes: [unlicensed] })).toBe(false);
  });
});

describe('exportRecord', () => {
  test('keeps every citation of every body as a claim with its sources', () => {
    const claimed = [...data.people, ...data.events, ...data.sources].flatMap((e) => e.claims);
    expect(claimed.length).toBeGreaterThan(0);
    expect(claimed.reduce((n, c) => n + c.sources.length, 0)).toBe(citationCount);
    for (const claim of claimed) expect(claim.sentence.length).toBeGreaterThan(0);
  });

  test('gives each body as HTML and as text without citation marks', () => {
    const withBody = data.events.filter((e) => e.body.html.includes('class="cite"'));
    expect(withBody.length).toBeGreaterThan(0);
    for (const e of withBody) {
      expect(e.body.text.length).toBeGreaterThan(0);
      expect(e.body.text).not.toMatch(/\[\d+\]|</);
    }
  });

  test('marks every quote as excluded from the licences, and says which licence covers the rest', () => {
    expect(data.quotes.length).toBeGreaterThan(0);
    for (const q of data.quotes) expect(q.licence).toMatch(/^excluded/);
    expect(data.licences.data.name).toBe('CC0-1.0');
    expect(data.licences.prose.name).toBe('CC-BY-SA-4.0');
  });

  test('uses no site address without one: paths only, urls null', () => {
    expect(data.record.url).toBeNull();
    expect(data.events.every((e) => e.url === null && e.path.startsWith('/events/'))).toBe(true);
    expect(data.format.documentation).toBe('/data/');
  });

  test('gives full addresses under the base path with one', () => {
    expect(withSite.events[0]?.url).toBe(`https://data.test/r/events/${withSite.events[0]?.id}/`);
    expect(withSite.format.schema).toBe('https://data.test/r/data/record.schema.json');
  });

  test("keeps an event's part of the day and whether a source's title is descriptive", () => {
    expect(data.events.some((e) => e.time !== null)).toBe(true);
    expect(data.sources.some((s) => s.titleIsDescriptive)).toBe(true);
  });

  test('exports every field of a source (a new frontmatter field needs a line in src/schemas/export.ts)', () => {
    const renamed: Record<string, string> = { url: 'link' };
    const exported = Object.keys(exportSource.shape);
    const fields = listFields(sourceSchema as unknown as AnySchema).filter((f) => !/[.[]/.test(f.path));
    expect(fields.length).toBeGreaterThan(5);
    for (const { path: field } of fields)
      expect(exported, `source field "${field}"`).toContain(renamed[field] ?? field);
  });
});
