/**
 * Frontmatter strings are text wherever they appear: in the page, in <title>, in meta
 * tags and in JSON-LD. A fixture full of markup-like strings (tests/fixtures/hostile)
 * builds, and no string becomes markup or script. (Search results show Pagefind's
 * excerpts through DOM text nodes, never as HTML: see excerptNode in src/scripts/search.)
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { astroBuild, PROJECT, TEST_SITE_URL } from '../../scripts/lib/astro-build.ts';
import { materialize } from '../support/fixtures.ts';

const root = materialize();
const out = mkdtempSync(path.join(tmpdir(), 'record-hostile-'));
let eventPage = '';
let personPage = '';

beforeAll(() => {
  cpSync(path.join(PROJECT, 'tests/fixtures/hostile/content'), path.join(root, 'content'), { recursive: true });
  const { status, output } = astroBuild(out, root, { siteUrl: TEST_SITE_URL });
  expect(status, output).toBe(0);
  eventPage = readFileSync(path.join(out, 'events/harris-concession-call/index.html'), 'utf8');
  personPage = readFileSync(path.join(out, 'people/kamala-harris/index.html'), 'utf8');
}, 180_000);

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
});

/**
 * The page with every double-quoted attribute value removed. A `"` inside a value is
 * written &quot;, so this is how a browser splits the markup; a `<` inside a quoted value
 * is inert text there.
 */
const markupOnly = (page: string) => page.replace(/="[^"]*"/g, '=""');

test('no frontmatter string becomes a script, an element or an attribute', () => {
  for (const original of [eventPage, personPage]) {
    const page = markupOnly(original);
    expect(page).not.toMatch(/<script>alert/);
    expect(page).not.toMatch(/<img/);
    expect(page).not.toMatch(/<iframe/);
    expect(page).not.toMatch(/<[a-z][^<>]*\son[a-z]+=/i);
    // The only <script> elements are the site's own: JSON-LD, the theme and the search loader.
    const scripts = [...original.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.every((s) => /type="application\/ld\+json"|type="module"|^<script>$/.test(s))).toBe(true);
  }
});

test('the title element holds the title as text', () => {
  const title = /<title>([\s\S]*?)<\/title>/.exec(eventPage)?.[1] ?? '';
  expect(title).toContain('Harris calls &lt;/title&gt;&lt;script&gt;');
});

test('meta descriptions hold their text in one attribute, the quote that would end it escaped', () => {
  const description = /<meta name="description" content="([^"]*)"/.exec(personPage)?.[1] ?? '';
  expect(description).toContain('&quot;><img src=x onerror=alert(');
  expect(description).toContain("</script><script>alert('meta')</script>");
});

test('JSON-LD cannot be closed by a string: < and > are escaped inside it', () => {
  for (const page of [eventPage, personPage]) {
    const blocks = [...page.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
      (m) => m[1] ?? '',
    );
    expect(blocks.length).toBe(1);
    expect(blocks[0]).not.toMatch(/[<>]/);
    const data = JSON.parse(blocks[0] ?? '{}') as { name?: string; alternateName?: string[] };
    expect(data.name).toMatch(/<\/title><script>|<\/script><script>/);
  }
});

test('the feed and the sitemaps are well-formed XML with the markup-like strings in them', () => {
  const files = readdirSync(out).filter((f) => f === 'rss.xml' || /^sitemap.*\.xml$/.test(f));
  expect(files).toContain('rss.xml');
  expect(files.filter((f) => f.startsWith('sitemap')).length).toBeGreaterThan(0);
  for (const file of files) {
    const xml = readFileSync(path.join(out, file), 'utf8');
    // A real parser, not a pattern: true, or the first error with its line.
    expect(XMLValidator.validate(xml), file).toBe(true);
    // The validator does not check XML 1.0's Char production (U+0001 passes it), so that is checked here.
    expect(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u.test(xml), file).toBe(false);
  }
  expect(readFileSync(path.join(out, 'rss.xml'), 'utf8')).toContain('Harris calls &lt;/title&gt;');
});
