import { date as d } from '../support/dates.ts';
import { describe, expect, test } from 'vitest';
import { escapeHtml, html } from '../../src/lib/html.ts';
import { dateHtml, eventListHtml, quoteHtml } from '../../src/lib/render-lists.ts';


describe('html', () => {
  test('escapes every interpolated string', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(html`<p title="${'"><script>'}">${'</p><script>alert(1)</script>'}</p>`.value).toBe(
      '<p title="&quot;&gt;&lt;script&gt;">&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;</p>',
    );
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
