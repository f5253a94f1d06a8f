/**
 * The search interface in a real browser, against the built site: its buttons in both
 * colour schemes, the dialog's field staying in view while results scroll, no layout shift
 * when a shared /search/?q= link opens, Enter following the first result, the "/" hint
 * only where there is a keyboard, and filter values in order and in line.
 */
import type { BrowserContextOptions, Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBuiltSite } from '../support/browser.ts';

const site = useBuiltSite();

async function newPage(options: BrowserContextOptions = {}): Promise<Page> {
  const context = await site.browser.newContext(options);
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  return page;
}

async function closePage(page: Page) {
  await page.context().close();
}

/** Waits until the status line reports the results of `query`. */
async function resultsFor(page: Page, query: string) {
  await page
    .getByRole('status')
    .filter({ hasText: `for “${query}”` })
    .waitFor();
}

/** Opens the header's search dialog on an entry page. */
async function openDialog(page: Page) {
  await page.goto(`${site.origin}/events/harris-concession-call/`);
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await dialog.waitFor();
  return dialog;
}

/** Each visible button (and the filters' disclosure) in `scope`, with its size and look at rest (not hovered). */
async function buttonsIn(page: Page, scope: string) {
  await page.mouse.move(0, 0);
  return page.locator(scope).evaluate((root) =>
    [...root.querySelectorAll('button, summary')]
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => {
        const box = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        return {
          name: `${el.tagName.toLowerCase()} “${(el.textContent ?? '').trim()}”`,
          role: el.closest('.search-suggest') ? 'suggestion' : (el.textContent ?? '').trim().replace(/ \d+$/, ''),
          width: box.width,
          height: box.height,
          look: [style.backgroundColor, style.borderTopColor, style.borderTopStyle, style.borderRadius, style.color],
        };
      }),
  );
}

/** The header's search control: the look every button in search shares. */
function headerLook(page: Page) {
  return page.locator('.site-header [data-search-open]').evaluate((el) => {
    const style = getComputedStyle(el);
    return [style.backgroundColor, style.borderTopColor, style.borderTopStyle, style.borderRadius, style.color];
  });
}

describe.each(['light', 'dark'] as const)('buttons in %s mode', (colorScheme) => {
  test.each([
    ['the dialog', '.search-dialog'],
    ['the search page', '[data-search-page]'],
  ])('in %s every button looks like the header control and is at least 24 px each way', async (where, scope) => {
    const page = await newPage({ colorScheme, viewport: { width: 375, height: 667 } });
    const inDialog = scope === '.search-dialog';
    if (inDialog) await openDialog(page);
    else await page.goto(`${site.origin}/search/`);
    const expected = await headerLook(page);
    const input = page.getByRole('searchbox', { name: 'Search the record' });
    const seen: Awaited<ReturnType<typeof buttonsIn>> = [];
    // A query with many results (More results), with the filters open (their disclosure and
    // Show all); then a misspelling (the suggestion).
    await input.fill('Harris');
    await resultsFor(page, 'Harris');
    await page.locator(scope).getByText('Filters', { exact: true }).click();
    await page.locator(`${scope} .filter-person`).waitFor();
    seen.push(...(await buttonsIn(page, scope)));
    await input.fill('hariss');
    await resultsFor(page, 'hariss');
    seen.push(...(await buttonsIn(page, scope)));
    // Each kind of control was seen: the suggestion by its place (its words are the record's).
    const roles = new Set(seen.map((b) => b.role));
    const wanted = ['Filters', 'Show all', 'More results', 'suggestion'];
    if (inDialog) wanted.push('Close');
    for (const role of wanted) expect([...roles], where).toContain(role);
    for (const b of seen) {
      expect(b.height, `${b.name} height`).toBeGreaterThanOrEqual(24);
      expect(b.width, `${b.name} width`).toBeGreaterThanOrEqual(24);
      expect(b.look, `${b.name}: background, border colour, border style, radius, text colour`).toEqual(expected);
    }
    // Each filter value's label (its hit area) is 24 px tall at least.
    const labels = await page
      .locator(`${scope} .search-filters label`)
      .evaluateAll((els) =>
        els.filter((el) => el.getClientRects().length).map((el) => el.getBoundingClientRect().height),
      );
    expect(labels.length).toBeGreaterThan(0);
    expect(Math.min(...labels)).toBeGreaterThanOrEqual(24);
    await closePage(page);
  });
});

