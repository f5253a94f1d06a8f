/**
 * npm run measure:dev [-- --events N] [--people M] [--runs R] [--only ours|floor] [--seed S]
 *
 * The contributor's loop with `npm run dev`, measured from outside: start-up (spawn to the
 * first event page served) and edit-to-new-HTML (a file written to the first response that
 * shows the change, polling one request at a time) for three edits, each repeated R times
 * (default 5) and reported as the median with the range:
 * - a title change: an event's `title` rewritten; its page polled until it shows the title;
 * - a participant added: a person added to an event's `participants`; the event page polled
 *   until it links to them, then (ours only) the person's page until it links to the event;
 * - a file added: a new event file; its page polled until it is served with its title.
 * Without --events the shipped record is measured (a copy of content/, never the original);
 * with it, the bench's synthetic record (scripts/lib/synthetic/, seed 1, people = events / 5).
 * The floor is the bench's (scripts/bench/floor: Astro's glob() loader over the same corpus as
 * plain .md) run with `astro dev` on the same files and the same edits; its pages do not
 * show participants, so that row is ours alone. The two servers run one after the other,
 * never together. Figures vary with the machine's load: compare runs made side by side.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { copyFloorTemplate, linkNodeModules, toPlainMarkdown, writeCorpus } from './bench/corpus.ts';
import { fetchPage, pollPage, startDevServer, type DevServer } from './bench/dev-server.ts';

const USAGE =
  'usage: npm run measure:dev -- [--events N] [--people M] [--runs R] [--only ours|floor] [--seed S] [--keep]';
const PROJECT = path.resolve(import.meta.dirname, '..');
const ASTRO = path.join(PROJECT, 'node_modules/astro/bin/astro.mjs');
const FLOOR_TEMPLATE = path.join(PROJECT, 'scripts/bench/floor');
const REFERENCE_DATE = '2026-11-28';
const START_TIMEOUT_MS = 600_000;
const EDIT_TIMEOUT_MS = 180_000;

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

let values: {
  events?: string | undefined;
  people?: string | undefined;
  runs?: string | undefined;
  only?: string | undefined;
  seed?: string | undefined;
  keep?: boolean | undefined;
  help?: boolean | undefined;
};
try {
  ({ values } = parseArgs({
    options: {
      events: { type: 'string' },
      people: { type: 'string' },
      runs: { type: 'string', default: '5' },
      only: { type: 'string' },
      seed: { type: 'string', default: '1' },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  }));
} catch (error) {
  fail((error as Error).message);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const whole = (name: string, value: string | undefined, min: number): number | undefined => {
  if (value === undefined) return undefined;
  const clean = value.replace(/_/g, '');
  if (!/^\d+$/.test(clean) || Number(clean) < min) fail(`--${name} takes a whole number, at least ${min}: "${value}"`);
  return Number(clean);
};
const events = whole('events', values.events, 1);
const people =
  whole('people', values.people, 2) ?? (events === undefined ? undefined : Math.max(2, Math.floor(events / 5)));
const runs = whole('runs', values.runs, 1) ?? 5;
const seed = whole('seed', values.seed, 0) ?? 1;
if (values.only !== undefined && values.only !== 'ours' && values.only !== 'floor') fail('--only takes ours or floor');
if (people !== undefined && events === undefined) fail('--people needs --events');

// ---------------------------------------------------------------------------
// The corpus: ours as MDX in <run>/record/content, the floor's as .md in <run>/floor/content

const base = (() => {
  try {
    if (statfsSync('/dev/shm').bavail * statfsSync('/dev/shm').bsize > (events ?? 100) * 80_000 + 256e6)
      return '/dev/shm';
  } catch {
    // no /dev/shm
  }
  return os.tmpdir();
})();
const runDir = mkdtempSync(path.join(base, 'record-measure-dev-'));
const recordRoot = path.join(runDir, 'record');
const floorSite = path.join(runDir, 'floor');
const progress = (message: string) => process.stderr.write(message);
let active: DevServer | undefined;
const cleanUp = () => {
  if (!values.keep) rmSync(runDir, { recursive: true, force: true });
};
process.on('SIGINT', () => {
  void (active?.stop() ?? Promise.resolve()).finally(() => {
    cleanUp();
    process.exit(130);
  });
});

copyFloorTemplate(FLOOR_TEMPLATE, floorSite);
linkNodeModules(floorSite, path.join(PROJECT, 'node_modules'));
if (events === undefined) {
  progress('copying the shipped record… ');
  cpSync(path.join(PROJECT, 'content'), path.join(recordRoot, 'content'), { recursive: true });
  for (const collection of ['people', 'events', 'sources']) {
    const from = path.join(recordRoot, 'content', collection);
    const to = path.join(floorSite, 'content', collection);
    mkdirSync(to, { recursive: true });
    for (const name of readdirSync(from).filter((n) => n.endsWith('.mdx')))
      writeFileSync(
        path.join(to, name.replace(/\.mdx$/, '.md')),
        toPlainMarkdown(readFileSync(path.join(from, name), 'utf8')),
      );
  }
} else {
  progress(`generating ${events} events, ${people} people… `);
  writeCorpus({ events, people: people as number, seed }, recordRoot, floorSite, 'report');
}
progress('done\n');

// ---------------------------------------------------------------------------
// What to edit, chosen once from the corpus so both sides make the same edits

interface Frontmatter {
  [key: string]: unknown;
}
function frontmatterOf(file: string): Frontmatter {
  const text = readFileSync(file, 'utf8');
  const end = text.indexOf('\n---', 3);
  return (parseYaml(text.slice(4, end)) ?? {}) as Frontmatter;
}
const yearOf = (value: unknown): number | undefined => {
  const match = /^(\d{4})/.exec(String(value ?? ''));
  return match ? Number(match[1]) : undefined;
};
const contentDir = path.join(recordRoot, 'content');
const eventIds = readdirSync(path.join(contentDir, 'events'))
  .filter((n) => n.endsWith('.mdx'))
  .map((n) => n.slice(0, -4))
  .sort();
const personIds = readdirSync(path.join(contentDir, 'people'))
  .filter((n) => n.endsWith('.mdx'))
  .map((n) => n.slice(0, -4))
  .sort();
const pick = (list: string[], at: number) => list[Math.floor(list.length * at)] as string;
/** The event whose title changes. */
const titled = pick(eventIds, 0.5);
/** The event that gains participants, and who: people alive in its year, not already in it. */
const joined = pick(eventIds, 0.25);
const joinedData = frontmatterOf(path.join(contentDir, 'events', `${joined}.mdx`));
const joinedYear = yearOf(joinedData['date']);
const already = new Set(((joinedData['participants'] as { person?: string }[] | undefined) ?? []).map((p) => p.person));
const joiners: string[] = [];
for (const id of personIds) {
  if (joiners.length === runs) break;
  if (already.has(id) || joinedYear === undefined) continue;
  const person = frontmatterOf(path.join(contentDir, 'people', `${id}.mdx`));
  const born = yearOf(person['born']);
  const died = yearOf(person['died']);
  if (born !== undefined && born < joinedYear && (died === undefined || died > joinedYear)) joiners.push(id);
}
/** The event copied (with a new id and title) into each added file. */
const template = pick(eventIds, 0.75);

