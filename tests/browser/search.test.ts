/**
 * Search in a real browser, against the built site: ranking, filters that combine,
 * keyboard use, shareable links, the no-JavaScript fallback, and that nothing of
 * Pagefind loads before search is opened.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { shippedRecord } from '../support/record.ts';
import { useBuiltSite } from '../support/browser.ts';

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
  await page
    .getByRole('status')
    .filter({ hasText: `for “${query}”` })
    .waitFor();
  return page
    .locator('.search-result-link')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/**
 * What readers type, and the entry that must come first: names, surnames, other names,
 * a source's own title, phrases someone said (typed plainly and in quotation marks), and
 * topical words, for which the event comes before the reports about it.
 */
const QUERIES: [query: string, first: string][] = [
  ['Kamala Harris', '/people/kamala-harris/'],
  ['Joe Biden', '/people/joe-biden/'],
  ['Donald Trump', '/people/donald-trump/'],
  ['Sheila Nix', '/people/sheila-nix/'],
  ['Andrew Johnson', '/people/andrew-johnson/'],
  ['Jill Biden', '/people/jill-biden/'],
  ['Kamala Devi Harris', '/people/kamala-harris/'],
  ['Harris', '/people/kamala-harris/'],
  ['Trump', '/people/donald-trump/'],
  ['Whipple', '/people/chris-whipple/'],
  ['Emhoff', '/people/doug-emhoff/'],
  ['Melania', '/people/melania-trump/'],
  ['Pager', '/people/tyler-pager/'],
  ['Dawsey', '/people/josh-dawsey/'],
  ['Uncharted', '/sources/uncharted/'],
  ['2024 book', '/sources/book-2024/'],
  ['Whipple Uncharted', '/sources/uncharted/'],
  ['tough cookie', '/events/harris-concession-call/'],
  ['phone service', '/events/harris-concession-call/'],
  ['dumb as a rock', '/events/trump-attacks-harris-intelligence/'],
  ['"dumb as a rock"', '/events/trump-attacks-harris-intelligence/'],
  ['very negative', '/events/pager-calls-biden/'],
  ['golfing', '/events/biden-calls-trump/'],
  ['concession', '/events/harris-concession-call/'],
  ['concession speech', '/events/harris-concession-speech/'],
  ['phone call', '/events/harris-concession-call/'],
  ['Oval Office', '/events/biden-trump-oval-office-meeting/'],
  ['election night', '/events/election-night-2024/'],
  ['phone bank', '/events/harris-dnc-phone-bank/'],
  // Names misspelled: the person first (search shows the results of the certain better spelling).
  ['Dougg Emhoff', '/people/doug-emhoff/'],
  ['Kamala Hariss', '/people/kamala-harris/'],
  ['Whiple', '/people/chris-whipple/'],
  ['Melanya', '/people/melania-trump/'],
  ['Jill Bidn', '/people/jill-biden/'],
  // Not the Mint article, whose author is named Hari.
  ['hariss concession', '/events/harris-concession-call/'],
  // A publisher or a source's title: the source.
  ['Western Journal', '/sources/westernjournal-uncharted-excerpt/'],
  ['Penguin Press', '/sources/book-2024/'],
  ['Harper Influence', '/sources/uncharted/'],
  // Biden's call, not Trump calling Biden a name.
  ['Biden call', '/events/biden-calls-trump/'],
];

/** Topical words several events answer: one of them must come first, not a report about it. */
const TOPICAL = ['inauguration', 'White House'];

/** Each result's path and its excerpt as shown. */
async function shownResults(page: Page): Promise<{ path: string; excerpt: string }[]> {
  return page.locator('.search-result').evaluateAll((items) =>
    items.map((li) => ({
      path: new URL(li.querySelector('a')?.href ?? '').pathname,
      excerpt: li.querySelector('.search-excerpt')?.textContent ?? '',
    })),
  );
}

