/**
 * Readers stay on the site's own origin, and the Content Security Policy holds: every
 * page type requests nothing from elsewhere, and a search runs under the policy with
 * no console error and no policy violation.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { useBuiltSite } from '../support/browser.ts';

const site = useBuiltSite();

/** A page that records every request, console error and CSP violation. */
async function watchedPage(): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  const page = await site.browser.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  // Added through the DevTools protocol, so the policy under test does not block it.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return { page, requests, errors };
}

const PAGE_TYPES = [
  '/',
  '/events/',
  '/events/harris-concession-call/',
  '/people/',
  '/people/kamala-harris/',
  '/sources/',
  '/sources/uncharted/',
  '/search/?q=Harris',
  '/data/',
  '/no-such-page/',
];

test.each(PAGE_TYPES)('%s requests nothing from another origin', async (url) => {
  const { page, requests, errors } = await watchedPage();
  await page.goto(`${site.origin}${url}`, { waitUntil: 'networkidle' });
  if (url.startsWith('/search/')) await page.getByRole('status').filter({ hasText: 'for “Harris”' }).waitFor();
  expect(requests.filter((r) => new URL(r).origin !== site.origin)).toEqual([]);
  // The 404 page is served with status 404, which the browser logs; nothing else may be.
  const notFound = (e: string) => url === '/no-such-page/' && /status of 404/.test(e);
  expect(errors.filter((e) => !notFound(e))).toEqual([]);
  await page.close();
});

test('a search from a content page runs under the CSP with zero console errors', async () => {
  const { page, requests, errors } = await watchedPage();
  await page.goto(`${site.origin}/events/biden-calls-trump/`, { waitUntil: 'networkidle' });
  const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
  await page.keyboard.press('Control+k');
  await page.getByRole('searchbox', { name: 'Search the record' }).fill('golfing');
  await page.getByRole('status').filter({ hasText: 'for “golfing”' }).waitFor();
  expect(await page.locator('.search-result').count()).toBeGreaterThan(0);
  // Follow a result: the highlighter runs under the same policy.
  await Promise.all([page.waitForURL(/highlight=golfing/), page.locator('.search-result-link').first().click()]);
  await page.locator('mark.pagefind-highlight').first().waitFor();
  expect(requests.some((r) => r.includes('/pagefind/wasm.'))).toBe(true);
  expect(errors).toEqual([]);
  await page.close();
});

test('the theme toggle overrides the system setting, and is absent without JavaScript', async () => {
  const dark = await site.browser.newContext({ colorScheme: 'dark' });
  const page = await dark.newPage();
  await page.goto(`${site.origin}/`);
  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const systemDark = await background();
  await page.getByRole('button', { name: 'Theme: system' }).click();
  expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('light');
  expect(await background()).not.toBe(systemDark);
  await page.reload();
  expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('light');
  await dark.close();
  const noScript = await site.browser.newContext({ colorScheme: 'dark', javaScriptEnabled: false });
  const plain = await noScript.newPage();
  await plain.goto(`${site.origin}/`);
  expect(await plain.getByRole('button', { name: /Theme/ }).count()).toBe(0);
  expect(await plain.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(systemDark);
  await noScript.close();
});
