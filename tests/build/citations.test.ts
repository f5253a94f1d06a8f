/**
 * "Cite this page" and the tags reference managers read, on the built site of the real
 * content: every entry page offers the four styles and the downloads, the files parse back
 * with Citation.js to what the pages and the frontmatter say, and each source page's tags
 * are its frontmatter and make Zotero save the right kind of item.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Cite } from '@citation-js/core';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { shippedRecord } from '../support/record.ts';
import { TEST_SITE_URL } from '../../scripts/lib/astro-build.ts';
import { fullTitle, STYLES } from '../../src/lib/cite/citations.ts';
import { toISO, type HistoricalDate } from '../../src/lib/time/dates.ts';
import type { RecordContent } from '../../src/lib/record/entry.ts';
import { defaultSortName } from '../../src/lib/text/names.ts';
import { plainText } from '../../src/lib/text/work-titles.ts';
import { entryPages, urlOf } from '../support/dist.ts';
import { decodeHtml, headTags, zoteroItemType, type PageTag } from '../support/zotero-type.ts';

const dir = inject('siteDir');
const pages = entryPages(dir);
const read = (file: string) => readFileSync(path.join(dir, file), 'utf8');
let record: RecordContent;

beforeAll(async () => {
  record = await shippedRecord();
});

/** The "Cite this page" section of a page. */
function citeSection(html: string): string {
  const start = html.indexOf('<section class="cite-page"');
  expect(start, 'the page has a "Cite this page" section').toBeGreaterThan(0);
  return html.slice(start, html.indexOf('</section>', start));
}

const values = (tags: readonly PageTag[], name: string) => tags.filter((t) => t.name === name).map((t) => t.content);

type Csl = Record<string, unknown>;
const parse = (text: string): Csl[] => new Cite(text).data;
const names = (item: Csl) =>
  ((item['author'] as Record<string, string>[] | undefined) ?? []).map(
    (n) =>
      n['literal'] ??
      [n['given'], n['dropping-particle'], n['non-dropping-particle'], n['family']].filter(Boolean).join(' '),
  );
const dateParts = (item: Csl) => (item['issued'] as { 'date-parts': number[][] } | undefined)?.['date-parts'][0];
const partsOf = (d: HistoricalDate) =>
  [d.year, d.month, d.day].slice(0, d.precision === 'year' ? 1 : d.precision === 'month' ? 2 : 3);

test('dist/ has entry pages to check', () => {
  expect(pages.length).toBeGreaterThan(50);
});

describe.each(pages)('%s', (file) => {
  const [collection, id] = file.split('/');

  test('offers APA, MLA, Chicago and {{cite web}}', () => {
    const section = citeSection(read(file));
    for (const style of STYLES) expect(section).toContain(`<dt>${style.label}</dt>`);
    expect(section).toMatch(/<pre><code>\{\{cite web \|url=[^<]*\|access-date=\}\}<\/code><\/pre>/);
  });

  test('links its citation and the bibliography as BibTeX, RIS and CSL-JSON, and the files exist', () => {
    const section = citeSection(read(file));
    const links = [...section.matchAll(/href="(\/(?:cite|data)\/[^"]+)" download/g)].map((m) => m[1] ?? '');
    expect(links).toEqual([
      `/cite/${collection}/${id}.bib`,
      `/cite/${collection}/${id}.ris`,
      `/cite/${collection}/${id}.csl.json`,
      '/data/sources.bib',
      '/data/sources.ris',
      '/data/sources.csl.json',
    ]);
    for (const link of links) expect(existsSync(path.join(dir, link)), link).toBe(true);
  });

  test('its BibTeX, RIS and CSL-JSON parse back to the title, author and date its tags give', () => {
    const tags = headTags(read(file));
    // A source page's tags describe the source; its own title, author and date are in the Cite section.
    const section = citeSection(read(file));
    const title = decodeHtml(/<dt>Title<\/dt> <dd>([^<]*)<\/dd>/.exec(section)?.[1] ?? '');
    const creator = decodeHtml(/<dt>Author<\/dt> <dd>([^<]*)<\/dd>/.exec(section)?.[1] ?? '');
    const version = /<time datetime="(\d{4}-\d{2}-\d{2})">/.exec(section)?.[1];
    if (collection !== 'sources') {
      expect(values(tags, 'DC.title')).toEqual([title]);
      expect(values(tags, 'DC.creator')).toEqual([creator]);
      expect(values(tags, 'DC.date')).toEqual(version ? [version] : []);
    }
    for (const extension of ['bib', 'ris', 'csl.json']) {
      const [item, ...rest] = parse(read(`cite/${collection}/${id}.${extension}`));
      expect(rest, extension).toEqual([]);
      // Known loss in Citation.js 0.8.2's BibTeX: it writes a title's "--", "''", "``" and "~"
      // as they are, and TeX (and its own reader) reads them as dashes, quotes and a space.
      const ligature = extension === 'bib' && /--|''|``|~/.test(title);
      if (ligature) expect(item?.['title'], extension).not.toBe(title);
      else expect(item?.['title'], extension).toBe(title);
      expect(names(item ?? {}), extension).toEqual([creator]);
      expect(dateParts(item ?? {})?.join('-'), extension).toBe(version?.split('-').map(Number).join('-'));
    }
  });
});