test('a hidden button stays hidden: no “More results” when every result is shown', async () => {
  const page = await newPage();
  await page.goto(`${site.origin}/search/?q=Whipple`);
  await resultsFor(page, 'Whipple');
  const shown = await page.locator('.search-result').count();
  const total = Number((await page.getByRole('status').textContent())?.match(/^(\d+)/)?.[1]);
  expect(total).toBe(shown);
  expect(await page.getByRole('button', { name: 'More results' }).isVisible()).toBe(false);
  await closePage(page);
});

test('at 375 px, the field and Close stay in view after the results are scrolled to their end', async () => {
  const height = 667;
  const page = await newPage({ viewport: { width: 375, height } });
  const dialog = await openDialog(page);
  await page.keyboard.type('Harris');
  await resultsFor(page, 'Harris');
  const first = dialog.locator('.search-result').first();
  const last = dialog.locator('.search-result').last();
  // Scroll as a reader does: the wheel over the results, until the last one is in view.
  await first.hover();
  for (let i = 0; i < 40 && !(await inView(last)); i++) await page.mouse.wheel(0, 400);
  expect(await inView(last), 'the last result reached').toBe(true);
  expect(await inView(first), 'the first result scrolled away').toBe(false);
  for (const control of [
    dialog.getByRole('searchbox', { name: 'Search the record' }),
    dialog.getByRole('button', { name: 'Close' }),
  ]) {
    expect(await inView(control), `${await control.evaluate((el) => el.outerHTML.slice(0, 60))} in view`).toBe(true);
  }
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect.poll(() => dialog.isVisible()).toBe(false);
  await closePage(page);
});

/** Whether the element's centre is on screen and the element itself is what is there, not something over it. */
function inView(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const x = box.left + box.width / 2;
    const y = box.top + Math.min(box.height / 2, 10);
    if (x < 0 || y < 0 || x > window.innerWidth || y > window.innerHeight) return false;
    const hit = document.elementFromPoint(x, y);
    return hit !== null && (hit === el || el.contains(hit));
  });
}

// Registered before the page's first byte: every layout shift of the load, with what moved.
const OBSERVE_SHIFTS = `(() => {
  const shifts = (window.__shifts = []);
  const name = (n) => n && n.nodeType === 1 ? n.tagName.toLowerCase() + (n.className ? '.' + String(n.className).trim().split(/\\s+/).join('.') : '') : 'text';
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (!e.hadRecentInput) shifts.push(e.value.toFixed(4) + ' ' + (e.sources || []).map((s) => name(s.node)).join(', '));
    }
  }).observe({ type: 'layout-shift', buffered: true });
})();`;

describe('a shared search link shifts nothing while it loads', () => {
  test.each([
    [320, '/search/?q=Harris', 'Harris'],
    [1280, '/search/?q=Harris', 'Harris'],
    [320, '/search/?q=hariss', 'hariss'],
    [1280, '/search/?q=hariss', 'hariss'],
    [320, '/search/?q=Biden&kind=event&person=Joe+Biden', 'Biden'],
    [1280, '/search/?q=Biden&kind=event&person=Joe+Biden', 'Biden'],
    [320, '/search/', ''],
  ])('at %i px: %s', async (width, url, query) => {
    const page = await newPage({ viewport: { width, height: width < 800 ? 568 : 800 } });
    await page.addInitScript(OBSERVE_SHIFTS);
    await page.goto(`${site.origin}${url}`);
    await page
      .getByRole('status')
      .filter({ hasText: query ? `for “${query}”` : 'Type a name' })
      .waitFor();
    if (url.includes('person=')) await page.locator('.filter-person li').first().waitFor();
    // Two frames and a pause: a shift caused by the last render is reported by then.
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 200)))),
    );
    const shifts = await page.evaluate(() => (window as unknown as { __shifts: string[] }).__shifts);
    expect(shifts, 'layout shifts (score, elements that moved)').toEqual([]);
    await closePage(page);
  });
});

