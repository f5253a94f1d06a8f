/**
 * The patterns content reaches, fed the inputs that made them backtrack: long runs that an
 * unanchored or lazy repetition rescanned from each of its positions. Each case is about
 * the size of the largest file the record accepts (200,000 bytes). No time is asserted: the
 * quadratic versions took 30 s and more on these, so the test's time limit is the guard.
 */
import { expect, test } from 'vitest';
import { parseFrontmatter, parseFrontmatterFast } from '../../src/lib/record/frontmatter.ts';
import { splitSentences } from '../../src/lib/record/body/sentences.ts';
import { classifyUrl } from '../../src/lib/record/body/links.ts';

const RUN = 190_000;
const LIMIT = { timeout: 10_000 };

test('a value with a colon and 190,000 spaces gets the quoting hint, its value cut to 80 characters', LIMIT, () => {
  const { errors } = parseFrontmatter(`title2: Biden: a${' '.repeat(RUN)}b\n`);
  expect(errors).toHaveLength(1);
  const message = errors[0]?.message ?? '';
  expect(message).toMatch(/^the value contains a colon and a space/);
  expect(message).toContain(`like title2: "Biden: a${' '.repeat(72)}…"`);
  expect(message.length).toBeLessThan(300);
});

test('an alias hint quotes the value cut short too', LIMIT, () => {
  const { errors } = parseFrontmatter(`title: *${'x'.repeat(RUN)}\n`);
  expect(errors[0]?.message).toMatch(/^a value starting with \* is read by YAML as an alias/);
  expect(errors[0]?.message).toContain(`like title: "*${'x'.repeat(79)}…"`);
});

test(
  '190,000 open brackets inside a quoted value leave the fast reader to the strict one without rescanning',
  LIMIT,
  () => {
    const title = `a${'['.repeat(RUN)} b`;
    expect(parseFrontmatterFast(`title: "${title}"\n`)?.data).toStrictEqual({ title });
    expect(parseFrontmatterFast(`title: "[a: b"\n`)).toBeUndefined();
  },
);

test('a sentence whose last word is a 190,000-character run before a bracket is cut once', LIMIT, () => {
  // "x." is no abbreviation: two sentences. "Dr." is one: the sentence goes on past it.
  expect(splitSentences(`${'a'.repeat(RUN)}(x. Next sentence.`)).toEqual([
    { start: 0, end: RUN + 4 },
    { start: RUN + 4, end: RUN + 18 },
  ]);
  expect(splitSentences(`Dr. ${'a'.repeat(RUN)}( Then.`)).toEqual([{ start: 0, end: RUN + 11 }]);
});

test('a link of 190,000 characters is refused with its address cut to 80 characters', LIMIT, () => {
  const verdict = classifyUrl(`javascript:${'x'.repeat(RUN)}`, 'content/events/x.mdx');
  expect(verdict).toEqual({
    kind: 'bad',
    message: `the link "javascript:${'x'.repeat(69)}…" uses the scheme "javascript:", which is not allowed: link with https:, http:, mailto: or a relative path to another entry like ../people/donald-trump.mdx`,
  });
});
