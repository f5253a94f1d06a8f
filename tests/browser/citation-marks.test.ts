/**
 * Citation marks as a reader sees them: tight against the word they follow and against
 * each other ("concede.[1]", "[3][4]"), never after a space, never followed by a space
 * before punctuation ("2024[6], as quoted in"), with a hit area that takes no room in the
 * line. Measured on the glyphs themselves, at a phone's and a desktop's width.
 */
import { expect, inject, test } from 'vitest';
import { useBuiltSite } from '../support/browser.ts';
import { entryPages, urlOf } from '../support/dist.ts';

const site = useBuiltSite();
const pages = entryPages(inject('siteDir')).map(urlOf);
const TIMEOUT = 60_000;
/** Sub-pixel rounding of glyph boxes; the padding this replaced left 5 px. */
const TOLERANCE = 0.75;

test('the built site has entry pages with citation marks to measure', () => {
  expect(pages.some((p) => p.startsWith('/events/'))).toBe(true);
});

for (const width of [375, 1280]) {
  test.each(pages)(
    `%s at ${width} px: marks sit tight against their word and each other`,
    { timeout: TIMEOUT },
    async (url) => {
      const page = await site.browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(`${site.origin}${url}`);
      const found = await page.$$eval(
        'sup.cite',
        (marks, tolerance) => {
          const problems: string[] = [];
          let measured = 0;
          const textOf = (node: Node | null) => node?.textContent ?? '';
          for (const mark of marks) {
            const label = `${mark.id || 'a mark'} (${textOf(mark).replace('\u2060', '')})`;
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            // The text just before the mark, and just after it, outside the mark.
            walker.currentNode = mark;
            let before = walker.previousNode();
            while (before && textOf(before) === '') before = walker.previousNode();
            walker.currentNode = mark;
            let after: Node | null = walker.nextNode();
            while (after && (mark.contains(after) || textOf(after) === '')) after = walker.nextNode();
            const own = [...mark.querySelectorAll('a')].flatMap((a) => [...a.childNodes]).find((n) => n.nodeType === 3);
            if (!before || !own) continue;
            const previous = textOf(before);
            if (/\s$/.test(previous)) {
              problems.push(`${label} follows a space: "…${previous.slice(-20)}"`);
              continue;
            }
            if (/^\s+[,.;:)]/.test(textOf(after))) problems.push(`${label} is followed by a space before punctuation`);
            // The glyph boxes of the last character before the mark and of the mark's "[".
            const last = document.createRange();
            last.setStart(before, previous.length - 1);
            last.setEnd(before, previous.length);
            const ownText = textOf(own);
            const bracket = ownText.indexOf('[');
            const first = document.createRange();
            first.setStart(own, bracket);
            first.setEnd(own, bracket + 1);
            const a = last.getBoundingClientRect();
            const b = first.getBoundingClientRect();
            // A mark on the next line is another test's concern (entry-pages: never alone on a line).
            if (b.top > a.bottom || b.bottom < a.top) continue;
            measured++;
            const gap = b.left - a.right;
            if (Math.abs(gap) > tolerance)
              problems.push(`${label} stands ${gap.toFixed(1)} px from "${previous.slice(-1)}"`);
          }
          return { problems, measured, marks: marks.length };
        },
        TOLERANCE,
      );
      await page.close();
      expect(found.problems).toEqual([]);
      // A page whose marks were all skipped would prove nothing.
      expect(found.marks === 0 || found.measured > 0).toBe(true);
    },
  );
}

test.each(pages)(
  '%s: the sources run 1, 2, 3 … without gaps, and further reading takes no number',
  { timeout: TIMEOUT },
  async (url) => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.origin}${url}`);
    const numbers = await page.$$eval('.references > ol > li', (items) =>
      items.map((li) => (li as HTMLLIElement).value),
    );
    const marks = await page.$$eval('sup.cite a', (links) =>
      links.map((a) => Number(/\d+/.exec(a.textContent ?? '')?.[0])),
    );
    const further = await page.$$eval('.references ol', (lists) => lists.length);
    await page.close();
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    // Every number in the list is a mark on the page, and every mark is in the list.
    expect([...new Set(marks)].sort((a, b) => a - b)).toEqual(numbers);
    expect(further).toBeLessThanOrEqual(1);
  },
);

test.each(pages)(
  '%s at 375 px: a tap up to 4 px above or below a mark lands on it',
  { timeout: TIMEOUT },
  async (url) => {
    const page = await site.browser.newPage({ viewport: { width: 375, height: 900 }, hasTouch: true });
    await page.goto(`${site.origin}${url}`);
    const misses = await page.$$eval('sup.cite a', (links) =>
      links.flatMap((a) => {
        a.scrollIntoView({ block: 'center' });
        const box = a.getBoundingClientRect();
        const x = box.left + box.width / 2;
        return [box.top - 4, box.bottom + 4].flatMap((y) => {
          const hit = document.elementFromPoint(x, y);
          return hit === a
            ? []
            : [`${a.parentElement?.id ?? ''} at ${y < box.top ? 'top' : 'bottom'}: ${hit?.tagName ?? 'nothing'}`];
        });
      }),
    );
    await page.close();
    expect(misses).toEqual([]);
  },
);
