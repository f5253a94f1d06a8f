/**
 * What the editor writes: every shipped file read and written back unchanged is
 * byte-identical; a change touches only its own lines; text stays text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { diffLines } from 'diff';
import { parse } from 'yaml';
import { formatRules } from '../../src/lib/editor/cms-config.ts';
import { readEntry, Remembered, splitFile, writeEntry } from '../../src/lib/editor/record-format.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const rules = formatRules();
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

/** Lines removed and added between two texts. */
function changed(before: string, after: string): { removed: string[]; added: string[] } {
  const out = { removed: [] as string[], added: [] as string[] };
  for (const part of diffLines(before, after)) {
    const lines = part.value.split('\n').filter((l, i, all) => l !== '' || i < all.length - 1);
    if (part.added) out.added.push(...lines);
    if (part.removed) out.removed.push(...lines);
  }
  return out;
}

describe('every shipped file, read and saved unchanged, is byte-identical', () => {
  const files = ['events', 'people', 'sources'].flatMap((dir) =>
    readdirSync(path.join(ROOT, 'content', dir)).map((f) => ({ dir, file: `content/${dir}/${f}` })),
  );
  files.push({ dir: 'record', file: 'content/record.mdx' });
  test('all of them', () => {
    expect(files.length).toBeGreaterThan(50);
    for (const { dir, file } of files) {
      const raw = read(file);
      const remembered = new Remembered();
      // The form holds a copy; JSON round-trip as the editor's state does.
      const data = JSON.parse(JSON.stringify(readEntry(raw, rules[dir]!, remembered))) as Record<string, unknown>;
      expect(writeEntry(data, rules[dir]!, remembered), file).toBe(raw);
    }
  });
});

describe('a save changes only what changed', () => {
  const file = 'content/events/harris-concession-call.mdx';
  const raw = read(file);

  test('a new participant and quote add their own lines and nothing else', () => {
    const remembered = new Remembered();
    const data = readEntry(raw, rules['events']!, remembered) as Record<string, Array<Record<string, unknown>>>;
    data['participants']!.push({ person: 'jane-example', role: 'listened in' });
    // What the form leaves for untouched optional fields: empty text and lists.
    data['quotes']!.push({
      text: 'Words',
      speaker: ['jane-example'],
      speakerDescription: '',
      about: [],
      source: 'uncharted',
      locator: '',
      via: { source: '', locator: '', note: '' },
      attribution: 'reported',
    });
    const out = writeEntry(data, rules['events']!, remembered);
    const { removed, added } = changed(raw, out);
    expect(removed).toEqual([]);
    expect(added).toEqual([
      '  - person: jane-example',
      '    role: listened in',
      '  - text: Words',
      '    speaker: jane-example',
      '    source: uncharted',
      '    attribution: reported',
    ]);
    const after = parse(splitFile(out).frontmatter) as Record<string, unknown[]>;
    expect(after['quotes']?.at(-1)).toEqual({
      text: 'Words',
      speaker: 'jane-example',
      source: 'uncharted',
      attribution: 'reported',
    });
    expect(splitFile(out).body).toBe(splitFile(raw).body);
  });

  test('joint speakers stay a list; a title such as 2024 stays text', () => {
    const remembered = new Remembered();
    const data = readEntry(raw, rules['events']!, remembered) as Record<string, unknown>;
    const quotes = data['quotes'] as Array<Record<string, unknown>>;
    expect(quotes[0]?.['speaker']).toEqual(['josh-dawsey', 'tyler-pager', 'isaac-arnsdorf']);
    expect(quotes[1]?.['speaker']).toEqual(['donald-trump']);
    data['title'] = '2024';
    data['place'] = 'yes';
    const out = writeEntry(data, rules['events']!, remembered);
    const { removed, added } = changed(raw, out);
    expect(removed).toEqual([
      'title: Harris phones Trump to concede the 2024 election',
      'place: By telephone, on speaker',
    ]);
    expect(added).toHaveLength(2);
    const after = parse(splitFile(out).frontmatter) as Record<string, unknown>;
    expect(after['title']).toBe('2024');
    expect(after['place']).toBe('yes');
  });

  test("a new entry is written in the form's field order, without empty fields", () => {
    const out = writeEntry(
      { description: 'A test person.', name: 'Jane Example', born: '', aliases: [], roles: [], body: 'Text.\n' },
      rules['people']!,
      new Remembered(),
      ['name', 'description', 'born', 'aliases', 'roles', 'body'],
    );
    expect(out).toBe('---\nname: Jane Example\ndescription: A test person.\n---\nText.\n');
  });
});

test("an entry keeps its file's field order whatever order the editor hands its fields in", () => {
  const raw = read('content/events/harris-concession-call.mdx');
  const remembered = new Remembered();
  readEntry(read('content/events/election-night-2024.mdx'), rules['events']!, remembered);
  const data = readEntry(raw, rules['events']!, remembered);
  // The editor keeps fields in a hashed map: here, reversed.
  const shuffled = Object.fromEntries(Object.entries(data).reverse());
  expect(writeEntry(shuffled, rules['events']!, remembered, ['body', 'title'])).toBe(raw);
});

describe('splitFile reads fences as the check does', () => {
  test.each([
    ['a byte-order mark', '\uFEFF---\ntitle: A\n---\nBody.\n'],
    ['spaces after the fences', '---  \ntitle: A\n---\t\nBody.\n'],
    ['Windows line ends', '---\r\ntitle: A\r\n---\r\nBody.\r\n'],
  ])('%s', (_, raw) => {
    const { frontmatter, body } = splitFile(raw);
    expect(parse(frontmatter)).toEqual({ title: 'A' });
    expect(body.trim()).toBe('Body.');
  });

  test('a file without a closing fence is refused with the check’s words', () => {
    expect(() => splitFile('---\ntitle: A\nBody.\n')).toThrow(/is not closed/);
  });
});
