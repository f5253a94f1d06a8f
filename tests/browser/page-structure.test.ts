/**
 * The order and the lists of entry pages as a reader sees them: no page shows two copies
 * of one list (at 375 and 1280 px, every page of the sitemap); a timeline figure appears
 * only where it shows more than its list, and only as a chart; an event page tells what
 * happened before the accounts of it; a person page puts the biography under its own
 * heading before the roles, whose marks lead to their sources.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { useBuiltSite } from '../support/browser.ts';
import { sitemapPaths } from '../support/dist.ts';

const site = useBuiltSite();
const paths = [...sitemapPaths(inject('siteDir')), '/404.html'];

interface ShownList {
  where: string;
  hrefs: string[];
}

// Runs in the page: every list on screen (not in a closed fold, not hidden, not a part
// of another list's item), with the first link of each item, keyed by the section it
// stands in. A timeline drawn as a chart (its axis shown) is a figure, not a list; drawn
// as rows it is a list.
function shownLists(): ShownList[] {
  const shown = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const sections = [...document.querySelectorAll('main section')];
  const lists: ShownList[] = [];
  for (const list of document.querySelectorAll('main ul, main ol')) {
    if (!shown(list) || list.closest('details:not([open]) > :not(summary)') || list.parentElement?.closest('li'))
      continue;
    const figure = list.closest('figure.timeline');
    const axis = figure?.querySelector('.tl-axis-row');
    if (axis && shown(axis)) continue;
    const hrefs = [...list.children].flatMap((li) => {
      const a = li.querySelector('a[href]');
      return a ? [a.getAttribute('href') ?? ''] : [];
    });
    if (hrefs.length === 0) continue;
    const section = list.closest('section, main');
    const heading = section?.querySelector('h2, h3, h1')?.textContent?.trim() ?? '';
    lists.push({ where: `${section ? sections.indexOf(section) : -1} ${heading}`, hrefs });
  }
  return lists;
}

describe.each([375, 1280])('at %i px', (width) => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await site.browser.newContext({ viewport: { width, height: 900 } });
  });
  afterAll(async () => {
    await context.close();
  });

  test.each(paths)('%s: no section shows one list twice', async (url) => {
    const page = await context.newPage();
    await page.goto(`${site.origin}${url}`, { waitUntil: 'load' });
    const lists = await page.evaluate(shownLists);
    await page.close();
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const list of lists) {
      const key = `${list.where}\n${list.hrefs.join(' ')}`;
      if (seen.has(key)) twice.push(`under "${list.where}": ${list.hrefs.slice(0, 3).join(', ')}`);
      seen.set(key, list.where);
    }
    expect(twice).toEqual([]);
  });
});

/** The timeline figure's state on a page: absent, in the markup but not shown, or drawn as a chart. */
async function timelineState(page: Page): Promise<'none' | 'hidden' | 'chart' | 'list'> {
  return page.evaluate(() => {
    const figure = document.querySelector('figure.timeline');
    if (!figure) return 'none';
    const shown = (el: Element | null) => !!el && el.getClientRects().length > 0;
    if (!shown(figure.querySelector('.tl'))) return 'hidden';
    return shown(figure.querySelector('.tl-axis-row')) ? 'chart' : 'list';
  });
}

describe('timeline figures', () => {
  // Sheila Nix took part in one event; 1869 has one event; Harris's six are all in 2024.
  // Trump's and 2024's are three or more over more than one year (or month).
  test.each([
    ['/people/sheila-nix/', 'none'],
    ['/people/kamala-harris/', 'none'],
    ['/timeline/1869/', 'none'],
    ['/people/donald-trump/', 'figure'],
    ['/timeline/2024/', 'figure'],
  ])('%s: %s', async (url, expected) => {
    for (const width of [375, 1280]) {
      const page = await site.browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(`${site.origin}${url}`);
      const state = await timelineState(page);
      const listShown = await page.locator('main .event-list').first().isVisible();
      await page.close();
      expect(listShown, `the events list at ${width} px`).toBe(true);
      // Where there is a figure: a chart on a wide screen, left out where it would be a list.
      const want = expected === 'none' ? 'none' : width === 1280 ? 'chart' : 'hidden';
      expect(state, `the figure at ${width} px`).toBe(want);
    }
  });

  test('a caption never points to the list right below it', async () => {
    const page = await site.browser.newPage();
    for (const url of ['/people/donald-trump/', '/timeline/2024/']) {
      await page.goto(`${site.origin}${url}`);
      expect(await page.locator('figure.timeline figcaption a').count(), url).toBe(0);
    }
    await page.close();
  });
});

