/**
 * node scripts/measure-check.ts [--runs N] [--root DIR] [--nest N]
 *
 * Times the content check (loadRecord, as `npm run check:content` runs it) N times in one
 * process after one warm-up run, and prints the fastest, median and slowest times: a
 * figure steady enough to compare two versions on a shared machine. With --nest N it also
 * times parseBody-through-loadRecord on a copy of the base fixture whose event body holds
 * N nested blockquote markers, and prints the first problem reported.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { formatProblem } from '../src/lib/problems.ts';
import { loadRecord } from '../src/lib/read-record.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '20' },
    root: { type: 'string', default: '.' },
    nest: { type: 'string' },
  },
});
const runs = Number(values.runs);
const referenceDate = { precision: 'day', year: 2026, month: 11, day: 28, approximate: false } as const;

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
