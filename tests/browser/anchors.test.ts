/**
 * Links to a part of a page: each quotation and account offers a link to itself, named
 * for screen readers; arriving at its id (or at a cited sentence's) marks it, without
 * JavaScript; a source page's claims land on their sentences.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { useBuiltSite } from '../support/browser.ts';

const site = useBuiltSite();
const TIMEOUT = 60_000;
const CALL = '/events/harris-concession-call/';

async function open(url: string): Promise<Page> {
  // Without JavaScript: the marks are CSS (:target) alone.
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${site.origin}${url}`);
  return page;
}

const marked = (page: Page, selector: string) =>
  page.$eval(
    selector,
    (el) => getComputedStyle(el).backgroundColor !== getComputedStyle(document.body).backgroundColor,
  );

test(
  'every quotation and account links to itself by its id, with a name that says what it links to',
  { timeout: TIMEOUT },
  async () => {
    const page = await open(CALL);
    const quotes = await page.$$eval('figure.quote', (fs) => fs.map((f) => f.id));
    const quoteLinks = page.getByRole('link', { name: 'Link to this quotation', exact: true });
    expect(quotes.length).toBeGreaterThan(5);
    expect(await quoteLinks.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
      quotes.map((id) => `#${id}`),
    );
    const accounts = await page.$$eval('.account h3', (hs) => hs.map((h) => h.id));
    const accountLinks = page.getByRole('link', { name: 'Link to this account', exact: true });
    expect(await accountLinks.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
      accounts.map((id) => `#${id}`),
    );
    await page.context().close();
  },
);

test(
  'arriving at a quotation, an account or a cited sentence marks it, without JavaScript',
  { timeout: TIMEOUT },
  async () => {
    const page = await open(CALL);
    const quote = await page.$eval('figure.quote:nth-of-type(3)', (f) => f.id);
    const account = await page.$eval('.account h3', (h) => h.id);
    const claim = await page.$eval('.prose .claim', (c) => c.id);
    expect(await marked(page, `[id="${quote}"]`)).toBe(false);
    await page.goto(`${site.origin}${CALL}#${quote}`);
    expect(await marked(page, `[id="${quote}"]`)).toBe(true);
    await page.goto(`${site.origin}${CALL}#${account}`);
    expect(await marked(page, `[id="${account}"]`)).toBe(true);
    await page.goto(`${site.origin}${CALL}#${claim}`);
    expect(await page.$eval(`[id="${claim}"]`, (c) => c.closest('p') !== null)).toBe(true);
    expect(await marked(page, `p:has([id="${claim}"])`)).toBe(true);
    await page.context().close();
  },
);

test('a source page links each claim to its sentence on the entry page', { timeout: TIMEOUT }, async () => {
  const page = await open('/sources/daily-beast-2025-07-08/');
  const link = page.locator('#supports-claims ~ * .excerpt a, section:has(> #supports-claims) .excerpt a').first();
  const href = (await link.getAttribute('href')) ?? '';
  expect(href).toMatch(/^\/events\/[a-z0-9-]+\/#claim-[a-z0-9-]+$/);
  const sentence = ((await link.textContent()) ?? '').trim();
  await link.click();
  const id = href.slice(href.indexOf('#') + 1);
  // The anchor sits at the start of the sentence the excerpt quotes.
  const text = await page.$eval(`[id="${id}"]`, (anchor) => {
    const range = document.createRange();
    range.setStartAfter(anchor);
    range.setEndAfter(anchor.parentElement?.lastChild ?? anchor);
    return range.toString().replace(/\s+/g, ' ');
  });
  expect(text.startsWith(sentence.replace(/\s+/g, ' ').slice(0, 30))).toBe(true);
  await page.context().close();
});
