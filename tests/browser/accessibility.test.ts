/**
 * axe-core on every URL of the sitemap (and the 404 page), with WCAG 2.0, 2.1 and 2.2
 * A and AA rules and best practices, in light and in dark mode. No rule is disabled.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, inject, test } from 'vitest';
import { useBuiltSite } from '../support/browser.ts';
import { sitemapPaths } from '../support/dist.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

const site = useBuiltSite();
const paths = [...sitemapPaths(inject('siteDir')), '/404.html'];

describe.each(['light', 'dark'] as const)('%s mode', (colorScheme) => {
  test(`every page has zero axe violations (${paths.length} pages)`, async () => {
    // axe is injected through the DevTools protocol, which the page's CSP does not govern.
    const context = await site.browser.newContext({ colorScheme });
    const page = await context.newPage();
    const violations: string[] = [];
    for (const url of paths) {
      await page.goto(`${site.origin}${url}`);
      await page.evaluate(axeSource);
      const result = await page.evaluate(
        (tags) => (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
        TAGS,
      );
      for (const v of result.violations) violations.push(`${url}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    }
    await context.close();
    expect(violations).toEqual([]);
    console.log(`axe (${colorScheme}): ${paths.length} pages, ${violations.length} violations`);
  });
});

test('the search dialog has zero axe violations with results shown', async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.origin}/people/joe-biden/`);
  await page.keyboard.press('/');
  await page.getByRole('searchbox', { name: 'Search the record' }).fill('Harris');
  await page.getByRole('status').filter({ hasText: 'for “Harris”' }).waitFor();
  await page.evaluate(axeSource);
  const result = await page.evaluate(
    (tags) => (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string }[] }> } }).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    TAGS,
  );
  expect(result.violations.map((v) => v.id)).toEqual([]);
  await page.close();
});
