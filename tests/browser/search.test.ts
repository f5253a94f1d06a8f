/**
 * Search in a real browser, against the built site: ranking, filters that combine,
 * keyboard use, shareable links, the no-JavaScript fallback, and that nothing of
 * Pagefind loads before search is opened.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBuiltSite } from '../support/browser.ts';
import { loadRecord } from '../../src/lib/record.ts';

const site = useBuiltSite();

async function newPage(): Promise<Page> {
  const page = await site.browser.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  return page;
}

/** Types a query into the open search and waits for its results to render. */
async function searchFor(page: Page, query: string): Promise<string[]> {
  const input = page.getByRole('searchbox', { name: 'Search the record' });
  await input.fill(query);
  await page.getByRole('status').filter({ hasText: `for “${query}”` }).waitFor();
  return page.locator('.search-result-link').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe('ranking', () => {
  test.each([
    ['Kamala Harris', '/people/kamala-harris/'],
    ['Joe Biden', '/people/joe-biden/'],
    ['Uncharted', '/sources/uncharted/'],
    ['Whipple', '/people/chris-whipple/'],
    ['Emhoff', '/people/doug-emhoff/'],
    ['Melania', '/people/melania-trump/'],
    ['Sheila Nix', '/people/sheila-nix/'],
    ['Andrew Johnson', '/people/andrew-johnson/'],
    ['tough cookie', '/events/harris-concession-call/'],
    ['phone service', '/events/harris-concession-call/'],
    ['dumb as a rock', '/events/trump-attacks-harris-intelligence/'],
    ['very negative', '/events/pager-calls-biden/'],
    ['golfing', '/events/biden-calls-trump/'],
  ])('“%s” ranks %s first', async (query, expected) => {
    const page = await newPage();
    await page.goto(`${site.origin}/search/`);
    const results = await searchFor(page, query);
    expect(results[0]).toBe(expected);
    await page.close();
  });
});

test('filters combine: kind and person together give exactly the events that person took part in', async () => {
  const { record } = await loadRecord({
    root: path.resolve(import.meta.dirname, '../..'),
    referenceDate: { precision: 'day', year: 2026, month: 11, day: 28, approximate: false },
  });
  const expected = [...record.events.values()]
    .filter((e) => e.data.participants.some((p) => p.person === 'joe-biden'))
    .map((e) => `/events/${e.id}/`)
    .sort();
  const page = await newPage();
  await page.goto(`${site.origin}/search/?kind=event&person=Joe+Biden`);
  await page.getByRole('status').filter({ hasText: /\d+ results?\./ }).waitFor();
  const found = await page.locator('.search-result-link').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(found.sort()).toEqual(expected);
  // Counts are shown per value, and the boxes reflect the URL.
  await expect.poll(() => page.getByRole('checkbox', { name: /Joe Biden/ }).isChecked()).toBe(true);
  expect(await page.locator('.filter-kind label', { hasText: 'Events' }).textContent()).toMatch(new RegExp(`\\(${expected.length}\\)`));
  await page.close();
});

test('keyboard: open with Ctrl+K, arrows through results, Enter opens one with the terms highlighted, Escape returns focus', async () => {
  const page = await newPage();
  await page.goto(`${site.origin}/events/harris-concession-call/`);
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await dialog.waitFor();
  expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
  await page.keyboard.type('Whipple');
  await page.getByRole('status').filter({ hasText: 'for “Whipple”' }).waitFor();
  await page.keyboard.press('ArrowDown');
  const first = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
  await page.keyboard.press('ArrowDown');
  const second = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
  expect(second).not.toBe(first);
  await page.keyboard.press('ArrowUp');
  expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href)).toBe(first);
  // Escape closes the dialog and gives focus back to the control that opened it.
  await page.keyboard.press('Escape');
  await expect.poll(() => dialog.isVisible()).toBe(false);
  expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-search-open'))).toBe(true);
  // Open with "/", and follow the first result with Enter.
  await page.keyboard.press('/');
  await page.getByRole('status').filter({ hasText: 'for “Whipple”' }).waitFor();
  await page.keyboard.press('ArrowDown');
  await Promise.all([page.waitForURL(/\/people\/chris-whipple\/\?highlight=whipple/), page.keyboard.press('Enter')]);
  await page.locator('[data-pagefind-body] mark.pagefind-highlight').first().waitFor();
  await page.close();
});

test('a ?q= link opens the search page with its results', async () => {
  const page = await newPage();
  await page.goto(`${site.origin}/search/?q=Uncharted`);
  expect(await page.getByRole('searchbox', { name: 'Search the record' }).inputValue()).toBe('Uncharted');
  await page.getByRole('status').filter({ hasText: /\d+ results? for “Uncharted”/ }).waitFor();
  expect(await page.locator('.search-result-title').first().textContent()).toBe('Uncharted');
  await page.close();
});

test('the page URL follows the search, so it can be shared', async () => {
  const page = await newPage();
  await page.goto(`${site.origin}/search/`);
  await searchFor(page, 'Emhoff');
  await page.getByText('Filters', { exact: true }).click();
  await page.getByRole('checkbox', { name: /^People/ }).check();
  await expect.poll(() => new URL(page.url()).search).toBe('?q=Emhoff&kind=person');
  await page.close();
});

test('without JavaScript the header control is a link to /search/, which points to the indexes', async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${site.origin}/people/kamala-harris/`);
  await page.getByRole('link', { name: /^Search/ }).click();
  await page.waitForURL(`${site.origin}/search/`);
  for (const name of ['all events by date', 'all people from A to Z', 'all sources']) {
    expect(await page.getByRole('link', { name, exact: true }).count()).toBe(1);
  }
  await context.close();
});

test('a content page requests nothing of Pagefind until search is opened', async () => {
  const page = await newPage();
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(`${site.origin}/events/harris-concession-call/`, { waitUntil: 'networkidle' });
  expect(requested.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
  await page.getByRole('link', { name: /^Search/ }).click();
  await page.getByRole('dialog', { name: 'Search' }).waitFor();
  await expect.poll(() => requested.includes('/pagefind/pagefind.js')).toBe(true);
  await page.close();
});
