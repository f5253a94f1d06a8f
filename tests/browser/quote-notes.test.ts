/**
 * A quotation's note is a disclosure, not a link: its summary shows the triangle that
 * says it opens (▸, ▾ when open), is not in the colour of the links beside it, and is
 * 24 px tall to tap. Checked on every entry page with a note.
 */
import { expect, inject, test } from 'vitest';
import { useBuiltSite } from '../support/browser.ts';
import { entryPages, urlOf } from '../support/dist.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const site = useBuiltSite();
const dir = inject('siteDir');
const withNotes = entryPages(dir)
  .filter((f) => readFileSync(path.join(dir, f), 'utf8').includes('class="quote-note"'))
  .map(urlOf);

test('some entry pages have quotation notes to check', () => {
  expect(withNotes.length).toBeGreaterThan(0);
});

test.each(withNotes)('%s: every quotation note opens from a marked disclosure', { timeout: 60_000 }, async (url) => {
  const page = await site.browser.newPage({ viewport: { width: 375, height: 900 } });
  await page.goto(`${site.origin}${url}`);
  const look = () =>
    page.$$eval('.quote-note summary', (summaries) =>
      summaries.map((s) => {
        const link = s.closest('figcaption')?.querySelector('a');
        return {
          marker: getComputedStyle(s, '::before').content,
          looksLikeLink: !!link && getComputedStyle(link).color === getComputedStyle(s).color,
          height: s.getBoundingClientRect().height,
        };
      }),
    );
  const closed = await look();
  await page.$$eval('.quote-note', (ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
  const open = await look();
  await page.close();
  expect(closed.length).toBeGreaterThan(0);
  for (const s of closed) {
    expect(s.marker).toContain('▸');
    expect(s.looksLikeLink).toBe(false);
    expect(s.height).toBeGreaterThanOrEqual(24);
  }
  for (const s of open) expect(s.marker).toContain('▾');
});
