/**
 * One reader, one meaning: the fast frontmatter reader (js-yaml) and the strict one (yaml,
 * with positions) must never give two answers for one document. The fast reader may
 * decline, and then the strict one decides; when it accepts, the strict reader must
 * accept the same document with the same value. A property test over generated
 * frontmatter, plus the number forms that used to be read as years.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { FORBIDDEN } from '../../src/lib/text/characters.ts';
import { fieldAtPosition, parseFrontmatter, parseFrontmatterFast } from '../../src/lib/record/frontmatter.ts';

/** What a contributor might type as a value: numbers in every form YAML knows, dates, words. */
const TRICKY = [
  '1951',
  '-1951',
  '+1951',
  '01951',
  '0',
  '0x79F',
  '0X79f',
  '0o3637',
  '0b11110011111',
  '1.951e3',
  '1951.0',
  '1_951',
  '.5',
  '1e3',
  '.inf',
  '-.Inf',
  '.NaN',
  'true',
  'True',
  'TRUE',
  'yes',
  'no',
  'on',
  'null',
  'Null',
  '~',
  '',
  '2024-11-06',
  '2024-11-06T14:30-05:00',
  '2024-11',
  '12:30',
  '1:30:00',
  '0.1.2',
  'Biden',
  'a call',
  "O'Hara",
  '"quoted: text"',
  "'single'",
  '"esc \\u0041 \\x41 \\/ \\t"',
  '"\\N\\_"',
  '[a, b]',
  '{a: 1}',
  '[]',
  '{}',
  '- x',
  '"1951"',
  'Q42',
  '#hash',
  'a #comment',
  'x: y',
  '*alias',
  '&anchor v',
  '!tag v',
  '|',
  '>',
  '@at',
  '`tick`',
];

const CHARS = [...'0123456789.eExXoObB_+-: #"\'*&![]{},~nultrfaTYN\\ab'];

const scalar = fc.oneof(
  fc.constantFrom(...TRICKY),
  fc.array(fc.constantFrom(...CHARS), { maxLength: 8 }).map((cs) => cs.join('')),
);
const key = fc.constantFrom('title', 'born', 'died', 'date', 'name', 'tags', 'approximate', 'n1', '2024');
const value = fc.oneof(
  scalar.map((s) => ` ${s}`),
  fc.array(scalar, { minLength: 1, maxLength: 3 }).map((items) => `\n${items.map((s) => `  - ${s}`).join('\n')}`),
  fc.array(scalar, { maxLength: 3 }).map((items) => ` [${items.join(', ')}]`),
  fc.tuple(key, scalar).map(([k, s]) => `\n  ${k}: ${s}`),
);
const document = fc
  .array(fc.tuple(key, value), { minLength: 1, maxLength: 6 })
  .map((fields) => fields.map(([k, v]) => `${k}:${v}`).join('\n') + '\n');

/** The strict reader's verdict, in the shape the fast one gives. */
function strictly(text: string): { data: unknown } | { errors: string[] } {
  const result = parseFrontmatter(text);
  return result.errors.length ? { errors: result.errors.map((e) => e.message) } : { data: result.data };
}

test('whenever the fast reader accepts a document, the strict reader accepts it with the same value', () => {
  fc.assert(
    fc.property(document, (text) => {
      const fast = parseFrontmatterFast(text);
      if (fast === undefined) return;
      expect(strictly(text), text).toEqual({ data: fast.data });
    }),
    { numRuns: Number(process.env.FM_RUNS ?? 2000), seed: process.env.FM_SEED ? Number(process.env.FM_SEED) : 15 },
  );
}, 120_000);

describe('a year is written in plain digits, whichever reader reads it', () => {
  test.each([
    ['born: 0x79F', 'YAML reads 0x79F as the number 1951'],
    ['born: 0o3637', 'YAML reads 0o3637 as the number 1951'],
    ['born: 1.951e3', 'YAML reads 1.951e3 as the number 1951'],
    ['born: 1951.0', 'YAML reads 1951.0 as the number 1951'],
    ['born: +1951', 'YAML reads +1951 as the number 1951'],
    ['born: 01951', 'YAML reads 01951 as the number 1951'],
    ['born: .inf', 'YAML reads .inf as the number Infinity'],
  ])('%s is refused by both paths', (line, message) => {
    // Alone, and next to something that used to send the file down the other path.
    for (const text of [`${line}\n`, `${line}\ntitle: "&x"\n`]) {
      expect(parseFrontmatterFast(text)).toBeUndefined();
      expect(
        parseFrontmatter(text)
          .errors.map((e) => e.message)
          .join('\n'),
      ).toContain(message);
    }
  });

  test('0b11110011111 is text to both paths, so the date check refuses it', () => {
    expect(parseFrontmatterFast('born: 0b11110011111\n')).toBeUndefined();
    expect(parseFrontmatter('born: 0b11110011111\n').data).toEqual({ born: '0b11110011111' });
  });

  test.each(['born: 1951', 'born: 2024-11-06', 'born: -44'])('%s reads the same on both paths', (line) => {
    expect(parseFrontmatterFast(`${line}\n`)).toEqual({ data: parseFrontmatter(`${line}\n`).data });
  });
});

describe('a character refused before the YAML is read is reported in its field', () => {
  const yaml =
    'title: Harris\x01 calls\nquotes:\n  - speaker: kamala-harris\n    text: |\n      We \x0b fight\nna\x01me: x\n';
  test.each([
    [1, 14, 'title'],
    [5, 10, 'quotes[0].text'],
    [6, 3, 'name'],
  ])('line %i, column %i is in %s', (line, column, field) => {
    expect(fieldAtPosition(yaml, line, column, FORBIDDEN)).toBe(field);
  });

  test('when the YAML does not parse, the top-level field above the line is named', () => {
    expect(fieldAtPosition('title: a\nsummary: "b\x01\n  c\nborn: [\n', 2, 12, FORBIDDEN)).toBe('summary');
  });
});

test('a # inside a flow list sends the document to the strict reader, which finds the duplicate key', () => {
  const text = 'title: [#hash]\ntitle: ]\n';
  expect(parseFrontmatterFast(text)).toBeUndefined();
  expect(parseFrontmatter(text).errors.length).toBeGreaterThan(0);
});
