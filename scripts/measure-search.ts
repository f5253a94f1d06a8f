/**
 * npm run measure:search [-- --dist dist] — measures search on a built site in headless
 * Chromium and prints the figures:
 *  - bytes downloaded by a content page before search is opened (HTML, CSS, JS);
 *  - bytes downloaded to open search and show the first query's results;
 *  - time from the last keystroke to rendered results, over 20 queries (median, p90).
 * Run `npm run build` first.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { launchChromium } from './lib/chromium.ts';
import { serveStatic } from './lib/static-server.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    page: { type: 'string', default: '/events/harris-concession-call/' },
  },
});
const dist = path.resolve(values.dist ?? 'dist');
if (!existsSync(path.join(dist, 'pagefind', 'pagefind.js'))) {
  console.error(`No built site with a search index in ${dist}: run npm run build first.`);
  process.exit(1);
}

const QUERIES = [
  'Harris',
  'Trump',
  'Biden',
  'Uncharted',
  'Whipple',
  'Emhoff',
  'tough cookie',
  'phone service',
  'concede',
  'golfing',
  'Howard University',
  'Oval Office',
  'inauguration',
  'Melania',
  'Pager',
  'very negative',
  'dumb as a rock',
  'Daily Beast',
  'White House',
  'Andrew Johnson',
];

const server = await serveStatic(dist);
const browser = await launchChromium();

/**
 * Counts bytes per URL path, body and headers, for every request the page makes,
 * including those of Pagefind's Web Worker (which a page-level DevTools session misses).
 */
async function countBytes(page: Page) {
  const bytes = new Map<string, number>();
  const pending: Promise<void>[] = [];
  page.context().on('requestfinished', (request) => {
    pending.push(
      request.sizes().then((sizes) => {
        const url = new URL(request.url()).pathname;
        bytes.set(url, (bytes.get(url) ?? 0) + sizes.responseBodySize + sizes.responseHeadersSize);
      }),
    );
  });
  return async () => {
    await Promise.all(pending.splice(0));
    const copy = new Map(bytes);
    bytes.clear();
    return copy;
  };
}

const sum = (m: Map<string, number>, test: (url: string) => boolean = () => true) =>
  [...m].filter(([url]) => test(url)).reduce((total, [, n]) => total + n, 0);
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;

try {
  // 1. A content page, then the first query.
  const context = await browser.newContext();
  const page = await context.newPage();
  const take = await countBytes(page);
  await page.goto(`${server.origin}${values.page}`, { waitUntil: 'networkidle' });
  const before = await take();
  await page.keyboard.press('/');
  await page.getByRole('searchbox', { name: 'Search the record' }).waitFor();
  await page.keyboard.type('Harris');
  await page.getByRole('status').filter({ hasText: 'for “Harris”' }).waitFor();
  await page.waitForLoadState('networkidle');
  const first = await take();
  await context.close();

  // 2. Keystroke-to-results latency, on the search page, over 20 queries.
  const latencyPage = await browser.newPage();
  await latencyPage.goto(`${server.origin}/search/`, { waitUntil: 'networkidle' });
  await latencyPage.evaluate(() => {
    const w = window as unknown as { lastKey: number; timings: { query: string; ms: number }[] };
    w.timings = [];
    document.addEventListener('input', () => (w.lastKey = performance.now()), true);
    document.addEventListener('record:search-rendered', (e) => {
      const detail = (e as CustomEvent<{ query: string }>).detail;
      w.timings.push({ query: detail.query, ms: performance.now() - w.lastKey });
    });
  });
  const input = latencyPage.getByRole('searchbox', { name: 'Search the record' });
  await input.waitFor();
  await latencyPage.getByRole('status').filter({ hasText: 'Type a name' }).waitFor();
  const latencies: number[] = [];
  for (const query of QUERIES) {
    await input.fill('');
    await latencyPage.evaluate(() => ((window as unknown as { timings: unknown[] }).timings = []));
    await input.pressSequentially(query, { delay: 30 });
    await latencyPage
      .getByRole('status')
      .filter({ hasText: `for “${query}”` })
      .waitFor();
    const timings = await latencyPage.evaluate(
      () => (window as unknown as { timings: { query: string; ms: number }[] }).timings,
    );
    const final = timings.filter((t) => t.query === query).at(-1);
    if (final) latencies.push(final.ms);
  }
  latencies.sort((a, b) => a - b);
  const median = latencies[Math.floor(latencies.length / 2)] ?? NaN;
  const p90 = latencies[Math.floor(latencies.length * 0.9)] ?? NaN;

  const isSearchCode = (url: string) => url.startsWith('/_astro/') && url.endsWith('.js');
  console.log(`Search measured on ${dist} (${values.page}) in headless Chromium, served from a local server`);
  console.log('');
  console.log('| measure | value |');
  console.log('| --- | --- |');
  console.log(
    `| content page before search: HTML | ${kb(sum(before, (u) => u.endsWith('/') || u.endsWith('.html')))} |`,
  );
  console.log(`| content page before search: CSS | ${kb(sum(before, (u) => u.endsWith('.css')))} |`);
  console.log(`| content page before search: JS | ${kb(sum(before, (u) => u.endsWith('.js')))} |`);
  console.log(
    `| content page before search: Pagefind requests | ${[...before.keys()].filter((u) => u.startsWith('/pagefind/')).length} |`,
  );
  console.log(`| first query: search code (JS) | ${kb(sum(first, isSearchCode))} |`);
  console.log(
    `| first query: Pagefind (JS, wasm, index, fragments) | ${kb(sum(first, (u) => u.startsWith('/pagefind/')))} |`,
  );
  console.log(`| first query: total | ${kb(sum(first))} in ${first.size} requests |`);
  console.log(`| keystroke to results, median of ${latencies.length} | ${median.toFixed(0)} ms |`);
  console.log(`| keystroke to results, 90th percentile | ${p90.toFixed(0)} ms |`);
} finally {
  await browser.close();
  await server.close();
}