describe('Enter in the field opens the first result', () => {
  test('on the search page, once results are shown', async () => {
    const page = await newPage();
    await page.goto(`${site.origin}/search/`);
    const input = page.getByRole('searchbox', { name: 'Search the record' });
    await input.fill('Whipple');
    await resultsFor(page, 'Whipple');
    const first = await page.locator('.search-result-link').first().getAttribute('href');
    expect(first).toBeTruthy();
    await Promise.all([page.waitForURL(`${site.origin}${first}`), input.press('Enter')]);
    await closePage(page);
  });

  test('in the dialog, pressed before the results arrive', async () => {
    const probe = await newPage();
    await probe.goto(`${site.origin}/search/?q=Emhoff`);
    await resultsFor(probe, 'Emhoff');
    const first = await probe.locator('.search-result-link').first().getAttribute('href');
    await closePage(probe);
    expect(first).toBeTruthy();
    const page = await newPage();
    await openDialog(page);
    // Typed and sent at once: the first result of this query is opened when it arrives.
    await page.keyboard.type('Emhoff');
    await Promise.all([page.waitForURL(`${site.origin}${first}`), page.keyboard.press('Enter')]);
    await closePage(page);
  });
});

describe('the "/" shortcut hint', () => {
  test.each([
    { pointer: 'a mouse and keyboard', hasTouch: false, visible: true },
    { pointer: 'a touch screen', hasTouch: true, visible: false },
  ])('with $pointer, shown: $visible', async ({ hasTouch, visible }) => {
    const page = await newPage({ hasTouch, viewport: { width: 1024, height: 768 } });
    await page.goto(`${site.origin}/events/`);
    expect(await page.locator('.site-header [data-search-open] kbd').isVisible()).toBe(visible);
    // The control itself is there either way.
    expect(await page.locator('.site-header [data-search-open]').isVisible()).toBe(true);
    await closePage(page);
  });
});

describe('filter values', () => {
  /** Per filter, the visible values as shown: name, count and the top and bottom of each. */
  function shownFilters(page: Page) {
    return page.locator('.search-filters fieldset').evaluateAll((sets) =>
      sets.map((set) => ({
        key: [...set.classList].find((c) => c.startsWith('filter-'))?.slice('filter-'.length) ?? '',
        values: [...set.querySelectorAll('li')]
          .filter((li) => li.getClientRects().length > 0)
          .map((li) => {
            const text = li.textContent?.trim() ?? '';
            const box = li.getBoundingClientRect();
            return {
              name: text.replace(/\s*\(\d+\)$/, ''),
              count: Number(text.match(/\((\d+)\)$/)?.[1]),
              top: box.top,
              bottom: box.bottom,
            };
          }),
      })),
    );
  }

  test.each(['Harris', 'Trump', 'call'])(
    'after “%s”: by count then name (years newest first, kinds as the menu), each row in line',
    async (query) => {
      const page = await newPage({ viewport: { width: 375, height: 800 } });
      await page.goto(`${site.origin}/search/`);
      await page.getByText('Filters', { exact: true }).click();
      await page.locator('.filter-kind li').first().waitFor();
      // Typed after the filters loaded: the order must follow the new counts.
      await page.getByRole('searchbox', { name: 'Search the record' }).fill(query);
      await resultsFor(page, query);
      const filters = await shownFilters(page);
      expect(filters.map((f) => f.key)).toContain('person');
      for (const { key, values } of filters) {
        const names = values.map((v) => v.name);
        if (key === 'kind') {
          const menu = ['Events', 'People', 'Sources'];
          expect(names, key).toEqual(menu.filter((n) => names.includes(n)));
        } else if (key === 'year') {
          expect(names, key).toEqual([...names].sort((a, b) => Number(b) - Number(a)));
        } else {
          const sorted = [...values].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
          expect(
            values.map((v) => `${v.name} (${v.count})`),
            key,
          ).toEqual(sorted.map((v) => `${v.name} (${v.count})`));
        }
        // Values that share a row (their boxes overlap vertically) start at the same height.
        for (let i = 1; i < values.length; i++) {
          const [a, b] = [values[i - 1], values[i]];
          if (a && b && b.top < a.bottom)
            expect(Math.abs(b.top - a.top), `${key}: ${a.name} / ${b.name}`).toBeLessThan(0.5);
        }
      }
      await closePage(page);
    },
  );

  test('checking a value keeps focus on its box, wherever it moves', async () => {
    const page = await newPage();
    await page.goto(`${site.origin}/search/?q=Harris`);
    await resultsFor(page, 'Harris');
    await page.getByText('Filters', { exact: true }).click();
    const box = page.getByRole('checkbox', { name: /^Joe Biden/ });
    await box.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.url()).toContain('person=Joe+Biden');
    await page
      .getByRole('status')
      .filter({ hasText: /results? for “Harris”/ })
      .waitFor();
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    await closePage(page);
  });
});
