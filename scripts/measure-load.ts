/**
 * npm run measure:load [-- --dist dist --runs 3] — loads one page of each type in headless
 * Chromium as a phone would (375×667 viewport at 2×, touch, CPU slowed four times through
 * the DevTools protocol's Emulation.setCPUThrottlingRate) and prints, per page type:
 * cumulative layout shift and long tasks (PerformanceObserver, registered before the
 * page's first byte), total blocking time (the sum of each long task's time over 50 ms),
 * and where the renderer's main thread spent its time until load (a Chromium trace,
 * summed by trace event name), so a cost can be traced to styles, layout, or a script.
 * Run `npm run build` first. Figures vary with the machine's load: compare runs made on
 * the same machine, and read the median.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { launchChromium } from './lib/chromium.ts';
import { serveStatic } from './lib/static-server.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    runs: { type: 'string', default: '3' },
    page: { type: 'string', multiple: true },
    trace: { type: 'boolean', default: false },
  },
});
const dir = path.resolve(values.dist ?? 'dist');
const runs = Math.max(1, Number(values.runs) || 3);

/** One page per type: the largest of each where the record has several. */
const DEFAULT_PAGES: [type: string, url: string][] = [
  ['home', '/'],
  ['event', '/events/harris-concession-call/'],
  ['person', '/people/donald-trump/'],
  ['source', '/sources/book-2024/'],
  ['timeline year', '/timeline/2024/'],
  ['events index', '/events/'],
];
const pages: [string, string][] = values.page?.length ? values.page.map((u) => [u, u]) : DEFAULT_PAGES;

interface Run {
  cls: number;
  /** The elements that moved. */
  shifted: string[];
  longTasks: number[];
  tbt: number;
  /** Main-thread milliseconds by trace event name, top-level events only. */
  mainThread: Map<string, number>;
}

// Runs in the page before any of its own code: observers for the whole load.
const OBSERVE = `(() => {
  const out = (window.__load = { shifts: [], shifted: [], longTasks: [] });
  const name = (n) => n && n.nodeType === 1 ? n.tagName.toLowerCase() + (n.id ? '#' + n.id : n.className ? '.' + String(n.className).split(' ')[0] : '') : 'text';
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) {
      if (e.hadRecentInput) continue;
      out.shifts.push(e.value);
      for (const s of e.sources || []) out.shifted.push(name(s.node));
    }
  })
    .observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) out.longTasks.push(e.duration); })
    .observe({ type: 'longtask', buffered: true });
})();`;

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}

/** Sums complete events on the renderer's main thread, counting only those not nested in another. */
function mainThreadTotals(trace: { traceEvents: TraceEvent[] }): Map<string, number> {
  const events = trace.traceEvents;
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const totals = new Map<string, number>();
  if (!main) return totals;
  const own = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts);
  // Trace event nesting: a task contains parsing, which contains layout. Record each
  // event's self time under its own name, so the totals add up to the thread's busy time.
  const stack: { end: number; name: string; child: number; dur: number }[] = [];
  const close = (upTo: number) => {
    while (stack.length && (stack.at(-1)?.end ?? 0) <= upTo) {
      const done = stack.pop();
      if (!done) break;
      totals.set(done.name, (totals.get(done.name) ?? 0) + (done.dur - done.child) / 1000);
    }
  };
  for (const e of own) {
    close(e.ts);
    const parent = stack.at(-1);
    if (parent) parent.child += e.dur ?? 0;
    stack.push({ end: e.ts + (e.dur ?? 0), name: e.name, child: 0, dur: e.dur ?? 0 });
  }
  close(Number.POSITIVE_INFINITY);
  return totals;
}

async function measure(browser: Browser, origin: string, url: string): Promise<Run> {
  const context = await browser.newContext({
    viewport: { width: 375, height: 667 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  await page.addInitScript(OBSERVE);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const tracing = values.trace === true;
  if (tracing)
    await browser.startTracing(page, {
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink'],
    });
  await page.goto(`${origin}${url}`, { waitUntil: 'load' });
  // Long tasks after load (deferred work, late layout) still count: wait for a quiet second.
  await page.waitForTimeout(1000);
  const trace = tracing
    ? (JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] })
    : { traceEvents: [] };
  const result = await page.evaluate(
    () => (window as unknown as { __load: { shifts: number[]; shifted: string[]; longTasks: number[] } }).__load,
  );
  await context.close();
  return {
    cls: result.shifts.reduce((a, b) => a + b, 0),
    shifted: result.shifted,
    longTasks: result.longTasks,
    tbt: result.longTasks.reduce((a, d) => a + Math.max(0, d - 50), 0),
    mainThread: mainThreadTotals(trace),
  };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)] ?? 0;
};

if (!existsSync(path.join(dir, 'index.html')))
  throw new Error(`${dir}/index.html not found: run \`npm run build\` first, or pass --dist.`);
const browser = await launchChromium();
const server = await serveStatic(dir);
try {
  console.log(`Load on a phone: 375×667 at 2×, CPU slowed 4×; median of ${runs} runs per page (${dir})\n`);
  console.log(
    '| page type | page | layout shift (what moved) | long tasks (ms) | blocking time (ms) | main thread until load, largest costs (ms) |',
  );
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const [type, url] of pages) {
    const results: Run[] = [];
    for (let i = 0; i < runs; i++) results.push(await measure(browser, server.origin, url));
    const mid = results.find((r) => r.tbt === median(results.map((x) => x.tbt))) ?? results[0];
    if (!mid) continue;
    const costs = [...mid.mainThread]
      .filter(([name]) => !/^(ThreadControllerImpl::RunTask|RunTask|RunMicrotasks)$/.test(name))
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4)
      .map(([name, ms]) => `${name} ${ms.toFixed(0)}`)
      .join(', ');
    const movedSet = [...new Set(results.flatMap((r) => r.shifted))];
    const moved = movedSet.length ? ` (${movedSet.join(', ')})` : '';
    const tasks = mid.longTasks.length ? mid.longTasks.map((d) => d.toFixed(0)).join(' + ') : 'none';
    console.log(
      `| ${type} | ${url} | ${median(results.map((r) => r.cls)).toFixed(3)}${moved} | ${tasks} | ${median(results.map((r) => r.tbt)).toFixed(0)} | ${costs} |`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
