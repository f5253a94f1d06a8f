/**
 * axe-core on every URL of the sitemap (and the 404 page), with WCAG 2.0, 2.1 and 2.2
 * A and AA rules and best practices, in light and in dark mode. No rule is disabled.
 *
 * One test per page and mode, so each page has its own time limit and its own failure:
 * a slow machine slows every page a little instead of failing one test over all of them.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { useBuiltSite } from '../support/browser.ts';
import { sitemapPaths } from '../support/dist.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
// Per page: generous, because axe takes seconds per page when the machine is loaded.
const AXE_TIMEOUT = 120_000;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}
type AxeWindow = { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } };

/** Runs axe in `page` (injected through the DevTools protocol, which the page's CSP does not govern). */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const result = await page.evaluate(
    (tags) =>
      (window as unknown as AxeWindow).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      }),
    TAGS,
  );
  return result.violations.map((v) => `${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const site = useBuiltSite();
// Read at collection time: the global setup has built the site before any test file is collected.
const paths = [...sitemapPaths(inject('siteDir')), '/404.html'];

test('the sitemap lists the pages to check', () => {
  expect(paths.length).toBeGreaterThan(50);
});

describe.each(['light', 'dark'] as const)('%s mode', (colorScheme) => {
  // One page per mode, reused from test to test: a fresh page per URL costs a new renderer
  // and a cold compile of axe each time (measured at load 30-45: 17-35 s a page, against a
  // median of 8 s with one page). A test that times out leaves its navigation behind; the
  // next test's goto replaces it.
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    context = await site.browser.newContext({ colorScheme });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
  });

  for (const url of paths) {
    test(`${url} has zero axe violations`, { timeout: AXE_TIMEOUT }, async () => {
      if (!page) throw new Error('the page opens in beforeAll');
      await page.goto(`${site.origin}${url}`);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test('the search dialog has zero axe violations with results shown', { timeout: AXE_TIMEOUT }, async () => {
  const page = await site.browser.newPage();
  try {
    await page.goto(`${site.origin}/people/joe-biden/`);
    await page.keyboard.press('/');
    await page.getByRole('searchbox', { name: 'Search the record' }).fill('Harris');
    await page.getByRole('status').filter({ hasText: 'for “Harris”' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  } finally {
    await page.close();
  }
});
