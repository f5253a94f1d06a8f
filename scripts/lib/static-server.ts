/**
 * A small static file server for a built site (tests and measurements): directories
 * serve their index.html, unknown paths the site's 404.html with status 404, and text
 * is gzipped when the browser accepts it, as static hosts do, so measured transfer
 * sizes are realistic.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/** Types a static host compresses; Pagefind's index files are compressed already. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|wasm)|image\/svg)/;

/** One response as the server sent it, for byte counting. */
export interface Served {
  path: string;
  status: number;
  /** Body bytes as sent (after compression). */
  bodyBytes: number;
  /** Everything written to the socket for this response: status line, headers, body. */
  wireBytes: number;
}

export interface StaticServer {
  /** "http://127.0.0.1:PORT" */
  origin: string;
  close: () => Promise<void>;
}

function resolveFile(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const file = path.join(root, path.normalize(decoded).replace(/^(\.\.[/\\])+/, ''));
  if (!file.startsWith(root)) return undefined;
  if (existsSync(file) && statSync(file).isDirectory()) {
    const index = path.join(file, 'index.html');
    return existsSync(index) ? index : undefined;
  }
  return existsSync(file) ? file : undefined;
}

/** Serves `dir` on a free port of 127.0.0.1; `onServed` hears of every response sent. */
export async function serveStatic(dir: string, onServed?: (served: Served) => void): Promise<StaticServer> {
  const root = path.resolve(dir);
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (onServed) {
      const before = request.socket.bytesWritten;
      response.on('finish', () =>
        onServed({
          path: url.pathname,
          status: response.statusCode,
          bodyBytes: Number(response.getHeader('content-length') ?? 0),
          wireBytes: request.socket.bytesWritten - before,
        }),
      );
    }
    // Directory URLs without their slash redirect, as static hosts do.
    const direct = resolveFile(root, url.pathname);
    if (!url.pathname.endsWith('/') && direct?.endsWith(`${path.sep}index.html`) && !url.pathname.endsWith('.html')) {
      response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    const file = direct ?? path.join(root, '404.html');
    const status = direct ? 200 : 404;
    if (!existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const body = gzip ? gzipSync(readFileSync(file)) : readFileSync(file);
    response.writeHead(status, {
      'content-type': type,
      'content-length': body.length,
      'cache-control': 'no-cache',
      vary: 'accept-encoding',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
