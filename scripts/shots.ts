/**
 * npm run shots [-- --out shots --dist dist --only home,event --widths 375,1280 --screen]
 *
 * Full-page screenshots of every page type at 320, 375, 768 and 1280 px, light and dark,
 * from headless Chromium against the built site (run `npm run build` first). Files are
 * named <type>-<width>-<scheme>.png so a folder listing reads as a contact sheet. --screen
 * takes the first screen (900 px tall) only: what a reader sees before scrolling.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from './lib/chromium.ts';
import { serveStatic } from './lib/static-server.ts';

/** One page of each type, by the name its screenshots get. */
const PAGES: ReadonlyArray<readonly [name: string, path: string]> = [
  ['home', '/'],
  ['events', '/events/'],
  ['event', '/events/harris-concession-call/'],
  ['people', '/people/'],
  ['person', '/people/donald-trump/'],
  ['sources', '/sources/'],
  ['source', '/sources/book-2024/'],
  ['timeline', '/timeline/'],
  ['year', '/timeline/2024/'],
  ['search', '/search/'],
  // A misspelt name: the results for the certain better spelling, and the line saying so.
  ['search-results', '/search/?q=Dougg+Emhoff'],
  ['404', '/people/dnald-trump/'],
  ['data', '/data/'],
  ['history', '/events/harris-concession-call/history/'],
  ['changes', '/changes/'],
  ['corrections', '/corrections/'],
  ['about', '/about/'],
  ['tags', '/tags/'],
  ['tag', '/tags/concession/'],
];
const SCHEMES = ['light', 'dark'] as const;

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'shots' },
    dist: { type: 'string', default: 'dist' },
    only: { type: 'string' },
    widths: { type: 'string', default: '320,375,768,1280' },
    screen: { type: 'boolean', default: false },
  },
});
const out = path.resolve(values.out ?? 'shots');
const widths = (values.widths ?? '').split(',').map(Number);
const bad = widths.find((w) => !Number.isInteger(w) || w < 200);
if (bad !== undefined) throw new Error(`--widths: "${values.widths}" is not a list of widths in px such as 320,1280`);
const only = values.only?.split(',');
const unknown = only?.filter((name) => !PAGES.some(([n]) => n === name)) ?? [];
if (unknown.length)
  throw new Error(`--only: unknown page type ${unknown.join(', ')}; known: ${PAGES.map(([n]) => n).join(', ')}`);
const pages = PAGES.filter(([name]) => !only || only.includes(name));

mkdirSync(out, { recursive: true });
const server = await serveStatic(path.resolve(values.dist ?? 'dist'));
const browser = await launchChromium();
try {
  for (const scheme of SCHEMES) {
    for (const width of widths) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
      const page = await context.newPage();
      for (const [name, url] of pages) {
        const response = await page.goto(server.origin + url, { waitUntil: 'load' });
        const status = response?.status() ?? 0;
        // Search results arrive after the page has loaded; the first screen shows them.
        if (url.includes('?q=')) await page.waitForSelector('.search-result-link', { timeout: 15_000 });
        if (status !== 200 && name !== '404') console.warn(`${url}: status ${status}`);
        const file = path.join(out, `${name}-${width}-${scheme}.png`);
        await page.screenshot({ path: file, fullPage: !values.screen });
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
        console.log(
          `${path.relative(process.cwd(), file)}  ${height} px tall${overflow ? '  OVERFLOWS sideways' : ''}`,
        );
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
