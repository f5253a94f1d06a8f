/**
 * The weight budget, checked over the built site: content pages run at most 3 kB of
 * JavaScript before search is opened (raw, and so also gzipped), the largest entry page
 * is at most 14 kB of HTML gzipped, and all CSS together is at most 10 kB gzipped.
 */
import { expect, inject, test } from 'vitest';
import { listFiles } from '../../scripts/lib/files.ts';
import { pageWeight, totalCss } from '../../scripts/lib/weights.ts';
import { entryPages, htmlFiles } from '../support/dist.ts';

const dir = inject('siteDir');
const KB = 1024;

test('every content page runs at most 3 kB of JavaScript before search is opened', () => {
  const over = htmlFiles(dir)
    // The search page runs the search code by design, and the 404 page its own finder of
    // the nearest entries (budgeted below); the editor at /admin/ is for contributors, not
    // readers (budgeted below); every other page is a content page.
    .filter((file) => file !== 'search/index.html' && file !== '404.html' && !file.startsWith('admin/'))
    .map((file) => ({ file, js: pageWeight(dir, file).js }))
    .filter(({ js }) => js > 3 * KB);
  expect(over).toEqual([]);
});

test("the 404 page runs at most 1.5 kB of JavaScript beyond the content pages' 3 kB", () => {
  expect(pageWeight(dir, '404.html').js).toBeLessThanOrEqual(4.5 * KB);
});

test("the editor's page holds only its starter and configuration: at most 50 kB gzipped", () => {
  // The starter (src/scripts/admin.ts) holds the record's file format and its YAML writer,
  // and the page embeds the generated configuration (35 kB gzipped together in December
  // 2026); Decap CMS itself (about 1.1 MB brotli) is loaded by the starter, on /admin/ only.
  const { jsGzip } = pageWeight(dir, 'admin/index.html');
  expect(jsGzip).toBeGreaterThan(0);
  expect(jsGzip).toBeLessThanOrEqual(50 * KB);
});

test('the largest entry page is at most 14 kB of HTML gzipped', () => {
  const pages = entryPages(dir).map((file) => ({ file, gzip: pageWeight(dir, file).htmlGzip }));
  const largest = pages.reduce((a, b) => (b.gzip > a.gzip ? b : a));
  expect(largest.gzip, largest.file).toBeLessThanOrEqual(14 * KB);
});

test('all CSS together is at most 10 kB gzipped', () => {
  expect(totalCss(dir, listFiles(dir)).gzip).toBeLessThanOrEqual(10 * KB);
});
