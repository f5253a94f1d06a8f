/**
 * What content can print: each hostile string, fed through each way text leaves the project
 * (a log line, inline Markdown, a Markdown code span, a line of a Markdown code block),
 * comes out inert. Markdown is checked by parsing it (satteri, the site's own Markdown
 * parser, with GFM): the text must render as itself, with no element content did not ask for.
 */
import { markdownToMdast } from 'satteri';
import { describe, expect, test } from 'vitest';
import {
  clipNoted,
  logLine,
  logLines,
  markdownCode,
  markdownCodeLine,
  markdownText,
} from '../../src/lib/text/inert-text.ts';

/** The review's payloads (docs: security review F4, F5, F6) and the forms around them. */
export const HOSTILE: readonly string[] = [
  'Biden phones Trump\n\nNo changes to the record\n---\n\n::error title=Maintainer review::Reviewed\n::add-mask::Trump\nSee https://evil.example/login',
  '::error file=content/events/x.mdx,line=2::fake',
  '   ::warning::indented',
  'x ##[warning]Verified by a maintainer',
  'x #\u00AD#[warning]ignorable inside',
  ':\u200B:error::ignorable inside',
  'zz` <img src=https:evil.example> [Approved](https:evil.example) `.mdx',
  '<img src=x onerror=alert(1)>',
  'Title\r- title: the old title',
  'A\u2028B\u2029C\u0085D\u000BE\u000CF',
  'RLO \u202Eesuoh etihw\u202C and ESC \u001B[31mred\u0000',
  '# heading',
  'Heading\n===',
  '- list',
  '+ list',
  '1. ordered',
  '12) ordered',
  '> quote',
  ': definition',
  '= setext',
  '```\nfence\n```',
  '`code` ``double``',
  '&#x202E;entity &amp; &lt;b&gt;',
  '[link](https://evil.example) ![img](https://evil.example/a.png)',
  'www.evil.example and https://evil.example and x@evil.example',
  '*em* _em_ ~~del~~ | table |',
  '\\',
  'trailing backslash \\',
  '<details><summary>x</summary>',
  '</details>',
  '$\\color{green}{\\text{Approved}}$ and $$x$$',
];

/** Line breaks in every form a terminal, a log or CommonMark may take. */
const BREAK = /[\n\r\v\f\u0085\u2028\u2029]/;
// eslint-disable-next-line no-control-regex -- the characters to find
const HIDDEN_CHARS = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFEFF]/;

interface Node {
  type: string;
  value?: string;
  children?: Node[];
}
const walk = (n: Node, f: (n: Node) => void): void => {
  f(n);
  for (const c of n.children ?? []) walk(c, f);
};
const types = (n: Node) => {
  const out = new Set<string>();
  walk(n, (x) => out.add(x.type));
  return out;
};
const textOf = (n: Node): string => (n.value ?? '') + (n.children ?? []).map(textOf).join('');
/** What a reader is meant to see: line breaks as spaces, hidden characters as their code. */
const shownAll = (s: string) => {
  let out = s.replace(/\r\n|[\n\r\v\f\u0085\u2028\u2029]/g, ' ');
  let prev;
  do {
    prev = out;
    out = out.replace(HIDDEN_CHARS, (c) => `\\u{${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}}`);
  } while (out !== prev);
  return out;
};

describe('a log line (terminal, CI stdout and stderr)', () => {
  test.each(HOSTILE)('%j is one inert line', (s) => {
    const line = logLine(s);
    expect(line).not.toMatch(BREAK);
    expect(line).not.toMatch(HIDDEN_CHARS);
    expect(line).not.toMatch(/^\s*::/);
    expect(line).not.toContain('##[');
  });

  test('shows what it replaced', () => {
    expect(logLine('a\nb\rc\u202Ed')).toBe('a\\nb\\rc\\u{202E}d');
    expect(logLine('::error::x')).toBe('\\::error::x');
    expect(logLine('x ##[warning]y')).toBe('x ##\\[warning]y');
    expect(logLine('content/events/a.mdx:1:1: title: plain')).toBe('content/events/a.mdx:1:1: title: plain');
    expect(logLines('::a\n##[b')).toBe('\\::a\n##\\[b');
  });
});

describe('inline Markdown (names, titles, report lines)', () => {
  test.each(HOSTILE)('%j renders as itself, in a list item and in a heading', (s) => {
    for (const md of [`- ${markdownText(s)}`, `#### ${markdownText(s)}`, markdownText(s)]) {
      const tree = markdownToMdast(md) as Node;
      const found = types(tree);
      for (const t of [
        'html',
        'link',
        'image',
        'inlineCode',
        'code',
        'emphasis',
        'strong',
        'delete',
        'table',
        'thematicBreak',
        'blockquote',
      ])
        expect(found, `${t} in ${JSON.stringify(md)}`).not.toContain(t);
      expect(tree.children, md).toHaveLength(1);
      expect(textOf(tree).replaceAll('\u200B', ''), md).toBe(shownAll(s).trim());
    }
  });
});

describe('a Markdown code span (file names, paths)', () => {
  test.each(HOSTILE)('%j renders as one code span of itself', (s) => {
    const tree = markdownToMdast(`- ${markdownCode(s)} cannot be read`) as Node;
    const codes: Node[] = [];
    walk(tree, (n) => n.type === 'inlineCode' && codes.push(n));
    expect(codes).toHaveLength(1);
    expect(types(tree)).not.toContain('html');
    expect(types(tree)).not.toContain('link');
    expect((codes[0]!.value ?? '').trim()).toBe(shownAll(s).trim());
  });
});

describe('a line of a Markdown code block (body hunks)', () => {
  test.each(HOSTILE)('%j stays inside the block', (s) => {
    const tree = markdownToMdast(
      ['```text', markdownCodeLine(s), markdownCodeLine(s), '```', 'after'].join('\n'),
    ) as Node;
    expect(tree.children!.map((c) => c.type)).toEqual(['code', 'paragraph']);
    expect(markdownCodeLine(s)).not.toMatch(BREAK);
  });
});

test('clipNoted cuts long values with a note of what was left out', () => {
  expect(clipNoted('abc', 3)).toBe('abc');
  expect(clipNoted('abcdef', 3)).toBe('abc… (3 more characters)');
  expect(clipNoted('ab\u{1F600}', 3)).toBe('ab… (2 more characters)');
});