// ---------------------------------------------------------------------------
// One side

interface Side {
  startMs: number;
  title: number[];
  participantEvent: number[];
  participantPerson: number[];
  added: number[];
  /** Why this side stopped early, if it did. */
  failed?: string;
}

const replaceTitle = (text: string, title: string) => text.replace(/^title: .*$/m, `title: ${title}`);
const addParticipant = (text: string, person: string) =>
  text.replace(/^participants:\n/m, `participants:\n  - person: ${person}\n    role: witness\n`);

async function measure(which: 'ours' | 'floor'): Promise<Side> {
  const ours = which === 'ours';
  const ext = ours ? '.mdx' : '.md';
  const dir = ours ? contentDir : path.join(floorSite, 'content');
  const file = (collection: string, id: string) => path.join(dir, collection, `${id}${ext}`);
  const env: NodeJS.ProcessEnv = { ...process.env, RECORD_REFERENCE_DATE: REFERENCE_DATE };
  delete env['RECORD_ROOT'];
  if (ours) {
    env['RECORD_ROOT'] = recordRoot;
    // A cold start, like a fresh checkout's: no data store left by an earlier dev server.
    rmSync(path.join(PROJECT, '.astro', 'data-store.json'), { force: true });
  }
  progress(`${which}: starting astro dev… `);
  const started = performance.now();
  const server = await startDevServer({
    astro: ASTRO,
    args: ['--root', ours ? PROJECT : floorSite],
    cwd: ours ? PROJECT : floorSite,
    env,
  });
  active = server;
  const page = (collection: string, id: string) => `${server.origin}/${collection}/${id}/`;
  const side: Side = { startMs: 0, title: [], participantEvent: [], participantPerson: [], added: [] };
  const wait = (url: string, done: Parameters<typeof pollPage>[1], since: number) =>
    pollPage(url, done, { since, timeoutMs: EDIT_TIMEOUT_MS, pauseMs: 100 });
  try {
    side.startMs = (
      await pollPage(page('events', titled), (p) => p.status === 200, {
        since: started,
        timeoutMs: START_TIMEOUT_MS,
        pauseMs: 100,
      })
    ).ms;
    progress(`${(side.startMs / 1000).toFixed(1)} s\n`);
    // Every page the edits poll, requested once before, as a contributor has them open.
    for (const url of [page('events', joined), ...joiners.map((p) => page('people', p)), page('events', template)])
      await fetchPage(url);
    const settle = () => sleep(1000);
    for (let i = 0; i < runs; i++) {
      const title = `Measured title ${i + 1} ${Date.now()}`;
      const target = file('events', titled);
      const text = replaceTitle(readFileSync(target, 'utf8'), title);
      const since = performance.now();
      writeFileSync(target, text);
      side.title.push(
        (await wait(page('events', titled), (p) => p.status === 200 && p.html.includes(title), since)).ms,
      );
      progress(`  title ${i + 1}: ${side.title.at(-1)?.toFixed(0)} ms\n`);
      await settle();
    }
    if (ours) {
      for (const person of joiners) {
        const target = file('events', joined);
        const text = addParticipant(readFileSync(target, 'utf8'), person);
        const since = performance.now();
        writeFileSync(target, text);
        const link = `/people/${person}/`;
        side.participantEvent.push(
          (await wait(page('events', joined), (p) => p.status === 200 && p.html.includes(link), since)).ms,
        );
        const back = `/events/${joined}/`;
        side.participantPerson.push(
          (await wait(page('people', person), (p) => p.status === 200 && p.html.includes(back), since)).ms,
        );
        progress(
          `  participant ${side.participantEvent.length}: event page ${side.participantEvent.at(-1)?.toFixed(0)} ms, person page ${side.participantPerson.at(-1)?.toFixed(0)} ms\n`,
        );
        await settle();
      }
    }
    for (let i = 0; i < runs; i++) {
      const id = `measured-added-event-${i + 1}`;
      const title = `Measured added event ${i + 1}`;
      const text = replaceTitle(readFileSync(file('events', template), 'utf8'), title);
      const since = performance.now();
      writeFileSync(file('events', id), text);
      side.added.push((await wait(page('events', id), (p) => p.status === 200 && p.html.includes(title), since)).ms);
      progress(`  file added ${i + 1}: ${side.added.at(-1)?.toFixed(0)} ms\n`);
      await settle();
    }
  } catch (error) {
    console.error(
      `\n${which}: ${(error as Error).message}\nlast lines of its output:\n${server.output().slice(-4000)}`,
    );
    // What was measured before the failure is still printed; the rest of this side is skipped.
    side.failed = (error as Error).message;
  } finally {
    await server.stop();
    active = undefined;
    if (ours) rmSync(path.join(PROJECT, '.astro', 'data-store.json'), { force: true });
  }
  return side;
}

