/**
 * What one search costs a visitor: serves a built site on a free local port, opens
 * /search/?q=<word> in headless Chromium, waits for results to render, and adds up every
 * response under /pagefind/ (Pagefind's script, worker, WebAssembly, index chunks and
 * result fragments) as the server sent it.
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../lib/chromium.ts';
import { serveStatic, type Served } from '../lib/static-server.ts';

/** A rendered result: a link in the search UI's results list. */
const RESULT_LINK = '.search-results a[href]';

export type { Served };

export interface QueryCost {
  query: string;
  /** Result links on the page when it was measured (results and their sub-results). */
  resultLinks: number;
  /** Sum of wireBytes of responses under /pagefind/. */
  bytes: number;
  bodyBytes: number;
  requests: number;
  /** Every response the server sent for the visit, for the JSON report. */
  responses: Served[];
}

/** What a query cost: the responses under /pagefind/ among those served while it ran. */
function costOf(query: string, resultLinks: number, responses: readonly Served[]): QueryCost {
  const pagefind = responses.filter((r) => r.path.startsWith('/pagefind/'));
  return {
    query,
    resultLinks,
    bytes: pagefind.reduce((n, r) => n + r.wireBytes, 0),
    bodyBytes: pagefind.reduce((n, r) => n + r.bodyBytes, 0),
    requests: pagefind.length,
    responses: [...responses],
  };
}

export async function queryCost(dist: string, query: string, timeoutMs = 60_000): Promise<QueryCost> {
  const responses: Served[] = [];
  const server = await serveStatic(dist, (served) => responses.push(served));
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent(query)}`, { timeout: timeoutMs });
    await page.waitForSelector(RESULT_LINK, { timeout: timeoutMs });
    // Results render once their fragments arrived; let stragglers finish.
    await page.waitForLoadState('networkidle', { timeout: timeoutMs });
    const resultLinks = await page.locator(RESULT_LINK).count();
    return costOf(query, resultLinks, responses);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The page `pagefindQueryCost` writes into a site for the time of the measurement. */
const HARNESS = '__bench-query.html';

/**
 * What the same search costs with Pagefind alone, on any site with a Pagefind index under
 * /pagefind/ (the floor's plain pages, indexed by our build's indexing step): a page that
 * imports Pagefind, initialises it, searches for `query` and loads the first `results`
 * results' data, as the site's search page does for its first page of results. Pagefind's
 * defaults otherwise: the site's ranking and excerpt options change no bytes downloaded.
 */
export async function pagefindQueryCost(
  dist: string,
  query: string,
  results: number,
  timeoutMs = 60_000,
): Promise<QueryCost> {
  const harness = path.join(dist, HARNESS);
  writeFileSync(
    harness,
    `<!doctype html><meta charset="utf-8"><title>query</title><script type="module">
const q = new URLSearchParams(location.search).get('q');
const pagefind = await import('/pagefind/pagefind.js');
await pagefind.options({ baseUrl: '/' });
await pagefind.init();
const search = await pagefind.search(q);
const data = await Promise.all(search.results.slice(0, ${results}).map((r) => r.data()));
document.body.dataset.results = String(data.length);
</script><body></body>`,
  );
  const responses: Served[] = [];
  const server = await serveStatic(dist, (served) => responses.push(served));
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/${HARNESS}?q=${encodeURIComponent(query)}`, { timeout: timeoutMs });
    await page.waitForSelector('body[data-results]', { timeout: timeoutMs, state: 'attached' });
    await page.waitForLoadState('networkidle', { timeout: timeoutMs });
    const resultLinks = Number(await page.locator('body').getAttribute('data-results'));
    return costOf(query, resultLinks, responses);
  } finally {
    await browser.close();
    await server.close();
    rmSync(harness, { force: true });
  }
}

/** How many result fragments a measured search loaded: what the comparison loads too. */
export function fragmentsLoaded(cost: QueryCost): number {
  return cost.responses.filter((r) => r.path.startsWith('/pagefind/fragment/')).length;
}