describe('event pages', () => {
  const events = paths.filter((p) => /^\/events\/[^/]+\/$/.test(p));

  test.each([375, 1280])(
    'at %i px the story comes before the accounts, within the first two screens',
    async (width) => {
      const page = await site.browser.newPage({ viewport: { width, height: 900 } });
      let withAccounts = 0;
      for (const url of events) {
        await page.goto(`${site.origin}${url}`);
        const tops = await page.evaluate(() => {
          const top = (s: string) => {
            const el = document.querySelector(s);
            return el ? el.getBoundingClientRect().top + window.scrollY : undefined;
          };
          return { story: top('.entry .prose'), accounts: top('#accounts'), quotes: top('#quotes') };
        });
        if (tops.story === undefined) continue;
        expect(tops.story, `${url}: the story starts within two screens`).toBeLessThan(2 * 900);
        if (tops.accounts === undefined) continue;
        withAccounts++;
        expect(tops.accounts, `${url}: the accounts follow the story`).toBeGreaterThan(tops.story);
        if (tops.quotes !== undefined)
          expect(tops.quotes, `${url}: the quotations follow the accounts`).toBeGreaterThan(tops.accounts);
      }
      await page.close();
      expect(withAccounts, 'pages with accounts checked').toBeGreaterThan(0);
    },
  );
});

describe('person pages', () => {
  const people = paths.filter((p) => /^\/people\/[^/]+\/$/.test(p));

  test('the biography has its own heading before the roles, and every role mark leads to a listed source', async () => {
    const page = await site.browser.newPage();
    let marks = 0;
    for (const url of people) {
      await page.goto(`${site.origin}${url}`);
      const found = await page.evaluate(() => {
        const headings = [...document.querySelectorAll('main h2')].map((h) => h.textContent?.trim() ?? '');
        const roleMarks = [...document.querySelectorAll('.roles sup.cite a')].map((a) => a.getAttribute('href') ?? '');
        return {
          headings,
          prose: !!document.querySelector('.entry .prose'),
          proseUnderBiography: !!document.querySelector('#biography')?.closest('section')?.querySelector('.prose'),
          roleMarks,
          targets: roleMarks.map((href) => !!document.getElementById(href.slice(1))),
        };
      });
      if (found.prose) expect(found.proseUnderBiography, `${url}: the body under "Biography"`).toBe(true);
      const bio = found.headings.indexOf('Biography');
      const roles = found.headings.indexOf('Roles');
      if (bio >= 0 && roles >= 0) expect(bio, `${url}: "Biography" before "Roles"`).toBeLessThan(roles);
      expect(found.targets.every(Boolean), `${url}: role marks ${found.roleMarks.join(', ')}`).toBe(true);
      marks += found.roleMarks.length;
    }
    await page.close();
    expect(marks, 'role marks checked').toBeGreaterThan(0);
  });

  test("Trump's roles give only the ends the record knows", async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/people/donald-trump/`);
    const roles = (await page.locator('.roles li').allTextContents()).map((t) => t.replace(/\s+/g, ' '));
    await page.close();
    expect(roles[0]).toMatch(/^President of the United States \(45th\) \(until 20 January 2021/);
    expect(roles[2]).toMatch(/^President of the United States \(47th\) \(from 20 January 2025/);
    expect(roles.join(' ')).not.toContain('present');
  });
});
