/**
 * node scripts/measure-hostile.ts [--runs N]
 *
 * Times the reader (loadRecord, as the content check and, with excerpts, the build and the
 * change report run it) on the base fixture record with each of the worst inputs of
 * scripts/lib/hostile-inputs.ts laid over it, and on the base record alone for comparison.
 * Prints the fastest of N runs (after one warm-up) for each, with the problem reported;
 * --runs 0 times one cold run (for a version where each input takes many seconds).
 */
import { rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { HOSTILE_INPUTS, recordWith, type HostileInput } from './lib/hostile-inputs.ts';
import { formatProblem } from '../src/lib/record/problems.ts';
import { loadRecord } from '../src/lib/record/read-record.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Number(values.runs);
const referenceDate = { precision: 'day', year: 2026, month: 11, day: 28, approximate: false } as const;
const base: HostileInput = { name: 'the base record alone (for comparison)', file: 'content/.unused', text: '' };

console.log(`reader time, fastest of ${runs} runs after a warm-up (check: excerpts off; build and report: on)`);
for (const input of [base, ...HOSTILE_INPUTS]) {
  const root = recordWith(input);
  if (input === base) rmSync(`${root}/${input.file}`);
  const fastest = async (excerpts: boolean) => {
    let best = Infinity;
    let first = '';
    for (let i = 0; i <= Math.max(runs, 0); i++) {
      const started = performance.now();
      const { problems } = await loadRecord({ root, referenceDate, excerpts });
      const elapsed = performance.now() - started;
      if (i > 0 || runs === 0) best = Math.min(best, elapsed);
      first = problems[0] ? formatProblem(problems[0]) : 'no problem';
    }
    return { best, first };
  };
  const check = await fastest(false);
  const build = await fastest(true);
  const shown = check.first.length > 150 ? `${check.first.slice(0, 150)}…` : check.first;
  console.log(
    `${input.name}: check ${check.best.toFixed(1)} ms, with excerpts ${build.best.toFixed(1)} ms\n  ${shown}`,
  );
  rmSync(root, { recursive: true, force: true });
}
