/**
 * The published data files of the real content's build: record.json validates against the
 * record.schema.json published beside it, and datapackage.json lists every file under /data/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { expect, inject, test } from 'vitest';

const data = path.join(inject('siteDir'), 'data');
const json = (file: string) => JSON.parse(readFileSync(path.join(data, file), 'utf8')) as Record<string, unknown>;

test('record.json validates against the published record.schema.json', () => {
  const validate = new Ajv2020({ allErrors: true, strict: true }).compile(json('record.schema.json'));
  const valid = validate(json('record.json'));
  expect(validate.errors ?? []).toEqual([]);
  expect(valid).toBe(true);
});

test('datapackage.json lists every data file, and every file it lists exists', () => {
  const listed = (json('datapackage.json')['resources'] as { path: string }[]).map((r) => r.path).sort();
  const files = readdirSync(data)
    .filter((f) => f !== 'index.html' && f !== 'datapackage.json')
    .sort();
  expect(listed).toEqual(files);
});

test('the licences are in the export and the data package', () => {
  expect(json('record.json')['licences']).toMatchObject({ data: { name: 'CC0-1.0' }, prose: { name: 'CC-BY-SA-4.0' } });
  expect((json('datapackage.json')['licenses'] as { name: string }[]).map((l) => l.name)).toEqual([
    'CC0-1.0',
    'CC-BY-SA-4.0',
  ]);
});
