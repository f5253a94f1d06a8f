/**
 * Page weights of a built site, as a browser loads them before any interaction: the
 * HTML, the stylesheets it links and the scripts it runs (external and inline), raw and
 * gzipped. Shared by `npm run measure:weight` and the budget test.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Weight {
  html: number;
  htmlGzip: number;
  css: number;
  cssGzip: number;
  js: number;
  jsGzip: number;
}

const gz = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;

function asset(dir: string, href: string): Buffer {
  return readFileSync(path.join(dir, decodeURIComponent(new URL(href, 'http://site.test/').pathname)));
}

/** Weight of one page; `file` is relative to `dir` ("events/x/index.html"). */
export function pageWeight(dir: string, file: string): Weight {
  const html = readFileSync(path.join(dir, file), 'utf8');
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => asset(dir, m[1] ?? ''));
  const externalJs = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => asset(dir, m[1] ?? ''));
  // Inline scripts that run (not JSON-LD data blocks).
  const inlineJs = [
    ...html.matchAll(/<script(?![^>]*\btype="application\/ld\+json")(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g),
  ].map((m) => Buffer.from(m[1] ?? ''));
  const js = [...externalJs, ...inlineJs];
  return {
    html: Buffer.byteLength(html),
    htmlGzip: gz(html),
    css: css.reduce((n, b) => n + b.length, 0),
    cssGzip: css.reduce((n, b) => n + gz(b), 0),
    js: js.reduce((n, b) => n + b.length, 0),
    jsGzip: js.reduce((n, b) => n + gz(b), 0),
  };
}

/** All CSS files the site ships, together. */
export function totalCss(dir: string, files: readonly string[]): { raw: number; gzip: number } {
  const css = files
    .filter((f) => f.endsWith('.css') && !f.startsWith('pagefind/'))
    .map((f) => readFileSync(path.join(dir, f)));
  return { raw: css.reduce((n, b) => n + b.length, 0), gzip: css.reduce((n, b) => n + gz(b), 0) };
}

/** The page type of a file, for tables: "event", "person index"… */
export function pageType(file: string): string {
  if (file === 'index.html') return 'home';
  if (file === '404.html') return '404';
  const [section, id] = file.split('/');
  const names: Record<string, [string, string]> = {
    events: ['events index', 'event'],
    people: ['people index', 'person'],
    sources: ['sources index', 'source'],
    search: ['search', 'search'],
    data: ['data', 'data'],
  };
  const pair = names[section ?? ''];
  if (!pair) return section ?? file;
  return id === 'index.html' ? pair[0] : pair[1];
}