describe('event and person pages are web pages to Zotero', () => {
  test.each(pages.filter((f) => !f.startsWith('sources/')))('%s', (file) => {
    const html = read(file);
    expect(html).toContain('<link rel="schema.DC" href="http://purl.org/dc/elements/1.1/">');
    expect(zoteroItemType(headTags(html))).toBe('webpage');
  });
});

describe('source pages carry their frontmatter as the tags Zotero reads', () => {
  const sourceFiles = pages.filter((f) => f.startsWith('sources/'));
  const personName = (a: { person: string } | { name: string }) =>
    'name' in a ? a.name : (record.people.get(a.person)?.data.name ?? `missing ${a.person}`);
  const day = (d: HistoricalDate) => toISO(d.precision === 'minute' ? { ...d, precision: 'day' } : d);

  test.each(sourceFiles)('%s', (file) => {
    const id = file.split('/')[1] ?? '';
    const source = record.sources.get(id)?.data;
    if (!source) throw new Error(`no source ${id}`);
    const tags = headTags(read(file));
    // Embedded Metadata.js: citation_journal_title makes a journal article of anything.
    expect(values(tags, 'citation_journal_title')).toEqual([]);
    if (source.kind === 'book') {
      expect(values(tags, 'og:type')).toEqual(['book']);
      expect(values(tags, 'citation_title')).toEqual([fullTitle(source)]);
      expect(values(tags, 'citation_author')).toEqual(source.authors.map(personName));
      expect(values(tags, 'citation_publication_date')).toEqual(source.published ? [day(source.published)] : []);
      expect(values(tags, 'citation_publisher')).toEqual(source.publisher ? [source.publisher] : []);
      expect(values(tags, 'citation_isbn')).toEqual([source.isbn]);
      expect(zoteroItemType(tags)).toBe('book');
    } else {
      expect(values(tags, 'DC.title')).toEqual([fullTitle(source)]);
      expect(values(tags, 'DC.creator')).toEqual(source.authors.map(personName));
      expect(values(tags, 'DC.date')).toEqual(source.published ? [day(source.published)] : []);
      const outlet = source.kind === 'article' ? 'DC.source' : 'DC.publisher';
      expect(values(tags, outlet)).toEqual(source.publisher ? [source.publisher] : []);
      if (source.kind === 'article') expect(zoteroItemType(tags)).toBe('newspaperArticle');
    }
  });

  test('the Uncharted page makes Zotero save a book with its author, date, publisher and ISBN', () => {
    const tags = headTags(read('sources/uncharted/index.html'));
    expect(zoteroItemType(tags)).toBe('book');
    expect(values(tags, 'citation_title')[0]).toMatch(/^Uncharted: /);
    expect(values(tags, 'citation_author')).toEqual(['Chris Whipple']);
    expect(values(tags, 'citation_isbn')).toEqual([record.sources.get('uncharted')?.data.isbn]);
  });

  test('a newspaper source makes Zotero save a newspaper article in its paper', () => {
    const tags = headTags(read('sources/salon-harris-concedes/index.html'));
    expect(zoteroItemType(tags)).toBe('newspaperArticle');
    expect(values(tags, 'DC.source')).toEqual([record.sources.get('salon-harris-concedes')?.data.publisher]);
  });
});

describe('the bibliography of all sources', () => {
  test.each(['bib', 'ris', 'csl.json'])('sources.%s parses back to every source’s title, authors and date', (ext) => {
    const items = parse(read(`data/sources.${ext}`));
    const sources = [...record.sources.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
    const titles = sources.map((s) => fullTitle(s.data));
    // The BibTeX loss described above, for titles with TeX ligature characters.
    const kept = (t: string) => ext !== 'bib' || !/--|''|``|~/.test(t);
    expect(items.map((i, n) => (kept(titles[n] ?? '') ? i['title'] : titles[n]))).toEqual(titles);
    items.forEach((item, i) => {
      const source = sources[i]?.data;
      if (!source) throw new Error('fewer sources than items');
      // Known loss in Citation.js 0.8.2's RIS (src/lib/cite/citations.ts): a newspaper article's
      // authors and its date below the year.
      const risNews = ext === 'ris' && source.kind === 'article';
      const authors = source.authors.map((a) => {
        if ('name' in a) return a.name;
        const person = record.people.get(a.person)?.data;
        return person ? (person.sortName ?? defaultSortName(person.name)).split(', ').reverse().join(' ') : '';
      });
      expect(names(item), `${sources[i]?.id} in sources.${ext}`).toEqual(risNews ? [] : authors);
      const parts = source.published ? partsOf(source.published) : undefined;
      expect(dateParts(item), `${sources[i]?.id} in sources.${ext}`).toEqual(risNews ? parts?.slice(0, 1) : parts);
    });
  });

  test('its titles are plain text, as the source pages show them', () => {
    const items = parse(read('data/sources.csl.json'));
    for (const item of items) expect(item['title']).toBe(plainText(String(item['title'])));
  });
});

test('the pages name each URL the cite section gives as the page itself', () => {
  for (const file of pages.slice(0, 5)) {
    const section = citeSection(read(file));
    expect(section).toContain(`<dt>Address</dt> <dd>${new URL(urlOf(file), TEST_SITE_URL).href}</dd>`);
  }
});
