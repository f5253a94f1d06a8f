import { readFileSync } from 'node:fs';
import { Cite } from '@citation-js/core';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  authorName,
  citeWeb,
  cslDate,
  entryItem,
  formatStyle,
  formatStyleWhole,
  oneItemStyle,
  registerStyles,
  sourceItem,
  STYLES,
  wikiValue,
  writeItems,
  type CslItem,
  type CslName,
} from '../../src/lib/cite/citations.ts';
import { sourceMeta } from '../../src/lib/cite/meta-tags.ts';
import { parseHistoricalDate, type HistoricalDate } from '../../src/lib/time/dates.ts';
import type { Source } from '../../src/schemas/source.ts';
import { shippedRecord } from '../support/record.ts';
import { zoteroItemType } from '../support/zotero-type.ts';

const style = (file: string) => readFileSync(new URL(`../../src/citation-styles/${file}`, import.meta.url), 'utf8');
beforeAll(() => {
  registerStyles({ mla: style('modern-language-association.csl'), chicago: style('chicago-notes-bibliography.csl') });
});

function date(text: string): HistoricalDate {
  const d = parseHistoricalDate(text);
  if (!d.ok) throw new Error(d.message);
  return d.value;
}

const people = (id: string) =>
  id === 'chris-whipple' ? { name: 'Chris Whipple', sortName: 'Whipple, Chris' } : undefined;

const book: Source = {
  kind: 'book',
  standing: 'book',
  title: 'Uncharted',
  titleIsDescriptive: false,
  subtitle: 'How Trump Beat Biden, Harris, and the Odds',
  authors: [{ person: 'chris-whipple' }],
  publisher: 'Harper Influence',
  published: date('2025-04-08'),
  isbn: '978-0063386211',
};
const news: Source = {
  kind: 'article',
  standing: 'press',
  title: '"We must accept the results": Harris concedes election at Howard University, a title past seventy characters',
  titleIsDescriptive: false,
  authors: [{ name: 'Danielle de Wolfe' }, { name: 'Reuters' }],
  publisher: 'Salon',
  published: date('2024-11-06'),
  url: 'https://www.salon.com/2024/11/06/a-long-address-that-runs-well-past-seventy-characters-of-text/',
};
const entry = entryItem({
  collection: 'events',
  id: 'harris-concession-call',
  title: 'Harris phones Trump to concede',
  record: 'The 2024 Transition Record',
  updated: '2026-12-02',
  url: 'https://record.test/events/harris-concession-call/',
});

describe('cslDate', () => {
  test.each([
    ['1869', [1869]],
    ['2025-03', [2025, 3]],
    ['2024-11-06', [2024, 11, 6]],
    ['2024-11-06T17:00-05:00', [2024, 11, 6]],
  ])('%s keeps its precision as %j', (text, parts) => {
    expect(cslDate(date(text))).toEqual({ 'date-parts': [parts] });
  });

  test('an approximate date is circa', () => {
    expect(cslDate(parseHistoricalDate('2024-10', true).ok ? date('2024-10') : date('2024'))).not.toHaveProperty(
      'circa',
    );
    const about = parseHistoricalDate('2024-10', true);
    expect(about.ok && cslDate(about.value).circa).toBe(true);
  });
});

describe('authorName', () => {
  test('splits a person with a page at their sort name', () => {
    expect(authorName({ person: 'chris-whipple' }, people)).toEqual({ family: 'Whipple', given: 'Chris' });
  });
  test('keeps a name author whole, person or agency alike', () => {
    expect(authorName({ name: 'Reuters' }, people)).toEqual({ literal: 'Reuters' });
    expect(authorName({ name: 'Danielle de Wolfe' }, people)).toEqual({ literal: 'Danielle de Wolfe' });
  });
  test('throws on an unknown person', () => {
    expect(() => authorName({ person: 'nobody' }, people)).toThrow(/nobody/);
  });
});

