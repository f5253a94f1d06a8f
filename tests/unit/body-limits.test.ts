/**
 * Nesting that would overflow the parsers and renderers is refused with a message at its
 * line, for each kind of nesting; ordinary nesting passes. (How fast the refusal is, is
 * measured by scripts/measure-check.ts, not asserted here.)
 */
import { describe, expect, test } from 'vitest';
import { MAX_NESTING, scanFrontmatterNesting } from '../../src/lib/record/body-limits.ts';
import { parseBody } from '../../src/lib/record/body/parse.ts';

const FILE = 'content/events/x.mdx';
const indented = (levels: number) => Array.from({ length: levels }, (_, i) => `${'  '.repeat(i)}- a`).join('\n');

describe.each([
  ['blockquote markers', (n: number) => `${'>'.repeat(n)} text`, /blockquote \(>\) or list markers/],
  ['blockquote markers with spaces', (n: number) => `${'> '.repeat(n)}text`, /blockquote \(>\) or list markers/],
  ['list markers on one line', (n: number) => `${'- '.repeat(n)}a`, /blockquote \(>\) or list markers/],
  ['ordered list markers', (n: number) => `${'1. '.repeat(n)}a`, /blockquote \(>\) or list markers/],
  ['nested <sub> elements', (n: number) => `${'<sub>'.repeat(n)}x${'</sub>'.repeat(n)}`, /elements \(like <sub>\)/],
  ['lists nested by indentation', (n: number) => indented(n), /levels deep/],
])('%s', (_, make, message) => {
  test('a few levels pass', () => {
    expect(parseBody(make(5), FILE, 10).problems).toEqual([]);
  });

  test('past the limit, the body is refused at the line where it is passed', () => {
    const { problems } = parseBody(`Intro.\n\n${make(3 * MAX_NESTING)}\n`, FILE, 10);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(message);
    expect(problems[0]?.line).toBeGreaterThanOrEqual(13);
  });
});

test('100,000 nested blockquote markers are refused, not a crash', () => {
  const { problems } = parseBody(`${'>'.repeat(100_000)} text\n`, FILE, 10);
  expect(problems.map((p) => [p.line, p.column])).toEqual([[11, MAX_NESTING + 1]]);
});

test('frontmatter brackets and compact lists are bounded too; quoted brackets are text', () => {
  expect(scanFrontmatterNesting(`tags: ${'['.repeat(50)}${']'.repeat(50)}`)?.message).toMatch(/lists or groups/);
  expect(scanFrontmatterNesting(`tags: ${'- '.repeat(50)}x`)).toBeUndefined();
  expect(scanFrontmatterNesting(`tags:\n${'- '.repeat(50)}x`)?.message).toMatch(/lists \(- - -\)/);
  expect(scanFrontmatterNesting(`title: "${'['.repeat(50)}"\ntags: [a, b]`)).toBeUndefined();
});
