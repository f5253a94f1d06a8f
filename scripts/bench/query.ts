/**
 * What one search costs a visitor: serves a built site on a free local port, opens
 * /search/?q=<word> in headless Chromium, waits for results to render, and adds up every
 * response under /pagefind/ (Pagefind's script, worker, WebAssembly, index chunks and
 * result fragments) as the server sent it.
 */
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
    const pagefind = responses.filter((r) => r.path.startsWith('/pagefind/'));
    return {
      query,
      resultLinks,
      bytes: pagefind.reduce((n, r) => n + r.wireBytes, 0),
      bodyBytes: pagefind.reduce((n, r) => n + r.bodyBytes, 0),
      requests: pagefind.length,
      responses: [...responses],
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
