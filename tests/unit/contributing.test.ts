/**
 * CONTRIBUTING.md stays true: its field reference matches the schemas, its complete
 * examples pass the content check, and the messages it shows are real ones.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { formatProblem } from '../../src/lib/record/problems.ts';
import { SCHEMAS } from '../../src/lib/record/entry.ts';
import { loadRecord } from '../../src/lib/record/read-record.ts';
import { listFields, type AnySchema } from '../../src/lib/record/schema-walk.ts';
import { STANDINGS } from '../../src/schemas/source.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const guide = readFileSync(path.join(ROOT, 'CONTRIBUTING.md'), 'utf8');
const reference = guide.slice(guide.indexOf('## Field reference'), guide.indexOf('## Pull-request checklist'));
const REFERENCE_DATE = { precision: 'day', year: 2026, month: 11, day: 28, approximate: false } as const;
const temp: string[] = [];
afterAll(() => temp.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('the field reference', () => {
  const documented = [...reference.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]);

  test.each(Object.keys(SCHEMAS))('documents every field of %s as the schema describes it', (kind) => {
    for (const field of listFields(SCHEMAS[kind as keyof typeof SCHEMAS] as unknown as AnySchema)) {
      expect(field.description, field.path).not.toBe('');
      expect(reference, field.path).toContain(
        `| \`${field.path}\` | ${field.required ? 'yes' : ''} | ${field.description} |`,
      );
    }
  });

  test('documents no field the schemas do not have', () => {
    const known = new Set(
      Object.values(SCHEMAS).flatMap((s) => listFields(s as unknown as AnySchema).map((f) => f.path)),
    );
    expect(documented.filter((f) => f !== undefined && !known.has(f))).toEqual([]);
  });
});

test("the table of source standings is the schema's, value by value", () => {
  const section = guide.slice(guide.indexOf('### Source standing'), guide.indexOf('### Archived copies'));
  const rows = [...section.matchAll(/^\| `([^`]+)` \| (.*) \|$/gm)].map((m) => `${m[1]} | ${m[2]}`);
  expect(rows).toEqual(
    Object.entries(STANDINGS).map(([value, s]) => `${value} | ${s.label} | ${s.weak ? 'yes' : ''} | ${s.description}`),
  );
});

test('the complete examples pass the content check next to the real content', async () => {
  const examples = [...guide.matchAll(/^```mdx file=(\S+)\n([\s\S]*?)^```$/gm)].map((m) => ({
    file: m[1] ?? '',
    text: m[2] ?? '',
  }));
  expect(examples.map((e) => e.file)).toEqual([
    'content/people/steven-cheung.mdx',
    'content/events/trump-campaign-statement-on-concession.mdx',
    'content/sources/book-2024-uk.mdx',
  ]);
  const root = mkdtempSync(path.join(tmpdir(), 'record-contributing-'));
  temp.push(root);
  cpSync(path.join(ROOT, 'content'), path.join(root, 'content'), { recursive: true });
  for (const { file, text } of examples) writeFileSync(path.join(root, file), text);
  const { problems, record } = await loadRecord({ root, referenceDate: REFERENCE_DATE });
  expect(problems.map(formatProblem)).toEqual([]);
  expect(
    record.people.has('steven-cheung') &&
      record.events.has('trump-campaign-statement-on-concession') &&
      record.sources.has('book-2024-uk'),
  ).toBe(true);
});

test('the example messages are ones the check really prints', () => {
  const block = /```text\n([\s\S]*?)```/.exec(guide.slice(guide.indexOf('## Running the checks')))?.[1] ?? '';
  const corpus = path.join(ROOT, 'tests/fixtures/bad');
  const printed = new Set(
    readdirSync(corpus).flatMap((c) => readFileSync(path.join(corpus, c, 'expected'), 'utf8').split('\n')),
  );
  const lines = block.split('\n').filter(Boolean);
  expect(lines.length).toBeGreaterThan(0);
  for (const line of lines) expect(printed, line).toContain(line);
});
