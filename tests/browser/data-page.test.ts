/**
 * /data/ on the narrowest phone: every file's field list opened, no text runs past the box
 * it is set in, long field names in code (speakerDescription, viaSourceLocator) included.
 */
import { expect, test } from 'vitest';
import { useBuiltSite } from '../support/browser.ts';

const site = useBuiltSite();

test('/data/ at 320 px: with every field list open, no word runs past its box', { timeout: 60_000 }, async () => {
  const page = await site.browser.newPage({ viewport: { width: 320, height: 900 } });
  await page.goto(`${site.origin}/data/`);
  const opened = await page.$$eval('main details', (all) => {
    for (const d of all) (d as HTMLDetailsElement).open = true;
    return all.length;
  });
  const overflowing = await page.$$eval('main', ([main]) => {
    const found: string[] = [];
    const walker = document.createTreeWalker(main ?? document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      if (!/\S/.test(text)) continue;
      // The block the text is set in, and the right edge of its content.
      let box = node.parentElement;
      while (box && getComputedStyle(box).display.startsWith('inline')) box = box.parentElement;
      if (!box) continue;
      const right = box.getBoundingClientRect().right - parseFloat(getComputedStyle(box).paddingRight);
      const range = document.createRange();
      range.selectNodeContents(node);
      const past = Math.max(...[...range.getClientRects()].map((r) => r.right)) - right;
      if (past > 1)
        found.push(`"${text.trim().slice(0, 40)}" runs ${past.toFixed(0)} px past its ${box.tagName.toLowerCase()}`);
    }
    return found;
  });
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  await page.close();
  expect(opened).toBeGreaterThan(10);
  expect(overflowing).toEqual([]);
  expect(wide).toBeLessThanOrEqual(320);
});