describe('ranking', () => {
  test.each(QUERIES)('“%s” ranks %s first', async (query, expected) => {
    const page = await newPage();
    await page.goto(`${site.origin}/search/`);
    const results = await searchFor(page, query);
    expect(results[0]).toBe(expected);
    await page.close();
  });

  test.each(TOPICAL)('“%s” ranks an event first', async (query) => {
    const page = await newPage();
    await page.goto(`${site.origin}/search/`);
    const results = await searchFor(page, query);
    expect(results[0]).toMatch(/^\/events\//);
    await page.close();
  });
});

describe('did you mean', () => {
  test.each([
    ['hariss', 'Harris', '/people/kamala-harris/'],
    ['Dougg Emhoff', 'Doug Emhoff', '/people/doug-emhoff/'],
    ['dougg emhoff', 'Doug Emhoff', '/people/doug-emhoff/'],
    ['uncharterd', 'Uncharted', '/sources/uncharted/'],
  ])('“%s” offers “%s”, which ranks %s first', async (typo, better, expected) => {
    const page = await newPage();
    await page.goto(`${site.origin}/search/`);
    await searchFor(page, typo);
    await page.getByRole('button', { name: better, exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `for “${better}”` })
      .waitFor();
    expect(await page.getByRole('searchbox', { name: 'Search the record' }).inputValue()).toBe(better);
    const results = await page
      .locator('.search-result-link')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(results[0]).toBe(expected);
    await page.close();
  });

  test('results already read as a certain better spelling say so, rather than asking', async () => {
    const page = await newPage();
    await page.goto(`${site.origin}/search/`);
    await searchFor(page, 'Dougg Emhoff');
    const suggestion = page.locator('.search-suggest');
    await suggestion.getByRole('button', { name: 'Doug Emhoff', exact: true }).waitFor();
    expect((await suggestion.textContent())?.trim()).toBe('Showing results for Doug Emhoff.');
    await page.close();
  });

  test('a query that finds its words offers no other spelling, and loads no list for it', async () => {
    const page = await newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${site.origin}/search/`);
    await searchFor(page, 'Kamala Harris');
    expect(await page.locator('.search-suggest').isVisible()).toBe(false);
    expect(requested).not.toContain('/search-names.json');
    await page.close();
  });

  /**
   * Queries whose every word the index holds, though they find little or find a word only
   * as the start of a longer one: ordinary English is not corrected into names.
   */
  test.each(['what did Trump say to Harris', 'what did trump say to harris', 'emhof', 'concessions', 'Sheila Nix'])(
    '“%s” matches every word and offers no other spelling',
    async (query) => {
      const page = await newPage();
      await page.goto(`${site.origin}/search/`);
      // First a misspelling, so the list of names is loaded and a suggestion is on screen:
      // the next query's decision then needs no download, and must take the suggestion away.
      await searchFor(page, 'hariss');
      await page.getByRole('button', { name: 'Harris', exact: true }).waitFor();
      await searchFor(page, query);
      // The decision follows the results in the same task (the list is loaded): one more task and it is made.
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
      expect(await page.locator('.search-suggest').isVisible()).toBe(false);
      await page.close();
    },
  );
});

/**
 * Queries and the words their excerpts must not show: labels, marks and boilerplate that
 * are left out of the index (NOT_INDEXED in src/lib/search/document.ts). The phrases are
 * ones the record's prose does not use.
 */
const LABEL_QUERIES = [
  'Western Journal',
  'Penguin Press',
  'concession',
  'Harris',
  'Doug Emhoff',
  'tough cookie',
  'Biden call',
  'Uncharted',
  '2024 book',
  'phone call',
  'Whipple',
  'Daily Beast',
  'Wikipedia',
  'inauguration',
  'reportedly',
];
const LABELS: [what: string, pattern: RegExp][] = [
  ['a citation mark', /\[\d+\]/],
  ['the weak-support mark', /better source needed/],
  ['a table header', /Source What it says|What it says How we know it|How we know it/],
  ['how a version is known', /As quoted in|From the source itself/],
  ['a fact-list label', /At a glance|Published by|Also known as|\bOnline\b|\bStanding\b|\bTags\b/],
  ['a toggle', /\bNote\b|Show \d+ more/],
];

test(
  'excerpts hold no labels, marks or boilerplate, and start at a sentence or an ellipsis',
  { timeout: 300_000 },
  async () => {
    const page = await newPage();
    await page.goto(`${site.origin}/search/`);
    const found: string[] = [];
    for (const query of LABEL_QUERIES) {
      await searchFor(page, query);
      const shown = await page.locator('.search-result').evaluateAll((items) =>
        items.map((li) => ({
          path: new URL(li.querySelector('a')?.href ?? '').pathname,
          kind: (li.querySelector('.search-result-meta')?.textContent ?? '').split(' · ')[0] ?? '',
          excerpts: [...li.querySelectorAll('.search-excerpt')].map((p) => p.textContent ?? ''),
        })),
      );
      expect(shown.length).toBeGreaterThan(0);
      for (const { path, kind, excerpts } of shown) {
        for (const excerpt of excerpts) {
          for (const [what, pattern] of LABELS)
            if (pattern.test(excerpt)) found.push(`${query} → ${path}: ${what} in “${excerpt}”`);
          // The kind label ("Article") is on the card, not at the head of the excerpt.
          if (kind && excerpt.startsWith(`${kind}.`)) found.push(`${query} → ${path}: the kind label in “${excerpt}”`);
          // A cut excerpt says so; one that does not starts as a sentence or a title does.
          if (!/^(…|[“‘’"'(\p{Lu}\p{N}])/u.test(excerpt))
            found.push(`${query} → ${path}: starts mid-sentence: “${excerpt}”`);
        }
      }
    }
    expect(found).toEqual([]);
    await page.close();
  },
);

test('excerpts never join two words the page keeps apart', { timeout: 300_000 }, async () => {
  const page = await newPage();
  const target = await newPage();
  /** The words of a page as a reader sees them (innerText follows the layout). */
  const pageWords = new Map<string, Set<string>>();
  // Lower case: innerText applies CSS text-transform (the kind label is set in capitals).
  const normal = (word: string) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLowerCase();
  await page.goto(`${site.origin}/search/`);
  const joined: string[] = [];
  for (const [query] of QUERIES) {
    await searchFor(page, query);
    for (const { path, excerpt } of (await shownResults(page)).slice(0, 3)) {
      if (!pageWords.has(path)) {
        await target.goto(`${site.origin}${path}`);
        // Folded parts (a quotation's note, a long list) are indexed too: open them, so
        // innerText, which leaves out what a closed <details> hides, sees every word. Citation
        // marks are not indexed and sit against the word before them ("reversed.[5]"): drop them.
        await target.evaluate(() => {
          for (const d of document.querySelectorAll('details')) d.open = true;
          for (const mark of document.querySelectorAll('sup.cite')) mark.remove();
        });
        const text = await target.locator('[data-pagefind-body]').innerText();
        pageWords.set(path, new Set(text.split(/\s+/).map(normal).filter(Boolean)));
      }
      const known = pageWords.get(path) ?? new Set();
      for (const word of excerpt.split(/\s+/).map(normal).filter(Boolean)) {
        if (!known.has(word)) joined.push(`${query} → ${path}: “${word}”`);
      }
    }
  }
  expect(joined).toEqual([]);
  await page.close();
  await target.close();
});

describe('the dialog fits its frame', () => {
  test.each([320, 1280])(
    'at %i px wide, nothing overflows sideways and results show beside open filters',
    async (width) => {
      const context = await site.browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${site.origin}/events/harris-concession-call/`);
      await page.keyboard.press('Control+k');
      const dialog = page.getByRole('dialog', { name: 'Search' });
      await dialog.waitFor();
      await page.keyboard.type('Harris');
      await page.getByRole('status').filter({ hasText: 'for “Harris”' }).waitFor();
      if (width >= 1000) await dialog.getByText('Filters', { exact: true }).click();
      await dialog.locator('.filter-kind').or(dialog.locator('.search-result').first()).first().waitFor();
      const overflow = await dialog.evaluate((d) => {
        const frame = d.getBoundingClientRect();
        const out = [...d.querySelectorAll('*')]
          .filter((el) => el.getClientRects().length > 0 && el.getBoundingClientRect().right > frame.right + 0.5)
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
        return {
          scroll: d.scrollWidth - d.clientWidth,
          page: document.documentElement.scrollWidth - window.innerWidth,
          out,
        };
      });
      expect(overflow).toEqual({ scroll: 0, page: 0, out: [] });
      // The first result is in view, with the filters open on a wide screen.
      const first = await dialog.locator('.search-result').first().boundingBox();
      expect(first && first.y + 20 < 800).toBe(true);
      await context.close();
    },
  );
});

