import { describe, expect, test } from 'vitest';
import { separateBlocks } from '../../src/integrations/search.ts';
import { excerptFromSentence, NOT_INDEXED } from '../../src/lib/search/document.ts';

/** The words a reader sees, as search would split them once tags are dropped. */
const words = (html: string) =>
  separateBlocks(html)
    .replace(/<[^>]*>/g, '')
    .split(/\s+/)
    .filter(Boolean);

describe('separateBlocks', () => {
  test.each([
    ['a definition list', '<dl><dt>Born</dt><dd>20 October 1964</dd></dl>', ['Born', '20', 'October', '1964']],
    ['list items', '<ul><li>one</li><li>two</li></ul>', ['one', 'two']],
    ['table cells', '<table><tr><th>Name</th><td>Harris</td></tr></table>', ['Name', 'Harris']],
    ['paragraphs and headings', '<h2>Roles</h2><p>Vice</p><p>President</p>', ['Roles', 'Vice', 'President']],
    ['a line break', 'Oval<br>Office', ['Oval', 'Office']],
    ['inline elements stay joined', 'Harris<em>’s</em> <a href="/x/">call</a>', ['Harris’s', 'call']],
  ])('separates %s as a reader sees them', (_, html, expected) => {
    expect(words(html)).toEqual(expected);
  });

  test('changes nothing but the spaces around block tags', () => {
    const html = '<p class="lead" title="a > b">x</p><!-- <li> --><script>"<li>"</script><span>y</span>';
    expect(separateBlocks(html)).toBe(
      ' <p class="lead" title="a > b">x</p> <!-- <li> --><script>"<li>"</script><span>y</span>',
    );
  });

  test('is case-blind about tag names, as HTML is', () => {
    expect(words('<DT>Born</DT><DD>1964</DD>')).toEqual(['Born', '1964']);
  });
});

describe('labels and marks are left out of the index', () => {
  const ignored = (html: string) => separateBlocks(html).includes('data-pagefind-ignore');

  test.each([
    ['the kind label', '<p class="kind">Event</p>'],
    ['a citation mark', '<sup class="cite" id="x"><a href="#ref-6">[6]</a></sup>'],
    ['a citation mark among other classes', "<sup class='note cite'>[1]</sup>"],
    ['the weak-support mark', '<sup class="weak-support" title="a > b">[better source needed]</sup>'],
    ['a table header', '<thead><tr><th>Source</th></tr></thead>'],
    ['how a version is known', '<td class="how">As quoted in X</td>'],
    ['a fact-list label', '<dl><dt>Published by</dt><dd>X</dd></dl>'],
    ['a toggle', '<details><summary>Note</summary>text</details>'],
  ])('%s', (_, html) => {
    expect(ignored(html)).toBe(true);
  });

  test.each([
    ['prose', '<p>Harris called Trump.</p>'],
    ['a paragraph that only mentions the class in text', '<p title="class=kind">kind</p>'],
    ['a class with the rule’s name inside a longer one', '<p class="kindness">x</p>'],
    ['a definition', '<dd>20 October 1964</dd>'],
  ])('keeps %s', (_, html) => {
    expect(ignored(html)).toBe(false);
  });

  test('adds the attribute once, inside the tag, and keeps what was there', () => {
    expect(separateBlocks('<sup class="cite">[1]</sup>')).toBe('<sup class="cite" data-pagefind-ignore>[1]</sup>');
    expect(separateBlocks('<dt data-pagefind-ignore>When</dt>')).toBe(' <dt data-pagefind-ignore>When</dt> ');
  });

  test('every rule says why', () => {
    for (const rule of NOT_INDEXED) {
      expect(rule.element ?? rule.className).toBeTruthy();
      expect(rule.why.length).toBeGreaterThan(5);
    }
  });
});

describe('excerpts start at a sentence', () => {
  test.each([
    [
      'the tail of the sentence before is dropped',
      '… checked for this record. “I’m calling to <mark>concede</mark>” Kamala Harris …',
      '“I’m calling to <mark>concede</mark>” Kamala Harris …',
    ],
    [
      'the last sentence to start before the match is kept whole',
      '… one. Two three. Four <mark>five</mark> six.',
      'Four <mark>five</mark> six.',
    ],
    [
      'a sentence that began before the cut keeps the ellipsis',
      '… of the campaign <mark>Harris</mark> called. Then more',
      '… of the campaign <mark>Harris</mark> called. Then more',
    ],
    [
      'an excerpt from the page’s start is left alone',
      'Harris phones. Trump <mark>concede</mark>',
      'Harris phones. Trump <mark>concede</mark>',
    ],
    [
      'a full stop inside a sentence (a lower-case word after it) is no start',
      '… in Washington, D.C. on the <mark>day</mark>',
      '… in Washington, D.C. on the <mark>day</mark>',
    ],
    ['a match opening a sentence', '… said so. <mark>Harris</mark> phoned', '<mark>Harris</mark> phoned'],
  ])('%s', (_, excerpt, expected) => {
    expect(excerptFromSentence(excerpt)).toBe(expected);
  });
});
