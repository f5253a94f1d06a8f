/**
 * npm run bench -- [--events N[,N…]]… [--people M[,M…]] [--seed S] [--keep] [--only ours|floor] [--json FILE] [--query WORD] [--name WORD] [--tmp DIR] [--render-repeat R]
 *
 * For each size: generates the synthetic record into a temporary folder (/dev/shm when it
 * has room), builds it with our build (search index included), converts the same corpus
 * to plain .md and builds it with a minimal Astro 7 site (scripts/bench/floor: the
 * framework's floor), one build after the other, then indexes the floor's pages with our
 * own indexing step in a process of its own (scripts/bench/index-site.ts). Prints a
 * Markdown table of wall time, CPU time, peak RSS, ms per page, output sizes, Pagefind time
 * and size, each kind of page's share of the rendering time, and the bytes a browser
 * downloads for a first search (for --query and for a surname from the corpus, or --name):
 * ours through the site's search page, the floor's with Pagefind alone on its pages. Then,
 * per size, the largest last: `ratio vs floor: X.XX` (our wall time over the floor's), the
 * same for wall and CPU time against the floor plus its search index (the least a
 * searchable site of plain pages costs), and our first-query bytes over the floor's. Builds
 * are quiet: their output goes to a log file, shown only when a build fails. Defaults:
 * 1,000 and 10,000 events, people = events / 5.
 *
 * --render-repeat R renders every page R times in both builds and adds, per kind of page,
 * the median of each page's fastest render (scripts/bench/render-timing.ts): a figure
 * steady enough to compare two versions of a page on this shared machine, where a build's
 * wall time varies by a fifth from run to run. Wall times then include the repeats, so no
 * ratio is printed.
 */
import { mkdirSync, mkdtempSync, rmSync, statfsSync, accessSync, constants, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { copyFloorTemplate, linkNodeModules, writeCorpus, type Corpus } from './bench/corpus.ts';
import { distStats, type DistStats } from './bench/dist.ts';
import { phases, runBuild, type BuildRun, type Phases } from './bench/measure.ts';
import { chromiumPath } from './lib/chromium.ts';
import { fragmentsLoaded, pagefindQueryCost, queryCost, type QueryCost } from './bench/query.ts';

const USAGE =
  'usage: npm run bench -- [--events N[,N…]]… [--people M[,M…]] [--seed S] [--keep] [--only ours|floor] [--json FILE] [--query WORD] [--name WORD] [--tmp DIR] [--render-repeat R]';
const PROJECT = path.resolve(import.meta.dirname, '..');
const ASTRO = path.join(PROJECT, 'node_modules/astro/bin/astro.mjs');
/** Relative to the project: Astro joins --config onto --root. */
const OURS_CONFIG = 'scripts/bench/ours.config.mjs';
const FLOOR_TEMPLATE = path.join(PROJECT, 'scripts/bench/floor');
const REFERENCE_DATE = '2026-11-28';
/** Rough room a size needs on disk (corpus twice, two dists, caches), per event, plus slack. */
const BYTES_PER_EVENT = 80_000;
const SLACK_BYTES = 256 * 1024 * 1024;

/** A problem with the inputs, not with the bench: reported without a stack trace. */
class BenchError extends Error {}

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12))
  fail(`Node ${process.versions.node} is too old: Astro 7 needs 22.12 or later (npm run uses the project's Node 24)`);

