/**
 * What one search costs a visitor: serves a built site on a free local port, opens
 * /search/?q=<word> in headless Chromium, waits for results to render, and adds up every
 * response under /pagefind/ (Pagefind's script, worker, WebAssembly, index chunks and
 * result fragments) as the server sent it.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};
/** Compressed on the fly like a static host does; Pagefind's own files are gzip already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg']);

/**
 * A rendered result: a link in the results list. The first form is the minimal search page
 * (#search-results); the second is the search UI's list (ol.search-results).
 */
export const RESULT_LINK = '#search-results a[href], .search-results a[href]';

export interface Served {
  path: string;
  status: number;
  /** Body bytes as sent (after compression). */
  bodyBytes: number;
  /** Everything written to the socket for this response: status line, headers, body. */
  wireBytes: number;
}

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

/** A tiny static file server for `root`; reports each response it finishes. */
function serve(root: string, onServed: (served: Served) => void) {
  return createServer((req: IncomingMessage, res: ServerResponse) => {
    const before = req.socket.bytesWritten;
    let bodyBytes = 0;
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname = decodeURIComponent(url.pathname);
    if (pathname.endsWith('/')) pathname += 'index.html';
    const file = path.join(root, path.normalize(pathname));
    res.on('finish', () =>
      onServed({ path: url.pathname, status: res.statusCode, bodyBytes, wireBytes: req.socket.bytesWritten - before }),
    );
    if (!file.startsWith(root + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (data) => {
        const ext = path.extname(file);
        const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
        const body = gzip ? gzipSync(data) : data;
        const headers: Record<string, string | number> = { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'content-length': body.length, 'cache-control': 'no-store' };
        if (gzip) headers['content-encoding'] = 'gzip';
        bodyBytes = body.length;
        res.writeHead(200, headers).end(body);
      },
      () => {
        const body = Buffer.from('not found\n');
        bodyBytes = body.length;
        res.writeHead(404, { 'content-type': 'text/plain', 'content-length': body.length }).end(body);
      },
    );
  });
}

export async function queryCost(dist: string, query: string, timeoutMs = 60_000): Promise<QueryCost> {
  const { chromium } = await import('playwright-core');
  const responses: Served[] = [];
  const server = serve(path.resolve(dist), (served) => responses.push(served));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/search/?q=${encodeURIComponent(query)}`, { timeout: timeoutMs });
    await page.waitForSelector(RESULT_LINK, { timeout: timeoutMs });
    // The page renders all results at once, after their fragments arrived; let stragglers finish.
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
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
