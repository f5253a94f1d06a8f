import { date as d } from '../support/dates.ts';
import { describe, expect, test } from 'vitest';
import { escapeHtml, html } from '../../src/lib/text/html.ts';
import {
  claimListHtml,
  dateHtml,
  eventListHtml,
  mentionListHtml,
  participantListHtml,
  quoteHtml,
  referenceListHtml,
  roleListHtml,
  furtherReadingHtml,
  supportedEventsHtml,
} from '../../src/lib/pages/render-lists.ts';

describe('html', () => {
  test('escapes every interpolated string', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(html`<p title="${'"><script>'}">${'</p><script>alert(1)</script>'}</p>`.value).toBe(
      '<p title="&quot;&gt;&lt;script&gt;">&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;</p>',
    );
  });

  test('writes numbers as they are and leaves text without special characters untouched', () => {
    expect(html`<rect x="${12.5}" width="${0}"></rect>${'plain text'}`.value).toBe(
      '<rect x="12.5" width="0"></rect>plain text',
    );
  });

  test('keeps nested html, joins arrays and drops empty values', () => {
    expect(html`<ul>${['a', 'b'].map((x) => html`<li>${x}</li>`)}${false}${undefined}</ul>`.value).toBe(
      '<ul><li>a</li><li>b</li></ul>',
    );
  });
});

describe('list rendering', () => {
  test('dates as <time> elements, ranges split', () => {
    expect(dateHtml(d('2024-11-05'), d('2024-11-06')).value).toBe(
      '<time datetime="2024-11-05">5</time>–<time datetime="2024-11-06">6 November 2024</time>',
    );
  });

  test('an event list escapes titles and summaries', () => {
    const out = eventListHtml('/', [
      { id: 'x', data: { title: '<b>T</b>', summary: 'S & "Q"', date: d('2025-03') } },
    ]).value;
    expect(out).toBe(
      '<li><span class="when"><time datetime="2025-03">March 2025</time></span> <a href="/events/x/">&lt;b&gt;T&lt;/b&gt;</a> <p>S &amp; &quot;Q&quot;</p></li>',
    );
  });

  const book = {
    id: 's',
    title: 'Book & Co',
    descriptive: false,
    kind: 'book',
    short: { text: 'Book & Co', italic: true },
  } as const;
  const article = {
    id: 'd',
    title: 'Headline',
    descriptive: false,
    kind: 'article',
    short: { text: 'The Daily Beast, 8 July 2025', italic: false },
  } as const;

  test('a quotation escapes its words, names and notes, and folds the note', () => {
    const out = quoteHtml('/', {
      id: 'quote-a',
      text: '</blockquote><script>x</script>',
      speakers: [{ id: 'a', name: '<Ann>' }],
      source: { source: book },
      attribution: 'reported',
      attributionLabel: 'reportedly',
      note: '<i>n</i>',
      weak: false,
    }).value;
    expect(out).not.toContain('<script>');
    expect(out).toContain('&lt;/blockquote&gt;&lt;script&gt;x&lt;/script&gt;');
    expect(out).toContain('<a href="/people/a/">&lt;Ann&gt;</a>');
    expect(out).toContain('<cite>Book &amp; Co</cite>');
    expect(out).toContain('reportedly');
    expect(out).toContain('<details class="quote-note"><summary>Note</summary>&lt;i&gt;n&lt;/i&gt;</details>');
  });

  test('a quotation read in another source names that source by outlet and date, with its mark', () => {
    const out = quoteHtml('/', {
      id: 'quote-hi',
      text: 'Hi',
      speakers: [],
      speakerDescription: 'An aide',
      source: { source: book, mark: { n: 6, id: 'cite-6-1' } },
      via: { source: article, mark: { n: 1, id: 'cite-1-4' } },
      attribution: 'reported',
      attributionLabel: 'reportedly',
      weak: true,
    }).value;
    expect(out).toContain('</sup><sup class="weak-support" title="Better source needed');
    expect(out).toContain(
      'as quoted in <a href="/sources/d/">The Daily Beast, 8 July 2025</a><sup class="cite" id="cite-1-4"><a href="#ref-1" aria-label="Source 1">\u2060[1]</a></sup>',
    );
    expect(out).toContain('<a href="/sources/s/"><cite>Book &amp; Co</cite></a><sup class="cite" id="cite-6-1">');
  });
});