describe('wikiValue', () => {
  test.each([
    ['a | b', 'a {{!}} b'],
    ['{{cite web}}', '&#123;&#123;cite web&#125;&#125;'],
    ['[[Link]] and [https://x.org x]', '&#91;&#91;Link&#93;&#93; and &#91;https://x.org x&#93;'],
    ["''italic'' and '''bold'''", "&#39;&#39;italic&#39;&#39; and &#39;&#39;'bold&#39;&#39;'"],
    ['<ref>x</ref>', '&lt;ref>x&lt;/ref>'],
    ['a = b', 'a = b'],
    ['Q&A &amp; more', 'Q&A &amp;amp; more'],
    ['  two\n lines ', 'two lines'],
    ['signed ~~~~ here', 'signed &#126;&#126;~~ here'],
  ])('%j → %j', (text, wikitext) => {
    expect(wikiValue(text)).toBe(wikitext);
  });
});

/** The named parameters of one {{cite web}}, split as MediaWiki splits them: at each `|`. */
function parameters(template: string): Map<string, string> {
  expect(template.startsWith('{{cite web ') && template.endsWith('}}')).toBe(true);
  const body = template.slice('{{cite web '.length, -2);
  // {{!}} is the only template allowed inside: it stands for a pipe and splits nothing.
  const PIPE = '\uE000'; // a private-use character, in no test title
  const parts = body.replaceAll('{{!}}', PIPE).split('|').slice(1);
  return new Map(
    parts.map((p) => {
      const eq = p.indexOf('=');
      return [
        p.slice(0, eq).trim(),
        p
          .slice(eq + 1)
          .trim()
          .replaceAll(PIPE, '{{!}}'),
      ];
    }),
  );
}

describe('citeWeb', () => {
  test("writes an entry page as Special:CiteThisPage does, with the reader's access date left empty", () => {
    const params = parameters(citeWeb(entry));
    expect(Object.fromEntries(params)).toEqual({
      url: entry.URL,
      title: entry.title,
      author: 'The 2024 Transition Record contributors',
      date: '2026-12-02',
      website: 'The 2024 Transition Record',
      'access-date': '',
    });
  });

  test('a hostile title stays one parameter', () => {
    const item: CslItem = { ...entry, title: 'A | b=c }} {{evil}} [[x]]' };
    const params = parameters(citeWeb(item));
    expect([...params.keys()]).toEqual(['url', 'title', 'author', 'date', 'website', 'access-date']);
    expect(params.get('title')).toBe(wikiValue(item.title));
    expect(params.get('title')?.replace(/\{\{!\}\}/g, '')).not.toMatch(/\{\{|\}\}|\[|\]/);
  });

  test('names people as last and first, numbered when there are several', () => {
    const params = parameters(
      citeWeb(sourceItem('b', { ...book, authors: [{ person: 'chris-whipple' }, { name: 'AP' }] }, people)),
    );
    expect(params.get('last1')).toBe('Whipple');
    expect(params.get('first1')).toBe('Chris');
    expect(params.get('author2')).toBe('AP');
    expect(params.get('date')).toBe('2025-04-08');
  });

  test('gives a month as words, since {{cite web}} refuses YYYY-MM', () => {
    const params = parameters(citeWeb(sourceItem('b', { ...book, published: date('2025-04') }, people)));
    expect(params.get('date')).toBe('April 2025');
  });
});