// ---------------------------------------------------------------------------
// Run and print

const results: Partial<Record<'ours' | 'floor', Side>> = {};
try {
  if (values.only !== 'floor') results.ours = await measure('ours');
  if (values.only !== 'ours') results.floor = await measure('floor');
} finally {
  cleanUp();
}

const median = (list: number[]) => {
  const sorted = [...list].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};
const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const cell = (list: number[] | undefined) =>
  !list?.length ? 'n/a' : `${secs(median(list))} (${secs(Math.min(...list))}–${secs(Math.max(...list))})`;
const rows: [string, (s: Side) => number[]][] = [
  ['start to first page', (s) => [s.startMs]],
  ['title change → event page', (s) => s.title],
  ['participant added → event page', (s) => s.participantEvent],
  ['participant added → person page', (s) => s.participantPerson],
  ['file added → its page', (s) => s.added],
];
const columns = (['ours', 'floor'] as const).filter((c) => results[c]);
const corpus =
  events === undefined
    ? `the shipped record (${eventIds.length} events, ${personIds.length} people)`
    : `${events} generated events, ${people} people (seed ${seed})`;
console.log(
  `\n- ${corpus}; Node ${process.versions.node}, ${os.cpus().length} cores; load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} at the end.`,
);
console.log(
  `- Median of ${runs} (range); edit to the end of the first response showing the change. Floor: Astro's glob() loader over plain .md (its pages show no participants).\n`,
);
console.log(`| | ${columns.join(' | ')} |\n| --- |${columns.map(() => ' --: |').join('')}`);
for (const [label, get] of rows)
  console.log(`| ${label} | ${columns.map((c) => cell(get(results[c] as Side))).join(' | ')} |`);
for (const c of columns) {
  const failed = results[c]?.failed;
  if (failed) {
    console.log(`\n${c} stopped early, so its figures above are fewer than ${runs} or n/a: ${failed}`);
    process.exitCode = 1;
  }
}