describe('the lists pages repeat', () => {
  test('mentions: the entry that links here, and our sentence as an excerpt, not a quotation, escaped', () => {
    expect(
      mentionListHtml('/base/', 'events', [{ id: 'e', title: 'A & B', sentence: 'He said "<no>".', work: false }])
        .value,
    ).toBe(
      '<li><a href="/base/events/e/">A &amp; B</a> <span class="excerpt">He said &quot;&lt;no&gt;&quot;.</span></li>',
    );
    expect(mentionListHtml('/', 'sources', [{ id: 'p', title: '2024', sentence: '', work: true }]).value).toBe(
      '<li><a href="/sources/p/"><cite>2024</cite></a></li>',
    );
  });

  test('references: a way back to each mark, then title, publisher, date, locator and note', () => {
    const label = (id: string, title: string, descriptive = false) =>
      ({ id, title, descriptive, kind: 'article', short: { text: title, italic: false } }) as const;
    expect(
      referenceListHtml('/', [
        {
          n: 2,
          source: { ...label('s', '<T>'), publisher: 'Pub' },
          locator: 'p. 4',
          note: 'n & m',
          backlinks: ['cite-2-1'],
        },
        { n: 3, source: label('t', 'Report on U', true), backlinks: ['cite-3-1', 'cite-3-2'] },
      ]).value,
    ).toBe(
      '<li id="ref-2" value="2"><a class="backlink" href="#cite-2-1" aria-label="Back to where source 2 is cited">↑</a> ' +
        '<a href="/sources/s/"><cite>&lt;T&gt;</cite></a>, Pub, p. 4<span class="note">. n &amp; m</span></li>' +
        '<li id="ref-3" value="3"><span class="backlinks"><span aria-hidden="true">↑</span>' +
        '<span class="visually-hidden">Back to where source 3 is cited:</span> ' +
        '<a href="#cite-3-1" aria-label="citation 1">a</a> <a href="#cite-3-2" aria-label="citation 2">b</a> </span>' +
        '<a href="/sources/t/">Report on U</a></li>',
    );
  });

  test('further reading: no number and no way back (no mark cites it), with what it supports unless the note says it', () => {
    const label = (id: string, title: string) =>
      ({ id, title, descriptive: false, kind: 'article', short: { text: title, italic: false } }) as const;
    expect(
      furtherReadingHtml('/', [
        { source: label('u', 'V'), supports: 'What it backs' },
        { source: label('w', 'W'), note: 'Same', supports: 'Same' },
      ]).value,
    ).toBe(
      '<li><a href="/sources/u/"><cite>V</cite></a><span class="supports">. What it backs</span></li>' +
        '<li><a href="/sources/w/"><cite>W</cite></a><span class="note">. Same</span></li>',
    );
  });

  test('roles: the en dash closed up between years and spaced between dates of several words', () => {
    expect(
      roleListHtml([
        { title: 'President', from: d('2021-01-20'), to: d('2025-01-20'), marks: [] },
        { title: 'Senator', from: d('2021'), to: d('2025'), marks: [] },
        { title: 'Editor', from: d('2021'), marks: [] },
        { title: 'Aide', to: d('2021'), marks: [] },
      ]).value,
    ).toBe(
      '<li>President<span class="role-dates"> (<time datetime="2021-01-20">20 January 2021</time> – <time datetime="2025-01-20">20 January 2025</time>)</span></li>' +
        '<li>Senator<span class="role-dates"> (<time datetime="2021">2021</time>–<time datetime="2025">2025</time>)</span></li>' +
        '<li>Editor<span class="role-dates"> (from <time datetime="2021">2021</time>)</span></li>' +
        '<li>Aide<span class="role-dates"> (until <time datetime="2021">2021</time>)</span></li>',
    );
  });

  test('participants: office and age in brackets only when known, then their part', () => {
    expect(
      participantListHtml('/', [
        { id: 'a', name: 'Ann', role: 'host', office: 'President', age: '78' },
        { id: 'b', name: 'Bo <b>', role: 'guest' },
      ]).value,
    ).toBe(
      '<li><a href="/people/a/">Ann</a> <span class="participant-office">(President, age 78)</span><span class="role">: host</span></li>' +
        '<li><a href="/people/b/">Bo &lt;b&gt;</a><span class="role">: guest</span></li>',
    );
  });

  test('a source page: the events it supports and the sentences cited to it', () => {
    expect(
      supportedEventsHtml('/', [
        { id: 'e', title: 'E', locator: 'ch. 2' },
        { id: 'f', title: 'F' },
      ]).value,
    ).toBe('<li><a href="/events/e/">E</a>, ch. 2</li><li><a href="/events/f/">F</a></li>');
    expect(
      claimListHtml('/', [
        { collection: 'events', id: 'e', title: 'E', work: false, sentence: 'It <rained>.', locator: 'p. 1' },
        { collection: 'sources', id: 'b', title: '2024', work: true, sentence: 'A review.' },
      ]).value,
    ).toBe(
      '<li><a href="/events/e/">E</a>, p. 1 <span class="excerpt">It &lt;rained&gt;.</span></li>' +
        '<li><a href="/sources/b/"><cite>2024</cite></a> <span class="excerpt">A review.</span></li>',
    );
  });
});
