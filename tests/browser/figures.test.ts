/**
 * The timelines and the relations list as a reader sees them, at 320, 375 and 1280 px:
 * every piece of their text renders at 12 CSS px or more (font size times the SVG's scale
 * on screen), no two pieces of timeline text intersect each other or the axis, and
 * nothing in them makes the page scroll sideways.
 */
import { describe, expect, test } from 'vitest';
import { useBuiltSite } from '../support/browser.ts';

const site = useBuiltSite();

/** Pages that place the figures, and which they must show. */
const PAGES = [
  { url: '/', timeline: true, relations: false },
  { url: '/timeline/2024/', timeline: true, relations: false },
  { url: '/timeline/2025/', timeline: true, relations: false },
  { url: '/people/donald-trump/', timeline: true, relations: true },
  { url: '/people/kamala-harris/', timeline: false, relations: true },
];
const WIDTHS = [320, 375, 1280];

interface Box {
  what: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

interface Findings {
  timelines: number;
  relations: number;
  texts: number;
  small: string[];
  boxes: Box[];
  axes: Box[];
  overflow: number;
  wide: string[];
}

// Runs in the page: measures what the reader sees.
function inspect(): Findings {
  const describe = (el: Element) =>
    `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
  const box = (el: Element, what: string): Box => {
    const r = el.getBoundingClientRect();
    return { what, left: r.left, right: r.right, top: r.top, bottom: r.bottom };
  };
  const figures = [...document.querySelectorAll('figure.timeline, ul.relations')];
  const small: string[] = [];
  let texts = 0;
  for (const figure of figures) {
    const walker = document.createTreeWalker(figure, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || !(node.textContent ?? '').trim()) continue;
      const style = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      if (style.display === 'none' || style.visibility === 'hidden' || r.width === 0 || el.closest('title, desc'))
        continue;
      // Text in an SVG is drawn at its font size times the SVG's scale on screen.
      const scale = el instanceof SVGGraphicsElement ? (el.getScreenCTM()?.a ?? 1) : 1;
      const size = parseFloat(style.fontSize) * scale;
      texts++;
      if (size < 12) small.push(`${describe(el)}: ${size.toFixed(1)}px`);
    }
  }
  const boxes: Box[] = [];
  const axes: Box[] = [];
  for (const timeline of document.querySelectorAll('figure.timeline')) {
    for (const el of timeline.querySelectorAll('.tl-scale text, .tl-text')) {
      if (getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().width > 0)
        boxes.push(box(el, describe(el)));
    }
    // The axis lines, as drawn: their stroke's thickness about the line.
    for (const line of timeline.querySelectorAll<SVGLineElement>('.tl-scale line')) {
      const r = line.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      const half = parseFloat(getComputedStyle(line).strokeWidth) / 2;
      axes.push({
        what: 'the axis',
        left: r.left - half,
        right: r.right + half,
        top: r.top - half,
        bottom: r.bottom + half,
      });
    }
  }
  const wide = figures
    .filter((f) => f.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
    .map(describe);
  return {
    timelines: document.querySelectorAll('figure.timeline').length,
    relations: document.querySelectorAll('ul.relations').length,
    texts,
    small,
    boxes,
    axes,
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    wide,
  };
}

const intersects = (a: Box, b: Box) =>
  a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

describe.each(WIDTHS)('at %i px', (width) => {
  test.each(PAGES)(
    '$url: figure text at least 12px, no text over other text or the axis, no sideways scroll',
    async (page) => {
      const context = await site.browser.newContext({ viewport: { width, height: 900 } });
      const tab = await context.newPage();
      await tab.goto(`${site.origin}${page.url}`);
      const found = await tab.evaluate(inspect);
      await context.close();

      expect(found.timelines > 0).toBe(page.timeline);
      expect(found.relations > 0).toBe(page.relations);
      // Below the chart's width a figure with its list below is left out (page-structure.test.ts).
      if (page.relations || (page.timeline && width === 1280)) expect(found.texts).toBeGreaterThan(0);
      expect(found.small).toEqual([]);
      const overlaps: string[] = [];
      found.boxes.forEach((a, i) => {
        for (const b of found.boxes.slice(i + 1)) if (intersects(a, b)) overlaps.push(`${a.what} over ${b.what}`);
        for (const axis of found.axes) if (intersects(a, axis)) overlaps.push(`${a.what} over the axis`);
      });
      expect(overlaps).toEqual([]);
      expect(found.wide).toEqual([]);
      expect(found.overflow).toBeLessThanOrEqual(0);
    },
  );
});
