/** Reading a built site: its HTML files, their URLs, and the sitemap. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { listFiles } from '../../scripts/lib/files.ts';

export function htmlFiles(dir: string): string[] {
  return listFiles(dir).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));
}

/** The pages readers see: every page but the editor at /admin/, which is for contributors. */
export function readerPages(dir: string): string[] {
  return htmlFiles(dir).filter((f) => !f.startsWith('admin/'));
}

/** "events/x/index.html" → "/events/x/"; "404.html" → "/404.html". */
export function urlOf(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The paths listed in the sitemap, as served by a local server. */
export function sitemapPaths(dir: string): string[] {
  const index = readFileSync(path.join(dir, 'sitemap-index.xml'), 'utf8');
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
  return sitemaps.flatMap((sitemap) => {
    const xml = readFileSync(path.join(dir, sitemap), 'utf8');
    return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
  });
}

/** Entry pages: one per person, event and source. */
export function entryPages(dir: string): string[] {
  return htmlFiles(dir).filter((f) => /^(people|events|sources)\/[^/]+\/index\.html$/.test(f));
}
