/**
 * Layout on every page of the sitemap (and the 404 page), one test per URL so each has
 * its own time limit and its own failure: nothing wider than a 320 px screen, and no
 * two headings with the same text. Plus the header at 320 px and the 404 page's help.
 */
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { useBuiltSite } from '../support/browser.ts';
import { sitemapPaths } from '../support/dist.ts';

const site = useBuiltSite();
const paths = [...sitemapPaths(inject('siteDir')), '/404.html'];

describe('at 320 px', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await site.browser.newContext({ viewport: { width: 320, height: 640 } });
  });
  afterAll(async () => {
    await context.close();
  });

  test.each(paths)('%s: nothing overflows sideways; headings are unique', async (url) => {
    const page = await context.newPage();
    await page.goto(`${site.origin}${url}`, { waitUntil: 'load' });
    const found = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      // The elements that stick out, named so a failure says where to look. Content
      // inside a scroller of its own (a wide table, say) does not widen the page.
      const scrolls = (el: Element | null): boolean => {
        for (let p = el?.parentElement; p; p = p.parentElement) {
          const o = getComputedStyle(p).overflowX;
          if (o === 'auto' || o === 'scroll' || o === 'hidden') return true;
        }
        return false;
      };
      const wide = [...document.body.querySelectorAll('*')]
        .filter((el) => el.getBoundingClientRect().right > width + 0.5 && !scrolls(el))
        .map(
          (el) =>
            `<${el.tagName.toLowerCase()}${el.className ? ` class="${String(el.className)}"` : ''}> "${(el.textContent ?? '').trim().slice(0, 40)}"`,
        );
      const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) =>
        (h.textContent ?? '').replace(/\s+/g, ' ').trim(),
      );
      return { scrollWidth: document.documentElement.scrollWidth, width, wide: wide.slice(0, 5), headings };
    });
    await page.close();
    expect(found.wide, `elements wider than the screen on ${url}`).toEqual([]);
    expect(found.scrollWidth, `page width on ${url}`).toBeLessThanOrEqual(found.width);
    const repeated = found.headings.filter((h, i) => found.headings.indexOf(h) !== i);
    expect(repeated, `headings repeated on ${url}`).toEqual([]);
  });

  test('the header keeps the theme button beside the search control', async () => {
    const page = await context.newPage();
    await page.goto(`${site.origin}/events/harris-concession-call/`);
    const theme = await page.getByRole('button', { name: /^Theme: / }).boundingBox();
    const search = await page.locator('.site-header [data-search-open]').boundingBox();
    await page.close();
    expect(theme && search, 'both controls are shown').toBeTruthy();
    if (!theme || !search) return;
    // On one row: their vertical middles agree within a few pixels.
    expect(Math.abs(theme.y + theme.height / 2 - (search.y + search.height / 2))).toBeLessThan(4);
    expect(theme.x + theme.width).toBeLessThanOrEqual(320);
  });
});

describe('the 404 page', () => {
  test('offers a search box and the entries nearest a mistyped address', async () => {
    const page = await site.browser.newPage();
    const response = await page.goto(`${site.origin}/people/dnald-trump/`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('searchbox', { name: 'Search the record' }).inputValue()).resolves.toBe(
      'people dnald trump',
    );
    const suggestion = page
      .getByRole('region', { name: 'Perhaps you meant' })
      .getByRole('link', { name: 'Donald Trump' });
    await suggestion.waitFor();
    expect(await suggestion.getAttribute('href')).toBe('/people/donald-trump/');
    await page.close();
  });

  test('an address with a malformed escape still gets its query and suggestions', async () => {
    const page = await site.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${site.origin}/people/%E0%A4%A/dnald-trump/`);
    await expect(page.getByRole('searchbox', { name: 'Search the record' }).inputValue()).resolves.toBe(
      'people %E0%A4%A dnald trump',
    );
    await page.getByRole('region', { name: 'Perhaps you meant' }).getByRole('link', { name: 'Donald Trump' }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  test.each([
    ['/people/trump/', 'Donald Trump'],
    ['/events/harris-concesion-call/', 'Harris phones Trump to concede the 2024 election'],
  ])('%s suggests %s, above the list of places to start', async (address, title) => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}${address}`);
    const nearest = page.getByRole('region', { name: 'Perhaps you meant' });
    await nearest.getByRole('link', { name: title }).first().waitFor();
    const start = page.getByRole('region', { name: 'Or start from' });
    const [near, rest] = [await nearest.boundingBox(), await start.boundingBox()];
    expect(near && rest && near.y + near.height <= rest.y, 'suggestions above the list').toBe(true);
    await page.close();
  });

  test.each([
    [320, '/people/trump/'],
    [320, '/no-such-page-at-all/'],
    [1280, '/people/trump/'],
    [1280, '/no-such-page-at-all/'],
  ])('filling in the suggestions shifts nothing at %i px (%s)', async (width, address) => {
    const page = await site.browser.newPage({ viewport: { width, height: 800 } });
    await page.addInitScript(() => {
      const w = window as unknown as { shifts: string[] };
      w.shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; sources: { node?: Node }[] }[])
          w.shifts.push(`${entry.value} ${entry.sources.map((s) => s.node?.nodeName).join(' ')}`);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${site.origin}${address}`);
    await page.getByRole('region', { name: 'Or start from' }).waitFor();
    await page.waitForFunction(() => !document.querySelector('[data-pending]'));
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
    expect(await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts)).toEqual([]);
    await page.close();
  });

  test('without JavaScript the list of places to start shows', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/people/trump/`);
    expect(await page.getByRole('region', { name: 'Or start from' }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'All people' }).isVisible()).toBe(true);
    await context.close();
  });

  test('the search box is a plain form to the search page, which works without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/no-such-page/`);
    await page.getByRole('searchbox', { name: 'Search the record' }).fill('concession');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/\/search\/\?q=concession$/);
    await context.close();
  });
});
