import { date as d } from '../support/dates.ts';
import { describe, expect, test } from 'vitest';
import { escapeHtml, html } from '../../src/lib/html.ts';
import { claimListHtml, dateHtml, eventListHtml, mentionListHtml, participantListHtml, quoteHtml, referenceListHtml, relatedListHtml, supportedEventsHtml } from '../../src/lib/render-lists.ts';


describe('html', () => {
  test('escapes every interpolated string', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(html`<p title="${'"><script>'}">${'</p><script>alert(1)</script>'}</p>`.value).toBe(
      '<p title="&quot;&gt;&lt;script&gt;">&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;</p>',
    );
  });

  test('writes numbers as they are and leaves text without special characters untouched', () => {
    expect(html`<rect x="${12.5}" width="${0}"></rect>${'plain text'}`.value).toBe('<rect x="12.5" width="0"></rect>plain text');
  });

  test('keeps nested html, joins arrays and drops empty values', () => {
    expect(html`<ul>${['a', 'b'].map((x) => html`<li>${x}</li>`)}${false}${undefined}</ul>`.value).toBe('<ul><li>a</li><li>b</li></ul>');
  });
});

describe('list rendering', () => {
  test('dates as <time> elements, ranges split', () => {
    expect(dateHtml(d('2024-11-05'), d('2024-11-06')).value).toBe('<time datetime="2024-11-05">5</time>–<time datetime="2024-11-06">6 November 2024</time>');
  });

  test('an event list escapes titles and summaries', () => {
    const out = eventListHtml('/', [{ id: 'x', data: { title: '<b>T</b>', summary: 'S & "Q"', date: d('2025-03') } }]).value;
    expect(out).toBe('<li><span class="when"><time datetime="2025-03">March 2025</time></span> <a href="/events/x/">&lt;b&gt;T&lt;/b&gt;</a> <p>S &amp; &quot;Q&quot;</p></li>');
  });

  test('a quotation escapes its words, names and notes', () => {
    const out = quoteHtml(
      { text: '</blockquote><script>x</script>', speakers: ['a'], about: [], source: 's', attribution: 'reported', note: '<i>n</i>' },
      { base: '/', personName: () => '<Ann>', sourceTitle: () => 'Book & Co' },
    ).value;
    expect(out).not.toContain('<script>');
    expect(out).toContain('&lt;/blockquote&gt;&lt;script&gt;x&lt;/script&gt;');
    expect(out).toContain('<a href="/people/a/">&lt;Ann&gt;</a>');
    expect(out).toContain('<cite>Book &amp; Co</cite>');
    expect(out).toContain('reportedly');
  });
});

describe('the lists pages repeat', () => {
  test('mentions: the entry that links here, and the sentence, escaped', () => {
    expect(mentionListHtml('/base/', [{ collection: 'events', id: 'e', title: 'A & B', sentence: 'He said "<no>".' }]).value).toBe(
      '<li><a href="/base/events/e/">A &amp; B</a> <q>He said &quot;&lt;no&gt;&quot;.</q></li>',
    );
    expect(mentionListHtml('/', [{ collection: 'people', id: 'p', title: 'P', sentence: '' }]).value).toBe('<li><a href="/people/p/">P</a></li>');
  });

  test('references: numbered, with publisher, locator and note when given', () => {
    expect(referenceListHtml('/', [{ n: 2, source: 's', title: '<T>', publisher: 'Pub', locator: 'p. 4', note: 'n & m' }, { n: 3, source: 't', title: 'U' }]).value).toBe(
      '<li id="ref-2" value="2"><a href="/sources/s/"><cite>&lt;T&gt;</cite></a>, Pub, p. 4<span class="note"> (n &amp; m)</span></li>' +
        '<li id="ref-3" value="3"><a href="/sources/t/"><cite>U</cite></a></li>',
    );
  });

  test('participants: office and age in brackets only when known, then their part', () => {
    expect(
      participantListHtml('/', [
        { id: 'a', name: 'Ann', role: 'host', office: 'President', age: '78' },
        { id: 'b', name: 'Bo <b>', role: 'guest' },
      ]).value,
    ).toBe(
      '<li><a href="/people/a/">Ann</a> <span class="facts">(President, age 78)</span><span class="role">: host</span></li>' +
        '<li><a href="/people/b/">Bo &lt;b&gt;</a><span class="role">: guest</span></li>',
    );
  });

  test('related people: shared events counted, singular and plural', () => {
    expect(relatedListHtml('/', [{ person: 'a', name: 'Ann', events: [1] }, { person: 'b', name: 'Bo', events: [1, 2] }]).value).toBe(
      '<li><a href="/people/a/">Ann</a>: 1 shared event</li><li><a href="/people/b/">Bo</a>: 2 shared events</li>',
    );
  });

  test('a source page: the events it supports and the sentences cited to it', () => {
    expect(supportedEventsHtml('/', [{ id: 'e', title: 'E', locator: 'ch. 2' }, { id: 'f', title: 'F' }]).value).toBe(
      '<li><a href="/events/e/">E</a>, ch. 2</li><li><a href="/events/f/">F</a></li>',
    );
    expect(claimListHtml('/', [{ collection: 'events', id: 'e', title: 'E', sentence: 'It <rained>.', locator: 'p. 1' }]).value).toBe(
      '<li><q>It &lt;rained&gt;.</q> in <a href="/events/e/">E</a>, p. 1</li>',
    );
  });
});