describe('formatStyle', () => {
  test.each(STYLES.map((s) => s.key))('%s names the contributors, the year and the address', (key) => {
    const html = formatStyle(entry, key);
    expect(html).toContain('The 2024 Transition Record contributors');
    expect(html).toContain('2026');
    expect(html).toContain(entry.URL);
    expect(html).not.toContain('csl-entry');
  });

  test.each(STYLES.map((s) => s.key))('%s escapes markup in a title', (key) => {
    const html = formatStyle({ ...entry, title: 'Trump <script>alert(1)</script> & Biden' }, key);
    expect(html).not.toContain('<script>');
    expect(html).toMatch(/(?:&lt;|&#60;)script(?:&gt;|&#62;)/i);
  });
});

describe('formatStyle with the one-item styles', () => {
  /** Titles whose formatting citeproc changes: quotes, apostrophes, markup, end punctuation, case. */
  const titles = [
    'He said "no" to them',
    "Trump's pick: the o'Brien affair",
    'A <i>markup</i> title & more',
    'Trump <script>alert(1)</script> & Biden',
    'Why did he go?',
    'Ends with a period.',
    'Wow!',
    'iPhone and eBay in the USA',
    'a lowercase start',
    'Smith (disambig)',
    '“Curly” quotes — and a dash…',
  ];

  // Generous: the first use of a style compiles it (Chicago's whole style takes seconds, more on a busy machine).
  test.each(STYLES.map((s) => s.key))(
    '%s gives what the whole style gives, for odd titles',
    (key) => {
      for (const title of titles)
        for (const variant of [
          { ...entry, title },
          { id: 'bare', 'citation-key': 'bare', type: 'webpage' as const, title },
        ])
          expect(formatStyle(variant, key)).toBe(formatStyleWhole(variant, key));
    },
    120_000,
  );

  test.each(STYLES.map((s) => s.key))(
    '%s gives what the whole style gives, for every entry and source of the shipped record',
    async (key) => {
      const record = await shippedRecord();
      const names = (id: string) => {
        const p = record.people.get(id);
        return p && { name: p.data.name, sortName: p.data.sortName ?? p.data.name };
      };
      const items: CslItem[] = [
        ...[...record.sources].map(([id, s]) => sourceItem(id, s.data, names)),
        ...[...record.events].map(([id, e]) =>
          entryItem({ collection: 'events', id, title: e.data.title, record: 'The Record', updated: '2026-12-02' }),
        ),
        ...[...record.people].map(([id, p]) =>
          entryItem({
            collection: 'people',
            id,
            title: p.data.name,
            record: 'The Record',
            url: `https://x.test/${id}/`,
          }),
        ),
      ];
      expect(items.length).toBeGreaterThan(50);
      for (const item of items) expect(formatStyle(item, key)).toBe(formatStyleWhole(item, key));
    },
    120_000,
  );

  test('the one-item style keeps the bibliography and drops sorting, citations and author substitution', () => {
    const xml = style('modern-language-association.csl');
    expect(xml).toContain('<sort>');
    expect(xml).toContain('subsequent-author-substitute');
    const cut = oneItemStyle(xml);
    expect(cut).not.toContain('<sort>');
    expect(cut).not.toContain('subsequent-author-substitute');
    expect(cut).toContain('<citation><layout><text value="-"/></layout></citation>');
    const bibliography = (text: string) => text.slice(text.indexOf('<bibliography'), text.indexOf('</bibliography>'));
    expect(bibliography(cut)).toBe(
      bibliography(xml)
        .replace(/<sort>[^]*?<\/sort>/, '')
        .replace(/\ssubsequent-author-substitute="[^"]*"/, ''),
    );
    expect(() => oneItemStyle('<style><bibliography/></style>')).toThrow(/no <citation>/);
  });
});

/** A name as one string, whichever way a format splits it. */
const nameText = (name: CslName) => {
  const n: Record<string, unknown> = { ...name };
  return (
    name.literal ??
    [n['given'], n['dropping-particle'], n['non-dropping-particle'], n['family']]
      .filter((p) => typeof p === 'string')
      .join(' ')
  );
};

function readBack(text: string) {
  return new Cite(text).data.map((d) => ({
    title: d['title'],
    authors: ((d['author'] as CslName[] | undefined) ?? []).map(nameText),
    issued: (d['issued'] as { 'date-parts': number[][] } | undefined)?.['date-parts'],
  }));
}

describe('writeItems', () => {
  const items = [entry, sourceItem('uncharted', book, people), sourceItem('salon', news, people)];
  const expected = items.map((i) => ({
    title: i.title,
    authors: (i.author ?? []).map(nameText),
    issued: i.issued?.['date-parts'],
  }));

  test('CSL-JSON parses back to the same titles, authors and dates', () => {
    expect(readBack(writeItems(items, 'csl'))).toEqual(expected);
  });

  test('BibTeX parses back to the same titles, authors and dates', () => {
    expect(readBack(writeItems(items, 'bibtex'))).toEqual(expected);
  });

  test('BibTeX: a brace in an author or an address cannot close its field and write another entry', () => {
    const hostile: CslItem = {
      id: 'hostile',
      'citation-key': 'hostile',
      type: 'article-newspaper',
      title: 'A report',
      author: [{ literal: 'Reuters}}, note = {x' }, { family: 'Do{e', given: 'J\\ane}' }],
      URL: 'https://example.test/x?id=}}@misc{injected, title={Injected}, note={',
    };
    const back = new Cite(writeItems([hostile], 'bibtex')).data;
    expect(back).toHaveLength(1);
    expect(back[0]?.['title']).toBe('A report');
    expect(back[0]?.['note']).toBeUndefined();
  });

  test('BibTeX keys are the ids, unique and readable', () => {
    const keys = [...writeItems(items, 'bibtex').matchAll(/^@\w+\{([^,]+),/gm)].map((m) => m[1]);
    expect(keys).toEqual(['events_harris_concession_call', 'uncharted', 'salon']);
  });

  test('RIS keeps every line whole, so long titles and addresses come back unchanged', () => {
    const ris = writeItems(items, 'ris');
    expect(ris).toContain(news.url);
    expect(readBack(ris).map((r) => r.title)).toEqual(expected.map((e) => e.title));
    expect(new Cite(ris).data.map((d) => d['URL'])).toEqual(items.map((i) => i.URL));
  });

  test('RIS parses back to the same authors and dates, except a newspaper article’s (Citation.js 0.8.2)', () => {
    const back = readBack(writeItems(items, 'ris'));
    expect(back.slice(0, 2)).toEqual(expected.slice(0, 2));
    // The known loss, asserted so that a Citation.js that fixes it shows here: TY NEWS is
    // written without AU and with PY only.
    expect(back[2]).toEqual({ title: news.title, authors: [], issued: [[2024]] });
  });
});

describe('sourceMeta', () => {
  test('describes a book so that Zotero saves a book', () => {
    const meta = sourceMeta(book, people);
    expect(meta.ogType).toBe('book');
    expect(meta.tags).toEqual([
      { name: 'citation_title', content: `${book.title}: ${book.subtitle}` },
      { name: 'citation_author', content: 'Chris Whipple' },
      { name: 'citation_publication_date', content: '2025-04-08' },
      { name: 'citation_publisher', content: book.publisher },
      { name: 'citation_isbn', content: book.isbn },
    ]);
    expect(zoteroItemType([{ name: 'og:type', content: meta.ogType }, ...meta.tags])).toBe('book');
  });

  test('describes a news article so that Zotero saves a newspaper article in its paper', () => {
    const meta = sourceMeta(news, people);
    expect(meta.dublinCore).toBe(true);
    expect(meta.tags).toContainEqual({ name: 'DC.type', content: 'newspaperArticle' });
    expect(meta.tags).toContainEqual({ name: 'DC.source', content: 'Salon' });
    expect(meta.tags.filter((t) => t.name === 'DC.creator').map((t) => t.content)).toEqual([
      'Danielle de Wolfe',
      'Reuters',
    ]);
    expect(meta.tags.some((t) => t.name.startsWith('citation_'))).toBe(false);
    expect(zoteroItemType([{ name: 'og:type', content: meta.ogType }, ...meta.tags])).toBe('newspaperArticle');
  });

  test('the model of Zotero’s rules is not fooled: a journal title would make a journal article', () => {
    const meta = sourceMeta(book, people);
    expect(
      zoteroItemType([
        { name: 'og:type', content: 'book' },
        ...meta.tags,
        { name: 'citation_journal_title', content: 'X' },
      ]),
    ).toBe('journalArticle');
  });
});
