/**
 * npm run check:content — checks every file under content/ without building the site,
 * and prints every problem of the run. Exit code 1 when there are problems.
 * `--root <dir>` (or RECORD_ROOT) checks the content/ folder of another directory.
 * Under GitHub Actions the problems are also printed as annotations for the PR diff.
 */
import { performance } from 'node:perf_hooks';
import { formatAnnotation, formatProblem, sortProblems } from '../src/lib/record/problems.ts';
import { loadRecord } from '../src/lib/record/read-record.ts';
import { referenceDate } from '../src/lib/time/reference-date.ts';
import { standingWarnings } from '../src/lib/record/standing.ts';

const args = process.argv.slice(2);
const rootIndex = args.indexOf('--root');
const root = rootIndex >= 0 ? (args[rootIndex + 1] ?? '.') : (process.env['RECORD_ROOT'] ?? process.cwd());

const started = performance.now();
// The reference date is the project's (its last commit), wherever the content folder is.
const { problems, files, record } = await loadRecord({
  root,
  referenceDate: referenceDate(process.cwd()),
  excerpts: false,
});
const ms = Math.round(performance.now() - started);

// Warnings (claims resting only on weak sources) go to standard output and fail nothing.
const warnings = sortProblems(standingWarnings(record));
for (const w of warnings) console.log(formatProblem(w));
for (const p of problems) console.error(formatProblem(p));
if (process.env['GITHUB_ACTIONS'] === 'true')
  for (const p of [...warnings, ...problems]) console.log(formatAnnotation(p));

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
if (warnings.length) console.log(`${plural(warnings.length, 'warning')}: claims resting only on weak sources\n`);
if (problems.length) {
  const inFiles = new Set(problems.map((p) => p.file)).size;
  console.error(
    `\n${plural(problems.length, 'problem')} in ${plural(inFiles, 'file')} (checked ${plural(files.length, 'file')} in ${ms} ms)`,
  );
  process.exit(1);
}
console.log(`content ok: checked ${plural(files.length, 'file')} in ${ms} ms`);