let values: ReturnType<typeof parseOptions>['values'];
function parseOptions() {
  return parseArgs({
    options: {
      events: { type: 'string', multiple: true },
      people: { type: 'string', multiple: true },
      seed: { type: 'string', default: '1' },
      keep: { type: 'boolean', default: false },
      only: { type: 'string' },
      json: { type: 'string' },
      query: { type: 'string', default: 'report' },
      name: { type: 'string' },
      tmp: { type: 'string' },
      'render-repeat': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
}
try {
  ({ values } = parseOptions());
} catch (error) {
  fail((error as Error).message);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

function numbers(name: string, list: string[] | undefined, min: number): number[] | undefined {
  if (!list) return undefined;
  const out = list.flatMap((item) => item.split(',')).map((s) => s.trim().replace(/_/g, ''));
  for (const s of out)
    if (!/^\d+$/.test(s) || Number(s) < min) fail(`--${name} takes whole numbers, at least ${min}: "${s}"`);
  return out.map(Number);
}

const eventSizes = [...new Set(numbers('events', values.events, 1) ?? [1000, 10000])].sort((a, b) => a - b);
const peopleGiven = numbers('people', values.people, 2);
if (peopleGiven && peopleGiven.length !== 1 && peopleGiven.length !== eventSizes.length)
  fail('--people takes one number, or one per --events size');
const sizes = eventSizes.map((events, i) => ({
  events,
  people: peopleGiven
    ? ((peopleGiven.length === 1 ? peopleGiven[0] : peopleGiven[i]) as number)
    : Math.max(2, Math.floor(events / 5)),
}));
const seed = numbers('seed', [values.seed], 0)?.[0] ?? 1;
if (values.only !== undefined && values.only !== 'ours' && values.only !== 'floor') fail('--only takes ours or floor');
const runOurs = values.only !== 'floor';
const runFloor = values.only !== 'ours';
const renderRepeat = numbers(
  'render-repeat',
  values['render-repeat'] === undefined ? undefined : [values['render-repeat']],
  2,
)?.[0];
const RENDER_TIMING = path.join(PROJECT, 'scripts/bench/render-timing.ts');
const INDEX_SITE = path.join(PROJECT, 'scripts/bench/index-site.ts');
const query = values.query;
if (!/^[\p{L}\p{N}]+$/u.test(query)) fail('--query takes one word');
if (values.name !== undefined && !/^[\p{L}\p{N}]+$/u.test(values.name)) fail('--name takes one word');
if (runOurs) {
  try {
    chromiumPath();
  } catch (error) {
    fail(`the query measurement needs Chromium: ${(error as Error).message}`);
  }
}

// ---------------------------------------------------------------------------
// Where to work

function freeBytes(dir: string): number {
  const s = statfsSync(dir);
  return s.bavail * s.bsize;
}

function chooseTempBase(need: number): { base: string; why: string } {
  if (values.tmp) return { base: path.resolve(values.tmp), why: 'from --tmp' };
  try {
    accessSync('/dev/shm', constants.W_OK);
    const free = freeBytes('/dev/shm');
    if (free >= need) return { base: '/dev/shm', why: `tmpfs, ${gb(free)} free` };
    return { base: os.tmpdir(), why: `/dev/shm has ${gb(free)} free, under the ${gb(need)} needed` };
  } catch {
    return { base: os.tmpdir(), why: 'no writable /dev/shm' };
  }
}

const gb = (bytes: number) => `${(bytes / 1e9).toFixed(1)} GB`;
const needs = sizes.map((s) => s.events * BYTES_PER_EVENT + SLACK_BYTES);
const need = values.keep ? needs.reduce((a, b) => a + b, 0) : Math.max(...needs);
const temp = chooseTempBase(need);
mkdirSync(temp.base, { recursive: true });
const runDir = mkdtempSync(path.join(temp.base, 'record-bench-'));

// ---------------------------------------------------------------------------
// Stopping cleanly

let running: number | undefined;
let keepRunDir = values.keep;
process.on('SIGINT', () => {
  if (running !== undefined) {
    try {
      process.kill(running, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  if (!keepRunDir) rmSync(runDir, { recursive: true, force: true });
  console.error(`\ninterrupted${keepRunDir ? `; files kept in ${runDir}` : ''}`);
  process.exit(130);
});

const progress = (message: string) => process.stderr.write(message);

// ---------------------------------------------------------------------------
// The floor delivers its stylesheet as ours does, so page weight compares like with like.

async function ourStylesheetMode(): Promise<string> {
  try {
    const config = (await import(pathToFileURL(path.join(PROJECT, 'astro.config.mjs')).href)).default as {
      build?: { inlineStylesheets?: string };
    };
    return config.build?.inlineStylesheets ?? 'auto';
  } catch {
    return 'auto';
  }
}
const stylesheets = runFloor ? await ourStylesheetMode() : 'auto';

// ---------------------------------------------------------------------------
// One size

interface Side {
  run: BuildRun;
  phases: Phases;
  dist?: DistStats;
  /** Ours: through the site's search page. The floor: Pagefind alone on its pages (`pagefindQueryCost`), loading as many results as ours did. */
  query?: QueryCost;
  queryError?: string;
  /** The same for a person's surname (the corpus's `nameWord`). */
  nameQuery?: QueryCost;
  /** The floor only: our indexing step run by the bench on the floor's entry pages, after its build. */
  searchIndex?: BuildRun;
}

interface SizeResult {
  events: number;
  people: number;
  corpus: Corpus;
  ours?: Side;
  floor?: Side;
  ratio?: number;
  /** Our wall time over the floor's plus the time Pagefind takes on the floor's own pages. */
  ratioWithSearch?: number;
  /** The same for CPU time. */
  cpuRatioWithSearch?: number;
}

const baseEnv = (): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    RECORD_REFERENCE_DATE: REFERENCE_DATE,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
  };
  delete env['RECORD_ROOT'];
  delete env['BENCH_CACHE_DIR'];
  delete env['BENCH_RENDER_REPEAT'];
  delete env['BENCH_RENDER_TIMING'];
  env['BENCH_RENDER_TIMING'] = RENDER_TIMING;
  if (renderRepeat) env['BENCH_RENDER_REPEAT'] = String(renderRepeat);
  return env;
};

async function build(
  name: string,
  options: { args: string[]; cwd: string; env: NodeJS.ProcessEnv; logFile: string },
): Promise<BuildRun> {
  progress(`  ${name} build… `);
  const run = await runBuild({ command: process.execPath, ...options, onSpawn: (pid) => (running = pid) });
  running = undefined;
  if (run.ok) {
    progress(`${seconds(run.wallMs)}\n`);
  } else {
    keepRunDir = true;
    progress(`FAILED (exit ${run.exitCode ?? run.signal})\n`);
    console.error(`  log: ${run.logFile}\n  last 40 lines:`);
    for (const line of run.lines.slice(-40)) console.error(`    ${line.text}`);
  }
  return run;
}

/**
 * What a search index costs on the floor's own pages: our build's own indexing step
 * (src/integrations/search.ts, the same Pagefind package and entry pages) run on the
 * floor's dist/ after its build and timed from here. The floor plus this is the least a
 * searchable site of plain pages costs. Its index is removed again, so dist/ figures are
 * the floor's alone.
 */
async function indexFloor(
  dist: string,
  dir: string,
  queries: { word: string; results: number }[],
): Promise<{ run: BuildRun; costs: (QueryCost | undefined)[] }> {
  const run = await runBuild({
    command: process.execPath,
    args: [INDEX_SITE, dist],
    cwd: dir,
    env: baseEnv(),
    logFile: path.join(dir, 'floor-index.log'),
    onSpawn: (pid) => (running = pid),
  });
  running = undefined;
  if (!run.ok) {
    keepRunDir = true;
    throw new BenchError(
      `Pagefind could not index the floor (log ${run.logFile}):\n${run.lines
        .slice(-20)
        .map((l) => `  ${l.text}`)
        .join('\n')}`,
    );
  }
  const costs: (QueryCost | undefined)[] = [];
  for (const { word, results } of queries) {
    try {
      costs.push(await pagefindQueryCost(dist, word, results));
    } catch (error) {
      progress(`(query "${word}" on the floor failed: ${(error as Error).message.split('\n')[0]}) `);
      costs.push(undefined);
    }
  }
  rmSync(path.join(dist, 'pagefind'), { recursive: true, force: true });
  return { run, costs };
}

/** The name searched for besides the query word: --name, else a surname from the corpus. */
const nameOf = (corpus: Corpus): string | undefined => values.name ?? corpus.nameWord;

async function benchSize(events: number, people: number): Promise<SizeResult> {
  const dir = path.join(runDir, `events-${events}`);
  const recordRoot = path.join(dir, 'record');
  const floorSite = path.join(dir, 'floor');
  const oursDir = path.join(dir, 'ours');
  progress(`${fmt(events)} events, ${fmt(people)} people (${dir})\n  generating… `);
  if (runFloor) {
    copyFloorTemplate(FLOOR_TEMPLATE, floorSite);
    linkNodeModules(floorSite, path.join(PROJECT, 'node_modules'));
  }
  const corpus = writeCorpus({ events, people, seed }, recordRoot, runFloor ? floorSite : undefined, query);
  progress(`${fmt(corpus.files)} files, ${mb(corpus.mdxBytes)} in ${seconds(corpus.generateMs)}\n`);
  const result: SizeResult = { events, people, corpus };

  if (runOurs) {
    if (corpus.queryHits === 0)
      throw new BenchError(`no entry contains "${query}": pass --query with a word from the corpus`);
    linkNodeModules(oursDir, path.join(PROJECT, 'node_modules'));
    const dist = path.join(oursDir, 'dist');
    const env = { ...baseEnv(), RECORD_ROOT: recordRoot, BENCH_CACHE_DIR: path.join(oursDir, 'cache') };
    // cwd is the temporary folder so Astro stages pages under dist/ (same filesystem);
    // with an outDir outside cwd it stages them in <cwd>/.astro and renames across devices.
    const run = await build('our', {
      args: [ASTRO, 'build', '--root', PROJECT, '--config', OURS_CONFIG, '--outDir', dist],
      cwd: oursDir,
      env,
      logFile: path.join(dir, 'ours.log'),
    });
    const side: Side = { run, phases: phases(run.lines, run.wallMs) };
    if (run.ok) {
      side.dist = distStats(dist);
      for (const word of [query, nameOf(corpus)]) {
        if (word === undefined) continue;
        progress(`  one query (q=${word})… `);
        try {
          const cost = await queryCost(dist, word);
          if (word === query) side.query = cost;
          else side.nameQuery = cost;
          progress(`${kb(cost.bytes)} in ${cost.requests} requests\n`);
        } catch (error) {
          side.queryError = `q=${word}: ${(error as Error).message.split('\n')[0] ?? String(error)}`;
          progress(`failed: ${side.queryError}\n`);
        }
      }
    }
    result.ours = side;
  }

  if (runFloor) {
    const dist = path.join(floorSite, 'dist');
    const env = { ...baseEnv(), BENCH_INLINE_STYLESHEETS: stylesheets };
    const run = await build('floor', {
      args: [ASTRO, 'build', '--root', floorSite, '--outDir', dist],
      cwd: floorSite,
      env,
      logFile: path.join(dir, 'floor.log'),
    });
    const side: Side = { run, phases: phases(run.lines, run.wallMs) };
    if (run.ok) {
      side.dist = distStats(dist);
      progress("  Pagefind on the floor's pages… ");
      // Pagefind alone loads as many results as our search page did (10 when it ran).
      const loaded = (cost: QueryCost | undefined) => (cost ? fragmentsLoaded(cost) : 10);
      const name = nameOf(corpus);
      const { run: index, costs } = await indexFloor(dist, path.dirname(floorSite), [
        { word: query, results: loaded(result.ours?.query) },
        ...(name ? [{ word: name, results: loaded(result.ours?.nameQuery) }] : []),
      ]);
      side.searchIndex = index;
      if (costs[0]) side.query = costs[0];
      if (costs[1]) side.nameQuery = costs[1];
      progress(`${seconds(index.wallMs)}\n`);
    }
    result.floor = side;
  }

  if (result.ours?.run.ok && result.floor?.run.ok && !renderRepeat) {
    result.ratio = result.ours.run.wallMs / result.floor.run.wallMs;
    const index = result.floor.searchIndex;
    if (index) {
      result.ratioWithSearch = result.ours.run.wallMs / (result.floor.run.wallMs + index.wallMs);
      result.cpuRatioWithSearch = result.ours.run.cpuMs / (result.floor.run.cpuMs + index.cpuMs);
    }
  }
  if (!keepRunDir) rmSync(dir, { recursive: true, force: true });
  return result;
}

// ---------------------------------------------------------------------------
// Formatting

function fmt(n: number, digits = 0): string {
  return n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}
const seconds = (ms: number) => `${fmt(ms / 1000, 2)} s`;
const mb = (bytes: number) => `${fmt(bytes / 1e6, 2)} MB`;
const kb = (bytes: number) => `${fmt(bytes / 1e3, 1)} kB`;
const bytesText = (bytes: number) => `${fmt(bytes)} B`;

type Cell = (side: Side, which: 'ours' | 'floor') => string;
const NA = 'n/a';
const phase =
  (key: Exclude<keyof Phases, 'renderMedianMs' | 'renderShares'>): Cell =>
  (side) => {
    const value = side.phases[key];
    return value === undefined ? NA : seconds(value);
  };
const largestProcess: Cell = (side) => {
  const top = [...side.run.processes].sort((a, b) => b.peakRssBytes - a.peakRssBytes)[0];
  return top ? `${mb(top.peakRssBytes)} (${top.command})` : NA;
};

/** Kinds of page with a share of rendering time in any build, the largest share first. */
function shareKinds(results: readonly SizeResult[]): string[] {
  const total = new Map<string, number>();
  for (const r of results)
    for (const side of [r.ours, r.floor])
      for (const [kind, share] of Object.entries(side?.phases.renderShares ?? {}))
        total.set(kind, (total.get(kind) ?? 0) + share.ms);
  return [...total].sort((a, b) => b[1] - a[1]).map(([kind]) => kind);
}

/** The table's rows; `always` rows are shown for a failed build too. */
const rowsFor = (results: readonly SizeResult[]): { label: string; cell: Cell; always?: boolean }[] => [
  { label: 'wall time', cell: (s) => seconds(s.run.wallMs), always: true },
  { label: 'CPU time (user+sys, tree)', cell: (s) => seconds(s.run.cpuMs), always: true },
  { label: 'peak RSS (sum over tree)', cell: (s) => mb(s.run.peakRssBytes), always: true },
  { label: 'peak RSS, largest process', cell: largestProcess, always: true },
  { label: 'CPU used by others meanwhile', cell: (s) => seconds(s.run.otherCpuMs), always: true },
  { label: 'HTML pages', cell: (s) => (s.dist ? fmt(s.dist.htmlPages) : NA) },
  {
    label: 'ms per page (wall / pages)',
    cell: (s) => (s.dist?.htmlPages ? fmt(s.run.wallMs / s.dist.htmlPages, 2) : NA),
  },
  { label: 'dist/ bytes', cell: (s) => (s.dist ? mb(s.dist.bytes) : NA) },
  { label: 'HTML per entry page, median raw', cell: (s) => (s.dist ? bytesText(s.dist.entryHtmlMedianBytes) : NA) },
  {
    label: 'HTML per entry page, median gzip',
    cell: (s) => (s.dist ? bytesText(s.dist.entryHtmlMedianGzipBytes) : NA),
  },
  {
    label: 'Pagefind indexing (its log line)',
    cell: (s, w) =>
      w === 'ours'
        ? s.phases.pagefindMs !== undefined
          ? `${fmt(s.phases.pagefindMs)} ms`
          : NA
        : s.searchIndex
          ? `(${fmt(s.searchIndex.wallMs)} ms, by the bench)`
          : NA,
  },
  {
    label: 'Pagefind: CPU, largest process',
    cell: (s, w) => {
      if (w === 'ours' || !s.searchIndex) return NA;
      return `(${seconds(s.searchIndex.cpuMs)}, ${largestProcess({ ...s, run: s.searchIndex }, w)})`;
    },
  },
  {
    label: 'Pagefind index bytes (dist/pagefind)',
    cell: (s, w) => (w === 'ours' && s.dist?.pagefindFiles ? mb(s.dist.pagefindBytes) : NA),
  },
  {
    label: `first query "${query}": bytes under /pagefind/`,
    cell: (s) => (s.query ? `${kb(s.query.bytes)} (${s.query.requests} req.)` : s.queryError ? 'error' : NA),
  },
  {
    label: 'first query for a name: bytes under /pagefind/',
    cell: (s) => (s.nameQuery ? `${kb(s.nameQuery.bytes)} (${s.nameQuery.requests} req.)` : NA),
  },
  { label: 'log: start-up, to content sync', cell: phase('startupMs') },
  { label: 'log: content sync', cell: phase('contentSyncMs') },
  { label: 'log: types + build info', cell: phase('setupMs') },
  { label: 'log: Vite bundling', cell: phase('bundleMs') },
  { label: 'log: page rendering', cell: phase('renderMs') },
  { label: 'log: last line to exit', cell: phase('exitMs') },
  ...shareKinds(results).map((kind) => ({
    label: `rendering share: ${kind}`,
    cell: ((side: Side) => {
      const share = side.phases.renderShares?.[kind];
      return share ? `${seconds(share.ms)} (${fmt(share.pages)}, ${fmt(share.ms / share.pages, 2)} ms)` : NA;
    }) as Cell,
  })),
  ...(renderRepeat
    ? (['events', 'people', 'sources'] as const).map((kind) => ({
        label: `render, ${({ events: 'event', people: 'person', sources: 'source' } as const)[kind]} page (median of fastest of ${renderRepeat})`,
        cell: ((side: Side) => {
          const ms = side.phases.renderMedianMs?.[kind];
          return ms === undefined ? NA : `${fmt(ms, 3)} ms`;
        }) as Cell,
      }))
    : []),
];

function table(results: SizeResult[]): string {
  const tableRows = rowsFor(results);
  const columns: { head: string; side: Side | undefined; which: 'ours' | 'floor' }[] = [];
  for (const r of results) {
    if (runOurs) columns.push({ head: `ours ${fmt(r.events)}`, side: r.ours, which: 'ours' });
    if (runFloor) columns.push({ head: `floor ${fmt(r.events)}`, side: r.floor, which: 'floor' });
  }
  const rows = tableRows.map((row) => [
    row.label,
    ...columns.map((c) => (!c.side ? NA : !c.side.run.ok && !row.always ? 'failed' : row.cell(c.side, c.which))),
  ]);
  const head = ['metric', ...columns.map((c) => c.head)];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] as string).length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? `${'-'.repeat(w + 2)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(head), rule, ...rows.map(line)].join('\n');
}

// ---------------------------------------------------------------------------
// Run

const started = performance.now();
progress(`record bench: working in ${runDir} (${temp.why})\n`);
const results: SizeResult[] = [];
let failed = false;
try {
  for (const { events, people } of sizes) {
    const result = await benchSize(events, people);
    results.push(result);
    if ((result.ours && (!result.ours.run.ok || result.ours.queryError)) || (result.floor && !result.floor.run.ok))
      failed = true;
  }
} catch (error) {
  if (error instanceof BenchError) {
    if (!keepRunDir) rmSync(runDir, { recursive: true, force: true });
    console.error(`\n${error.message}`);
  } else {
    console.error(`\nbench failed: ${(error as Error).stack ?? String(error)}\nfiles kept in ${runDir}`);
  }
  process.exit(1);
}
const totalMs = performance.now() - started;
if (!keepRunDir) rmSync(runDir, { recursive: true, force: true });

function unreapedNote(results: SizeResult[]): string {
  const left = new Map<string, number>();
  for (const r of results) {
    for (const side of [r.ours, r.floor]) {
      for (const p of side?.run.processes ?? [])
        if (p.unreaped) left.set(p.command, (left.get(p.command) ?? 0) + p.cpuMs);
    }
  }
  return left.size ? [...left].map(([command, ms]) => `${command}: ${seconds(ms)} in all`).join(', ') : 'none this run';
}

const busiest = Math.max(
  0,
  ...results
    .flatMap((r) => [r.ours, r.floor])
    .map((side) => (side && side.run.cpuMs > 0 ? side.run.otherCpuMs / side.run.cpuMs : 0)),
);

const notes = [
  `Node ${process.versions.node}, ${os.cpus().length} cores, ${gb(os.totalmem())} RAM; seed ${seed}; RECORD_REFERENCE_DATE=${REFERENCE_DATE}; total bench time ${seconds(totalMs)}.`,
  `Temporary files: ${temp.base} (${temp.why})${keepRunDir ? `, kept in ${runDir}` : ', removed'}.`,
  ...results.map(
    (r) =>
      `${fmt(r.events)} events: ${fmt(r.corpus.people)} people, ${fmt(r.corpus.sources)} sources, ${fmt(r.corpus.files)} files, ${mb(r.corpus.mdxBytes)} of MDX; "${query}" occurs in ${fmt(r.corpus.queryHits)} entries.`,
  ),
  `CPU: growth of the bench's cutime+cstime (/proc/self/stat) across each build (the build and every descendant reaped), plus the own utime+stime of descendants it left unreaped (${unreapedNote(results)}). Peak RSS: largest sum of VmRSS over the build's process tree, sampled every 50 ms from /proc.`,
  ...(busiest > 0.05
    ? [
        `WARNING: other processes used up to ${fmt(busiest * 100)}% as much CPU as a build while it ran (row "CPU used by others meanwhile"): this machine was busy, so wall times are inflated and the ratio is noisy.`,
      ]
    : []),
  `Gzip: zlib level 6. First query: ours opens /search/?q=WORD in headless Chromium, served by a local node:http server (gzip for text types), counting status line, headers and body of every /pagefind/ response until results render and the network is idle; the floor's is Pagefind alone (scripts/bench/query.ts, pagefindQueryCost) on the floor's pages indexed by our indexing step, loading as many results as ours did. Words: "${query}" and a surname from the corpus (--name).`,
  `Our build: project config with its caches in the temporary folder (scripts/bench/ours.config.mjs). Floor: scripts/bench/floor, Astro's glob() loader over plain .md, stylesheet delivery as ours (build.inlineStylesheets = ${stylesheets}).`,
];

if (values.json) {
  const json = {
    date: new Date().toISOString(),
    node: process.versions.node,
    cores: os.cpus().length,
    seed,
    query,
    temp: { base: temp.base, why: temp.why, kept: keepRunDir ? runDir : undefined },
    totalMs,
    floorInlineStylesheets: stylesheets,
    sizes: results.map((r) => ({
      ...r,
      ours: r.ours && { ...r.ours, run: { ...r.ours.run, lines: undefined } },
      floor: r.floor && { ...r.floor, run: { ...r.floor.run, lines: undefined } },
    })),
  };
  writeFileSync(path.resolve(values.json), `${JSON.stringify(json, null, 2)}\n`);
  progress(`results written to ${path.resolve(values.json)}\n`);
}

console.log(`\n${notes.map((n) => `- ${n}`).join('\n')}\n\n${table(results)}\n`);
for (const r of results) {
  const why = renderRepeat ? `; not measured: with --render-repeat each page is rendered ${renderRepeat} times` : '';
  console.log(
    `ratio vs floor: ${r.ratio === undefined ? NA : r.ratio.toFixed(2)} (${fmt(r.events)} events, ${fmt(r.people)} people${why})`,
  );
  if (r.ratioWithSearch !== undefined)
    console.log(
      `  (vs the floor plus Pagefind on its own pages: ${r.ratioWithSearch.toFixed(2)} wall, ${r.cpuRatioWithSearch?.toFixed(2) ?? NA} CPU)`,
    );
  const firstQuery = (word: string | undefined, ours: QueryCost | undefined, floor: QueryCost | undefined) =>
    ours && floor ? `"${word}" ${(ours.bytes / floor.bytes).toFixed(2)}` : `"${word ?? NA}" ${NA}`;
  if (r.ours && r.floor)
    console.log(
      `  first query, ours over Pagefind alone on the floor's pages: ${firstQuery(query, r.ours.query, r.floor.query)}, ${firstQuery(r.ours.nameQuery?.query, r.ours.nameQuery, r.floor.nameQuery)}`,
    );
}
if (failed) process.exitCode = 1;
