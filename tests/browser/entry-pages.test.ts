/**
 * Entry pages as a reader meets them in Chromium: headings that are unique on each page,
 * citations with a way back from every reference, never alone on a line on a narrow
 * screen, and event participants whose name, office and age hold together on one line.
 */
import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { useBuiltSite } from '../support/browser.ts';
import { entryPages, urlOf } from '../support/dist.ts';

const site = useBuiltSite();
const pages = entryPages(inject('siteDir')).map(urlOf);
const eventPages = pages.filter((p) => p.startsWith('/events/'));
const TIMEOUT = 60_000;

async function open(url: string, width: number): Promise<Page> {
  const page = await site.browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(`${site.origin}${url}`);
  return page;
}

test('the built site has entry pages of every kind to check', () => {
  expect(
    pages.some((p) => p.startsWith('/events/')) &&
      pages.some((p) => p.startsWith('/people/')) &&
      pages.some((p) => p.startsWith('/sources/')),
  ).toBe(true);
});

test.each(pages)('%s: every heading is unique on the page', { timeout: TIMEOUT }, async (url) => {
  const page = await open(url, 1280);
  // Counts in brackets ("Events (3)") do not make two headings different.
  const headings = await page.$$eval('h1, h2, h3, h4', (hs) =>
    hs.map((h) =>
      (h.textContent ?? '')
        .replace(/\(\d+\)/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    ),
  );
  await page.close();
  expect(headings.filter((h, i) => headings.indexOf(h) !== i)).toEqual([]);
});

test.each(pages)('%s: every citation leads to a reference that leads back to it', { timeout: TIMEOUT }, async (url) => {
  const page = await open(url, 1280);
  const problems = await page.$$eval('sup.cite', (marks) =>
    marks.flatMap((mark) => {
      const target = mark.querySelector('a')?.getAttribute('href') ?? '';
      const reference = target.startsWith('#') ? document.getElementById(target.slice(1)) : null;
      if (!mark.id) return [`a mark to ${target} has no id`];
      if (!reference) return [`mark ${mark.id} points to ${target}, which is not on the page`];
      if (!reference.querySelector(`a[href="#${mark.id}"]`)) return [`${target} has no link back to ${mark.id}`];
      return [];
    }),
  );
  // And every link back reaches a mark.
  const dangling = await page.$$eval('.references .backlink, .references .backlinks a', (links) =>
    links.map((a) => a.getAttribute('href') ?? '').filter((href) => !document.getElementById(href.slice(1))),
  );
  await page.close();
  expect(problems).toEqual([]);
  expect(dangling).toEqual([]);
});

test.each(pages)('%s: at 320 px no citation starts a line alone', { timeout: TIMEOUT }, async (url) => {
  const page = await open(url, 320);
  const orphans = await page.$$eval('sup.cite', (marks) =>
    marks.flatMap((mark) => {
      // The last character of text before the mark, outside other marks.
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      walker.currentNode = mark;
      let node = walker.previousNode();
      while (node && (!/\S/.test(node.textContent ?? '') || node.parentElement?.closest('sup.cite')))
        node = walker.previousNode();
      if (!node) return [];
      const text = node.textContent ?? '';
      const end = text.trimEnd().length;
      const range = document.createRange();
      range.setStart(node, end - 1);
      range.setEnd(node, end);
      const before = range.getBoundingClientRect();
      const own = mark.getBoundingClientRect();
      // Same line: the mark overlaps the character's line box vertically and follows it.
      const sameLine = own.top < before.bottom && own.bottom > before.top && own.left >= before.left;
      return sameLine ? [] : [`${mark.id}: "${text.trim().slice(-20)}" ends one line, the mark starts the next`];
    }),
  );
  await page.close();
  expect(orphans).toEqual([]);
});

test.each(eventPages)(
  '%s: at 1280 px each participant’s name, office and age, and the start of their part, share one line',
  { timeout: TIMEOUT },
  async (url) => {
    const page = await open(url, 1280);
    const broken = await page.$$eval('.participants li', (items) =>
      items.flatMap((li) => {
        const parts = [
          li.querySelector('a'),
          li.querySelector('.participant-office'),
          li.querySelector('.role'),
        ].filter((el) => el !== null);
        const first = parts.map((el) => el.getClientRects()[0]);
        const top = first[0]?.top ?? 0;
        // The name and the office with age each stay whole; the part may wrap after its start.
        const lines = parts.filter((el) => !el.matches('.role')).map((el) => el.getClientRects().length);
        return first.every((r) => r !== undefined && Math.abs(r.top - top) < 2) && lines.every((n) => n === 1)
          ? []
          : [li.textContent ?? ''];
      }),
    );
    await page.close();
    expect(broken).toEqual([]);
  },
);

test(
  'a reference is marked when a reader arrives at it, and a citation mark when they come back',
  { timeout: TIMEOUT },
  async () => {
    const page = await open('/events/harris-concession-call/#ref-1', 1280);
    const marked = (selector: string) =>
      page.$eval(
        selector,
        (el) => getComputedStyle(el).backgroundColor !== getComputedStyle(document.body).backgroundColor,
      );
    expect(await marked('#ref-1')).toBe(true);
    await page.click('#ref-1 .backlinks a >> nth=0');
    expect(page.url()).toMatch(/#cite-1-1$/);
    expect(await marked('#cite-1-1')).toBe(true);
    await page.close();
  },
);

test(
  'with JavaScript, a citation shows its reference on hover and on focus, from the site itself',
  { timeout: TIMEOUT },
  async () => {
    const page = await open('/events/harris-concession-call/', 1280);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.hover('#cite-1-1 a');
    const preview = page.locator('#cite-preview');
    await preview.waitFor();
    expect(await preview.textContent()).toContain('The Daily Beast');
    expect(await page.getAttribute('#cite-1-1 a', 'aria-describedby')).toBe('cite-preview');
    await page.mouse.move(0, 0);
    await preview.waitFor({ state: 'detached' });
    await page.focus('#cite-2-1 a');
    await preview.waitFor();
    expect(await preview.textContent()).toContain('Epoch Times');
    expect(requests.filter((r) => new URL(r).origin !== site.origin)).toEqual([]);
    await page.close();
  },
);
