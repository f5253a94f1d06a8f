/**
 * The frame every page shares, measured on one page of each type at the widths readers
 * use: the header keeps its links on one line (one row with the wordmark and tools from
 * 768 px, a second row of their own below it) and the wordmark to two lines at most; the
 * text column starts at one left edge on every page type; the contents list's items sit
 * on one line when it is a row.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBuiltSite } from '../support/browser.ts';

const site = useBuiltSite();

/** One page of each type. */
const PAGES = [
  '/',
  '/events/',
  '/events/harris-concession-call/',
  '/people/',
  '/people/donald-trump/',
  '/people/sheila-nix/',
  '/sources/',
  '/sources/book-2024/',
  '/timeline/',
  '/timeline/2024/',
  '/search/',
  '/people/dnald-trump/',
  '/data/',
  '/events/harris-concession-call/history/',
  '/changes/',
  '/corrections/',
  '/about/',
  '/tags/',
  '/tags/concession/',
];
const WIDTHS = [320, 375, 768, 1024, 1280];
/** From this width the header is one row (global.css: 48rem). */
const ONE_ROW = 768;

interface Rect {
  top: number;
  bottom: number;
  left: number;
  right: number;
  height: number;
}

interface Header {
  header: Rect;
  wordmark: Rect;
  wordmarkLines: number;
  tools: Rect;
  links: Rect[];
}

// Runs in the page.
function measureHeader(): Header {
  const rect = (el: Element | null): Rect => {
    if (!el) throw new Error('a part of the header is missing');
    const { top, bottom, left, right, height } = el.getBoundingClientRect();
    return { top, bottom, left, right, height };
  };
  const name = document.querySelector('.wordmark span');
  const range = document.createRange();
  if (name) range.selectNodeContents(name);
  const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
  return {
    header: rect(document.querySelector('.site-header')),
    wordmark: rect(document.querySelector('.wordmark')),
    wordmarkLines: lines.size,
    tools: rect(document.querySelector('.site-header .tools')),
    links: [...document.querySelectorAll('.site-nav a')].map(rect),
  };
}

async function open(width: number, url: string): Promise<Page> {
  const page = await site.browser.newPage({ viewport: { width, height: 900 } });
  const response = await page.goto(`${site.origin}${url}`, { waitUntil: 'load' });
  // The mistyped address is the 404 page, on purpose.
  if (!url.includes('dnald')) expect(response?.status(), url).toBe(200);
  return page;
}

describe.each(WIDTHS)('at %i px', (width) => {
  test.each(PAGES)('%s: the header keeps its links on one line', async (url) => {
    const page = await open(width, url);
    const h = await page.evaluate(measureHeader);
    await page.close();
    const tops = h.links.map((l) => Math.round(l.top));
    expect(new Set(tops).size, `the navigation's links on one line (tops ${tops.join(', ')})`).toBe(1);
    expect(h.wordmarkLines, 'the wordmark takes at most two lines').toBeLessThanOrEqual(2);
    const nav = h.links[0];
    if (!nav) throw new Error('no navigation links');
    const middle = (r: Rect) => r.top + r.height / 2;
    if (width >= ONE_ROW) {
      // One row: the links and the tools beside the wordmark, their middles level with it.
      expect(Math.abs(middle(nav) - middle(h.wordmark)), 'links level with the wordmark').toBeLessThan(4);
      expect(Math.abs(middle(h.tools) - middle(h.wordmark)), 'tools level with the wordmark').toBeLessThan(4);
      expect(h.header.height, 'a one-row header').toBeLessThanOrEqual(64);
    } else {
      // Two rows: the wordmark and tools, then the links below both.
      expect(nav.top, 'links below the wordmark').toBeGreaterThanOrEqual(h.wordmark.bottom);
      expect(nav.top, 'links below the tools').toBeGreaterThanOrEqual(h.tools.bottom);
      expect(h.header.height, 'a two-row header').toBeLessThanOrEqual(100);
    }
  });
});

describe.each([1024, 1280])('at %i px', (width) => {
  test('the text column starts at one left edge on every page type', async () => {
    const edges: Record<string, number> = {};
    const page = await site.browser.newPage({ viewport: { width, height: 900 } });
    for (const url of PAGES) {
      await page.goto(`${site.origin}${url}`, { waitUntil: 'load' });
      edges[url] = Math.round((await page.locator('main h1').first().boundingBox())?.x ?? -1);
    }
    await page.close();
    const first = edges[PAGES[0] ?? ''];
    expect(first).toBeGreaterThan(0);
    expect(edges).toEqual(Object.fromEntries(PAGES.map((url) => [url, first])));
  });
});

describe.each([375, 768])('at %i px, where the contents list is a row', (width) => {
  test.each(['/events/harris-concession-call/', '/people/donald-trump/', '/sources/book-2024/'])(
    '%s: the items of a line of the contents list sit level',
    async (url) => {
      const page = await open(width, url);
      const tops = await page.evaluate(() =>
        [...document.querySelectorAll('.on-this-page li')].map((li) => li.getBoundingClientRect().top),
      );
      await page.close();
      expect(tops.length).toBeGreaterThan(2);
      // Items on one line share a top; the next line starts a whole line lower, never a few px.
      const offLine = tops.filter((top, i) => {
        const step = Math.abs(top - (tops[i - 1] ?? top));
        return step > 0.5 && step < 16;
      });
      expect(offLine, `items a few px off their line (tops ${tops.map(Math.round).join(', ')})`).toEqual([]);
    },
  );
});
