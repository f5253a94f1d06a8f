/** Building the same commit twice gives a byte-identical dist/, search index included. */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, inject, test } from 'vitest';
import { astroBuild, TEST_SITE_URL } from '../../scripts/lib/astro-build.ts';
import { compareTrees } from '../../scripts/lib/reproducible.ts';
import { writeSearchIndex } from '../../src/integrations/search.ts';
import { entryPages } from '../support/dist.ts';

const second = mkdtempSync(path.join(tmpdir(), 'record-again-'));
afterAll(() => rmSync(second, { recursive: true, force: true }));

test('a second build of the same commit is byte-identical to the first', () => {
  const { status, output } = astroBuild(second, undefined, { siteUrl: TEST_SITE_URL });
  expect(status, output).toBe(0);
  const { files, differences } = compareTrees(inject('siteDir'), second);
  expect(differences).toEqual([]);
  expect(files).toBeGreaterThan(80);
});

/**
 * Astro renders several pages at once, so the order in which page folders appear in dist/
 * can change from build to build, and Pagefind's index depends on the order it finds
 * pages in. Two copies of the site's entry pages, written in opposite orders, must give
 * the same index. On tmpfs a folder lists files in the order they were created, which is
 * what makes the two copies differ; elsewhere (ext4 lists by hash) the test shows less.
 */
test('the search index does not depend on the order pages were written in', async () => {
  const base = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
  const site = inject('siteDir');
  const pages = entryPages(site).sort();
  const copies = [pages, [...pages].reverse()].map((order) => {
    const dir = mkdtempSync(path.join(base, 'record-order-'));
    for (const page of order) {
      mkdirSync(path.dirname(path.join(dir, page)), { recursive: true });
      copyFileSync(path.join(site, page), path.join(dir, page));
    }
    return dir;
  });
  try {
    for (const dir of copies) expect((await writeSearchIndex(dir)).pages).toBe(pages.length);
    const [sorted, reversed] = copies.map((dir) => path.join(dir, 'pagefind')) as [string, string];
    const { files, differences } = compareTrees(sorted, reversed);
    expect(differences).toEqual([]);
    expect(files).toBeGreaterThan(pages.length);
  } finally {
    for (const dir of copies) rmSync(dir, { recursive: true, force: true });
  }
});
