import { describe, expect, test } from 'vitest';
import { headingIds } from '../../src/lib/record/body/heading-ids.ts';
import { classifyUrl } from '../../src/lib/record/body/links.ts';
import { parseBody } from '../../src/lib/record/body/parse.ts';
import { numberReferences } from '../../src/lib/record/body/references.ts';
import { renderBody, renderBodyParts } from '../../src/lib/record/body/render.ts';
import { COLLECTIONS } from '../../src/lib/kinds.ts';
import { EVENT_SECTIONS, mentionGroupId, PERSON_SECTIONS, SOURCE_SECTIONS } from '../../src/lib/sections.ts';

const FILE = 'content/events/call.mdx';

function problems(body: string): string[] {
  return parseBody(body, FILE, 0).problems.map((p) => `${p.line}:${p.column} ${p.message}`);
}

function render(body: string): string {
  const parsed = parseBody(body, FILE, 0);
  expect(parsed.problems).toEqual([]);
  const references = numberReferences(parsed.citations, []);
  return renderBody(parsed, { urlFor: (c, id) => `/${c}/${id}/`, references });
}

describe('content MDX is data, not code', () => {
  test.each([
    ['import', 'import X from "./x.js"\n\nText.', '1:1 `import` and `export` are not allowed'],
    ['export', 'export const a = 1\n\nText.', '1:1 `import` and `export` are not allowed'],
    ['a text expression', 'Two is {1 + 1}.', '1:8 {expressions} are not allowed'],
    ['a flow expression', '{process.exit(1)}', '1:1 {expressions} are not allowed'],
    ['a comment expression', 'Text {/* note */}', '1:6 {expressions} are not allowed'],
    ['<script>', '<script>alert(1)</script>', '1:1 <script> is not allowed in content'],
    ['<style>', '<style>{"body{}"}</style>', '1:1 <style> is not allowed in content'],
    ['<iframe>', '<iframe src="https://example.org" />', '1:1 <iframe> is not allowed in content'],
    ['<object>', '<object data="x" />', '1:1 <object> is not allowed in content'],
    ['<embed>', '<embed src="x" />', '1:1 <embed> is not allowed in content'],
    ['an unknown component', '<Chart data="x" />', '1:1 <Chart> is not an element content can use'],
    ['an HTML element outside the list', '<div>text</div>', '1:1 <div> is not an element content can use'],
    [
      'an event handler',
      'A <abbr title="x" onclick="alert(1)">B</abbr>',
      '1:3 <abbr> has the event handler attribute onclick',
    ],
    ['an attribute expression', 'A <abbr title={x}>B</abbr>', '1:3 <abbr> attribute title is an {expression}'],
    ['a spread attribute', 'A <abbr {...x}>B</abbr>', '1:3 <abbr> has a spread {…} attribute'],
    ['a style attribute', 'A <mark style="color:red">B</mark>', '1:3 <mark> cannot have the attribute style'],
    [
      'a javascript: link',
      '[x](javascript:alert(1))',
      '1:1 the link "javascript:alert(1)" uses the scheme "javascript:"',
    ],
    [
      'a JAVASCRIPT: link',
      '[x](JAVASCRIPT:alert(1))',
      '1:1 the link "JAVASCRIPT:alert(1)" uses the scheme "javascript:"',
    ],
    [
      'an entity-encoded javascript: link',
      '[x](&#106;avascript:alert(1))',
      '1:1 the link "javascript:alert(1)" uses the scheme "javascript:"',
    ],
    [
      'a hex-entity javascript: link',
      '[x](&#x6A;avascript:alert(1))',
      '1:1 the link "javascript:alert(1)" uses the scheme "javascript:"',
    ],
    [
      'a tab inside the scheme',
      '[x](<java\tscript:alert(1)>)',
      '1:1 the link "java\tscript:alert(1)" uses the scheme "javascript:"',
    ],
    [
      'a data: link',
      '[x](data:text/html;base64,PHNjcmlwdD4=)',
      '1:1 the link "data:text/html;base64,PHNjcmlwdD4=" uses the scheme "data:"',
    ],
    [
      'a vbscript: definition',
      '[x][y]\n\n[y]: vbscript:msgbox',
      '3:1 the link "vbscript:msgbox" uses the scheme "vbscript:"',
    ],
    ['a protocol-relative link', '[x](//evil.example/)', '1:1 the link "//evil.example/" has no scheme'],
    ['a backslash protocol-relative link', '[x](/\\evil.example/)', '1:1 the link "/\\evil.example/" has no scheme'],
    ['a site path', '[x](/events/)', '1:1 the link "/events/" is a site path'],
    [
      'an element named like an object property',
      '<constructor>x</constructor>',
      '1:1 <constructor> is not an element content can use',
    ],
    [
      'an object property with an attribute',
      'A <valueOf title="y">B</valueOf>',
      '1:3 <valueOf> is not an element content can use',
    ],
    [
      'a link to a file that is not an entry',
      '[x](../../README.md)',
      '1:1 the link "../../README.md" does not point to an entry',
    ],
    ['an image', '![a photo](https://example.org/a.jpg)', '1:1 images are not allowed in content'],
    ['a level-1 heading', '# Title', '1:1 a body cannot use a level-1 heading'],
    ['<Cite> without source', 'Text.<Cite locator="p. 1" />', '1:6 <Cite> needs the attribute source'],
    ['<Cite> with content', 'Text.<Cite source="x">y</Cite>', '1:6 <Cite> takes no content'],
    ['a fragment', '<>x</>', '1:1 fragments (<>…</>) are not allowed'],
  ])('rejects %s with its position', (_, body, expected) => {
    const found = problems(body);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(expected);
  });

  test('reports a syntax error with its position and a hint about < and {', () => {
    const [first] = problems('Five <6 and\n\nmore');
    expect(first).toMatch(/^1:\d+ the body is not valid MDX: .*write \\< or \\\{/);
  });

  test('reports every problem of a body, not only the first', () => {
    expect(problems('{a}\n\n<script />\n\n[x](javascript:y)')).toHaveLength(3);
  });

  test('adds the frontmatter lines to positions', () => {
    const [p] = parseBody('\n\n{x}', FILE, 10).problems;
    expect(p).toMatchObject({ line: 13, column: 1 });
  });
});

describe('classifyUrl', () => {
  test.each([
    ['https://example.org/a', { kind: 'ok' }],
    ['http://example.org/a', { kind: 'ok' }],
    ['mailto:editor@example.org', { kind: 'ok' }],
    ['#participants', { kind: 'ok' }],
    ['../people/donald-trump.mdx', { kind: 'entry', collection: 'people', id: 'donald-trump' }],
    ['./other-event.mdx', { kind: 'entry', collection: 'events', id: 'other-event' }],
    ['other-event.mdx#quotes', { kind: 'entry', collection: 'events', id: 'other-event', fragment: 'quotes' }],
    ['../sources/uncharted.mdx', { kind: 'entry', collection: 'sources', id: 'uncharted' }],
  ])('%s', (url, expected) => {
    expect(classifyUrl(url, FILE)).toEqual(expected);
  });

  // "../people/x.mdx" takes a short path without path arithmetic; "./../people/x.mdx" means
  // the same and takes the general one. Both must always agree.
  const links = [
    '../people/donald-trump.mdx',
    '../people/donald-trump.mdx#roles',
    '../people/donald-trump.mdx#',
    '../people/donald-trump.mdx#a#b',
    '../sources/Bad.mdx',
    '../record/x.mdx',
    '../people/-x.mdx',
    '../people/x--y.mdx',
    '../foo/x.mdx',
  ];
  const files = [
    'content/events/a.mdx',
    'content/people/b.mdx',
    'content/x.mdx',
    'other/events/a.mdx',
    'content/events/sub/a.mdx',
  ];
  test.each(files.flatMap((file) => links.map((link) => [file, link])))(
    '%s: %s reads as by the general path',
    (file, link) => {
      const general = classifyUrl(`./${link}`, file);
      const expected =
        'message' in general ? { ...general, message: general.message.replace('./../', '../') } : general;
      expect(classifyUrl(link, file)).toEqual(expected);
    },
  );
});

describe('rendering', () => {
  test.each([
    ['One.<Cite source="a" /> Two & *three*.\n\nFour [link](../people/x.mdx).', 'One. Two & three.\n\nFour link.'],
    ['- a\n- b', 'a\nb'],
    ['', ''],
  ])('gives the text of %j without citation marks, blocks apart by a blank line', (body, text) => {
    const parsed = parseBody(body, FILE, 0);
    expect(parsed.problems).toEqual([]);
    const parts = renderBodyParts(parsed, {
      urlFor: (c, id) => `/${c}/${id}/`,
      references: numberReferences(parsed.citations, []),
    });
    expect(parts.text).toBe(text);
    expect(parts.html).toBe(render(body));
  });

  test('rewrites entry links to site URLs, keeping fragments', () => {
    expect(render('See [Trump](../people/donald-trump.mdx) and [the quotes](./other.mdx#quotes).')).toBe(
      '<p>See <a href="/people/donald-trump/">Trump</a> and <a href="/events/other/#quotes">the quotes</a>.</p>',
    );
  });

  test('numbers citations by first appearance and reuses a number for the same source and locator', () => {
    const html = render('One.<Cite source="a" /> Two.<Cite source="b" locator="p. 2" /> Three.<Cite source="a" />');
    expect(html.match(/href="#ref-\d"/g)).toEqual(['href="#ref-1"', 'href="#ref-2"', 'href="#ref-1"']);
  });

  test('gives each citation mark its own id, so the reference list can link back to every one', () => {
    const html = render('One.<Cite source="a" /> Two.<Cite source="b" /> Three.<Cite source="a" />');
    expect(html.match(/id="cite-\d-\d"/g)).toEqual(['id="cite-1-1"', 'id="cite-2-1"', 'id="cite-1-2"']);
  });

  test('joins a citation mark to the word before it, so it never starts a line alone', () => {
    expect(render('Emhoff.<Cite source="a" />')).toContain('>\u2060[1]</a>');
  });

  test('gives headings ids that never take the ids the page template uses', () => {
    const html = render('## Sources\n\n## Background\n\n## Background\n\n## Ref 1\n\n## Cite 1 2');
    expect(html).toContain('<h2 id="cite-1-2-1">Cite 1 2</h2>');
    expect(html).toContain('<h2 id="sources-1">Sources</h2>');
    expect(html).toContain('<h2 id="ref-1-1">Ref 1</h2>');
    expect(html).toContain('<h2 id="background">Background</h2>');
    expect(html).toContain('<h2 id="background-1">Background</h2>');
  });

  test('renders allowed inline elements with their allowed attributes', () => {
    expect(render('The <abbr title="Democratic National Committee">DNC</abbr> H<sub>2</sub>O')).toBe(
      '<p>The <abbr title="Democratic National Committee">DNC</abbr> H<sub>2</sub>O</p>',
    );
  });

  test('escapes text: markup-like characters never become markup', () => {
    expect(render('Text with \\<script> and &lt;b&gt;')).toBe('<p>Text with &#x3C;script> and &#x3C;b></p>');
  });
});

describe('heading ids', () => {
  const sectionIds = new Set([
    ...[EVENT_SECTIONS, PERSON_SECTIONS, SOURCE_SECTIONS].flatMap((sections) => Object.values(sections)),
    ...COLLECTIONS.map(mentionGroupId),
  ]);

  test.each([...sectionIds])('a body heading never takes the section id "%s"', (id) => {
    expect(headingIds()(id)).toBe(`${id}-1`);
  });

  test.each([
    ['Person timeline', 'person-timeline-1'],
    ['Home timeline title', 'home-timeline-title-1'],
    ['Search dialog results', 'search-dialog-results-1'],
    ['Ways in heading', 'ways-in-heading-1'],
  ])('a body heading "%s" does not take the id of a figure or of the search box', (text, id) => {
    expect(headingIds()(text)).toBe(id);
  });

  test('headings named like the sections every entry page has get ids of their own', () => {
    const html = render('## Sources\n\n## Related\n\n### Further reading\n\n## Mentioned in');
    expect(html).toContain('<h2 id="sources-1">Sources</h2>');
    expect(html).toContain('<h2 id="related-1">Related</h2>');
    expect(html).toContain('<h3 id="further-reading-1">Further reading</h3>');
    expect(html).toContain('<h2 id="mentioned-in-1">Mentioned in</h2>');
  });

  test('headings of punctuation alone get non-empty ids, each its own', () => {
    const ids = headingIds();
    expect(['…', '!!!', '...', 'Section'].map(ids)).toEqual(['section', 'section-1', 'section-2', 'section-3']);
    const html = render('## ...\n\n## !!!');
    expect(html).toContain('<h2 id="section">...</h2>');
    expect(html).toContain('<h2 id="section-1">!!!</h2>');
  });

  test("each body starts afresh: one body's headings do not number another's", () => {
    expect(headingIds()('Background')).toBe('background');
    expect(headingIds()('Background')).toBe('background');
  });
});

describe('links and citations with their sentences', () => {
  test('records the sentence each link stands in', () => {
    const { links } = parseBody(
      'Biden called. Then [Trump](../people/donald-trump.mdx) joked about the line. Later more.',
      FILE,
      0,
    );
    expect(links).toEqual([
      { collection: 'people', id: 'donald-trump', sentence: 'Then Trump joked about the line.', line: 1, column: 20 },
    ]);
  });

  test('records the sentence a citation follows', () => {
    const { citations } = parseBody('She conceded.<Cite source="uncharted" locator="p. 3" /> He thanked her.', FILE, 0);
    expect(citations).toEqual([
      {
        source: 'uncharted',
        locator: 'p. 3',
        run: 1,
        sentence: 'She conceded.',
        claim: 'claim-she-conceded',
        line: 1,
        column: 14,
      },
    ]);
  });

  test('marks side by side, with only spaces between, are one run; text between starts another', () => {
    const { citations } = parseBody(
      'One.<Cite source="a" /> <Cite source="b" /> Two.<Cite source="c" />\n\nThree <Cite source="d" /><Cite source="e" />',
      FILE,
      0,
    );
    expect(citations.map((c) => `${c.source}${c.run}`)).toEqual(['a1', 'b1', 'c2', 'd3', 'e3']);
  });
});

describe('numberReferences', () => {
  test('lists inline citations first, then frontmatter sources the text does not cite', () => {
    const citations = [{ source: 'b', sentence: '', line: 1, column: 1 }];
    expect(numberReferences(citations, [{ source: 'a', locator: 'p. 1' }, { source: 'b' }])).toEqual([
      { n: 1, source: 'b', uses: 1 },
      { n: 2, source: 'a', locator: 'p. 1', uses: 0 },
    ]);
  });

  test('counts how many times the text cites each reference', () => {
    const at = (source: string) => ({ source, sentence: '', line: 1, column: 1 });
    expect(numberReferences([at('a'), at('b'), at('a'), at('a')], []).map((r) => [r.source, r.uses])).toEqual([
      ['a', 3],
      ['b', 1],
    ]);
  });
});
