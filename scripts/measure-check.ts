/**
 * node scripts/measure-check.ts [--runs N] [--root DIR] [--nest N] [--against DIR [--against-root DIR]]
 *
 * Times the content check (loadRecord, as `npm run check:content` runs it) N times in one
 * process after one warm-up run, and prints the fastest, median and slowest times: a
 * figure steady enough to compare two versions on a shared machine. With --nest N it also
 * times parseBody-through-loadRecord on a copy of the base fixture whose event body holds
 * N nested blockquote markers, and prints the first problem reported.
 *
 * With --against DIR (another checkout of the project, with node_modules) it loads that
 * version's reader too and runs the two alternately in this one process, each N times after
 * a warm-up, so a busy machine slows both alike: the figure to compare two versions by.
 * The other version reads its own checkout's record unless --against-root names another.
 */
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { formatProblem } from '../src/lib/record/problems.ts';
import { loadRecord } from '../src/lib/record/read-record.ts';
import { referenceDate as dateOfRecord } from '../src/lib/time/reference-date.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '20' },
    root: { type: 'string', default: '.' },
    nest: { type: 'string' },
    against: { type: 'string' },
    'against-root': { type: 'string' },
  },
});
const runs = Number(values.runs);
// As `npm run check:content` takes it: RECORD_REFERENCE_DATE, else the last commit's date.
const referenceDate = dateOfRecord(path.resolve(values.root));

const times: number[] = [];
// CPU time too: on a machine shared with other jobs, wall time mostly measures the others.
const cpu: number[] = [];
for (let i = 0; i <= runs; i++) {
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  await loadRecord({ root: values.root, referenceDate, excerpts: false });
  const used = process.cpuUsage(cpuStarted);
  if (i > 0) {
    times.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
  }
}
times.sort((a, b) => a - b);
cpu.sort((a, b) => a - b);
const ms = (n: number | undefined) => `${(n ?? 0).toFixed(1)} ms`;
console.log(
  `content check of ${path.resolve(values.root)}, ${runs} runs: wall fastest ${ms(times[0])}, median ${ms(times[Math.floor(times.length / 2)])}, slowest ${ms(times.at(-1))}; CPU fastest ${ms(cpu[0])}, median ${ms(cpu[Math.floor(cpu.length / 2)])}`,
);

if (values.nest) {
  const depth = Number(values.nest);
  const root = mkdtempSync(path.join(tmpdir(), 'record-nest-'));
  cpSync(path.resolve(import.meta.dirname, '../tests/fixtures/record/content'), path.join(root, 'content'), {
    recursive: true,
  });
  const file = path.join(root, 'content/events/deep.mdx');
  const frontmatter = '---\ntitle: Deep\nsummary: Deep.\ndate: 2024-11-06\nsources:\n  - source: uncharted\n---\n';
  writeFileSync(file, `${frontmatter}${'>'.repeat(depth)} text\n`);
  const started = performance.now();
  const { problems } = await loadRecord({ root, referenceDate, excerpts: false });
  const elapsed = performance.now() - started;
  console.log(`${depth} nested blockquote markers: ${problems.length} problem(s) in ${ms(elapsed)}`);
  if (problems[0]) console.log(formatProblem(problems[0]));
  rmSync(root, { recursive: true, force: true });
}

if (values.against) {
  const dir = path.resolve(values.against);
  // The reader's module, where it has lived: src/lib/record/ since src/lib was grouped by
  // concept, src/lib/read-record.ts before, and src/lib/record.ts before it was renamed.
  const places = ['src/lib/record/read-record.ts', 'src/lib/read-record.ts', 'src/lib/record.ts'];
  const modulePath = places.map((f) => path.join(dir, f)).find((f) => existsSync(f));
  if (!modulePath) throw new Error(`--against ${dir}: none of ${places.join(', ')} there`);
  const other = (await import(pathToFileURL(modulePath).href)) as { loadRecord: typeof loadRecord };
  const otherRoot = path.resolve(values['against-root'] ?? dir);
  const ours: number[] = [];
  const theirs: number[] = [];
  const once = async (load: typeof loadRecord, root: string) => {
    const started = performance.now();
    await load({ root, referenceDate, excerpts: false });
    return performance.now() - started;
  };
  for (let i = 0; i < 20; i++) {
    await once(loadRecord, values.root);
    await once(other.loadRecord, otherRoot);
  }
  for (let i = 0; i < runs; i++) {
    ours.push(await once(loadRecord, values.root));
    theirs.push(await once(other.loadRecord, otherRoot));
  }
  const summary = (t: number[]) => {
    t.sort((a, b) => a - b);
    return `median ${ms(t[Math.floor(t.length / 2)])}, fastest ${ms(t[0])}`;
  };
  const ratio = (median(ours) / median(theirs) - 1) * 100;
  console.log(
    `alternating, ${runs} runs each: this version on ${path.resolve(values.root)}: ${summary(ours)}; ${dir} on ${otherRoot}: ${summary(theirs)}; medians differ by ${ratio >= 0 ? '+' : ''}${ratio.toFixed(1)} %`,
  );
}

function median(t: readonly number[]): number {
  const sorted = [...t].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
