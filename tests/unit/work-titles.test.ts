import { describe, expect, test } from 'vitest';
import { markedHtml, plainText, unpairedMark } from '../../src/lib/text/work-titles.ts';

describe('work titles in the record’s short texts', () => {
  test.each([
    ['co-author of *2024* (Penguin Press, 2025)', 'co-author of <cite>2024</cite> (Penguin Press, 2025)'],
    ["*Uncharted*'s account", '<cite>Uncharted</cite>&#39;s account'],
    ['*2024* and *Uncharted*', '<cite>2024</cite> and <cite>Uncharted</cite>'],
    ['no marks <b>here</b>', 'no marks &lt;b&gt;here&lt;/b&gt;'],
    ['*<script>*', '<cite>&lt;script&gt;</cite>'],
    ['5 * 3 * 2', '5 * 3 * 2'],
    ['a lone * stays', 'a lone * stays'],
  ])('%s as HTML', (text, expected) => expect(markedHtml(text).value).toBe(expected));

  test('an excerpt from a body marks emphasis as <em>', () => {
    expect(markedHtml('the publication of *2024* gave', 'em').value).toBe('the publication of <em>2024</em> gave');
  });

  test.each([
    ['Tyler Pager reaches Joe Biden by phone for *2024*', 'Tyler Pager reaches Joe Biden by phone for 2024'],
    ["*Uncharted*'s account", "Uncharted's account"],
    ['5 * 3 * 2', '5 * 3 * 2'],
    ['plain', 'plain'],
  ])('%s as plain text', (text, expected) => expect(plainText(text)).toBe(expected));

  test.each([
    ['*2024* and *Uncharted*', undefined],
    ['no marks', undefined],
    ['*2024 and Uncharted', 'unpaired'],
    ['*2024* and *Uncharted', 'unpaired'],
    ['a * b', 'unpaired'],
  ])('%s: marks readable?', (text, verdict) => {
    const problem = unpairedMark(text);
    if (verdict === undefined) expect(problem).toBeUndefined();
    else expect(problem).toMatch(/asterisk without its pair/);
  });
});
