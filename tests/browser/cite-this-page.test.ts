/**
 * "Cite this page" as a reader meets it, on every entry page: folded until asked for, then
 * at 320 px nothing in it is wider than the screen, and each style's text is shown as text
 * a reader can select without any script. The accessibility test sees it folded; here axe
 * checks it open, in light and dark mode.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { STYLES } from '../../src/lib/cite/citations.ts';
import { useBuiltSite } from '../support/browser.ts';
import { entryPages, urlOf } from '../support/dist.ts';

const site = useBuiltSite();
const urls = entryPages(inject('siteDir')).map(urlOf);
let context: BrowserContext;

beforeAll(async () => {
  context = await site.browser.newContext({ viewport: { width: 320, height: 640 }, javaScriptEnabled: false });
});
afterAll(async () => {
  await context.close();
});

test.each(urls)('%s: opens without a script and fits 320 px', async (url) => {
  const page = await context.newPage();
  await page.goto(`${site.origin}${url}`, { waitUntil: 'load' });
  const region = page.getByRole('region', { name: 'Cite this page' });
  const citations = region.locator('dl.citations');
  await expect(citations.isVisible()).resolves.toBe(false);
  await region.locator('summary').click();
  for (const style of STYLES)
    await expect(region.getByText(style.label, { exact: true }).isVisible()).resolves.toBe(true);
  await expect(region.locator('pre code').innerText()).resolves.toMatch(/^\{\{cite web \|url=/);
  const wide = await region.evaluate((el) => {
    const width = document.documentElement.clientWidth;
    return [...el.querySelectorAll('*')]
      .filter((e) => e.getBoundingClientRect().right > width + 0.5)
      .map((e) => `<${e.tagName.toLowerCase()}> ${(e.textContent ?? '').slice(0, 40)}`);
  });
  await page.close();
  expect(wide).toEqual([]);
});

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
type AxeWindow = {
  axe: {
    run: (ctx: Element, opts: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
  };
};

test.each(['light', 'dark'] as const)(
  'open, it has zero axe violations in %s mode',
  { timeout: 120_000 },
  async (colorScheme) => {
    const page = await site.browser.newPage({ colorScheme });
    try {
      await page.goto(`${site.origin}/events/harris-concession-call/`);
      await page.getByRole('region', { name: 'Cite this page' }).locator('summary').click();
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const region = document.querySelector('.cite-page');
        if (!region) return ['no Cite this page section'];
        const result = await (window as unknown as AxeWindow).axe.run(region, {
          runOnly: {
            type: 'tag',
            values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'],
          },
          resultTypes: ['violations'],
        });
        return result.violations.map((v) => `${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      expect(violations).toEqual([]);
    } finally {
      await page.close();
    }
  },
);
