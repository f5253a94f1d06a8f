import { describe, expect, test } from 'vitest';
import { separateBlocks } from '../../src/integrations/search.ts';

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