test('filters offer only values that can match, and keep a checked value in view', async () => {
  const page = await newPage();
  await page.goto(`${site.origin}/search/?q=Harris`);
  await page.getByRole('status').filter({ hasText: 'for “Harris”' }).waitFor();
  await page.getByText('Filters', { exact: true }).click();
  await page.locator('.filter-year label').first().waitFor();
  await expect.poll(() => page.locator('.filter-year li:not([hidden]) .count').allTextContents()).not.toContain('(0)');
  expect(await page.locator('.search-filters li:not([hidden]) .count', { hasText: '(0)' }).count()).toBe(0);
  // Checking People leaves no event years to offer, yet People stays checked and in view.
  await page.getByRole('checkbox', { name: /^People/ }).check();
  await page
    .getByRole('status')
    .filter({ hasText: /results? for “Harris”/ })
    .waitFor();
  await expect.poll(() => page.getByRole('checkbox', { name: /^People/ }).isVisible()).toBe(true);
  await page.close();
});

/** The paths of the results, once the status line says how many there are. */
async function resultPaths(page: Page): Promise<string[]> {
  await page
    .getByRole('status')
    .filter({ hasText: /\d+ results?\./ })
    .waitFor();
  return page
    .locator('.search-result-link')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

test('filters combine: kind and person together give exactly the events that person took part in', async () => {
  const record = await shippedRecord();
  const expected = [...record.events.values()]
    .filter((e) => e.data.participants.some((p) => p.person === 'joe-biden'))
    .map((e) => `/events/${e.id}/`)
    .sort();
  const page = await newPage();
  await page.goto(`${site.origin}/search/?kind=event&person=Joe+Biden`);
  const found = await resultPaths(page);
  expect(found.sort()).toEqual(expected);
  // Counts are shown per value, and the boxes reflect the URL.
  await expect.poll(() => page.getByRole('checkbox', { name: /Joe Biden/ }).isChecked()).toBe(true);
  expect(await page.locator('.filter-kind label', { hasText: 'Events' }).textContent()).toMatch(
    new RegExp(`\\(${expected.length}\\)`),
  );
  await page.close();
});

test('the tag filter gives exactly the events with that tag', async () => {
  const record = await shippedRecord();
  const expected = [...record.events.values()]
    .filter((e) => e.data.tags.includes('phone-call'))
    .map((e) => `/events/${e.id}/`)
    .sort();
  expect(expected.length).toBeGreaterThan(1);
  const page = await newPage();
  await page.goto(`${site.origin}/search/?tag=phone+call`);
  const found = await resultPaths(page);
  expect(found.sort()).toEqual(expected);
  await expect.poll(() => page.getByRole('checkbox', { name: /phone call/ }).isChecked()).toBe(true);
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
  // The dialog's close event, which returns focus, is a task of its own: on a busy machine it
  // can run after the dialog is already hidden.
  await expect.poll(() => page.evaluate(() => document.activeElement?.hasAttribute('data-search-open'))).toBe(true);
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
  await page
    .getByRole('status')
    .filter({ hasText: /\d+ results? for “Uncharted”/ })
    .waitFor();
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
