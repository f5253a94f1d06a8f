/**
 * npm run changes -- <base-ref> — what the working tree's content/ does to the record
 * compared with <base-ref> (a branch, tag or commit: "origin/main", "HEAD~1"), as a
 * Markdown report on standard output. Both versions are read with the build's reader
 * (loadRecord); nothing is built. `--root <dir>` compares another checkout's working tree.
 * Problems in either version are reported, not fatal: the content check fails the run.
 *
 * For a pull request's job summary: `--summary <file>` appends the report cut to fit
 * GitHub's 1 MiB summary limit, and `--full <file>` writes it whole (kept as an artifact).
 * Under GitHub Actions the report on standard output sits between `::stop-commands::` and
 * its closing token, so nothing in it can be read as a workflow command.
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadSide } from '../src/lib/changes/load.ts';
import { renderMarkdown } from '../src/lib/changes/markdown.ts';
import { logLine } from '../src/lib/text/inert-text.ts';
import { compareRecords } from '../src/lib/changes/report.ts';
import { referenceDate } from '../src/lib/time/reference-date.ts';

const USAGE =
  'usage: npm run changes -- <base-ref> [--root <dir>] [--summary <file>] [--full <file>]   (for example: npm run changes -- origin/main)';
/** GitHub drops a job summary over 1 MiB whole; the report stops well before. */
const SUMMARY_MAX_BYTES = 900 * 1024;
/** Lines of the summary before it stops with a note; the full report has them all. */
const SUMMARY_MAX_LINES = 3000;
const FULL_REPORT_NOTE = "the run's change-report artifact, or `npm run changes` run locally";

const args = process.argv.slice(2);
const VALUED = ['--root', '--summary', '--full'];
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const root = path.resolve(option('--root') ?? process.cwd());
const summaryFile = option('--summary');
const fullFile = option('--full');
const positional = args.filter((a, i) => !a.startsWith('--') && !VALUED.includes(args[i - 1] ?? ''));
const base = positional[0];
if (!base || positional.length > 1 || args.some((a) => a.startsWith('--') && !VALUED.includes(a))) {
  console.error(USAGE);
  process.exit(2);
}

const git = (...gitArgs: string[]) =>
  execFileSync('git', gitArgs, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

try {
  git('rev-parse', '--verify', '--quiet', `${base}^{commit}`);
} catch {
  console.error(
    logLine(
      `changes: "${base}" is not a commit in ${root}. Fetch it first (git fetch origin) or name a branch, tag or commit.`,
    ),
  );
  console.error(USAGE);
  process.exit(2);
}

const started = performance.now();
const scratch = mkdtempSync(path.join(tmpdir(), 'record-base-'));
try {
  // The base's content/ only: `git archive` writes the committed tree, untouched by the working tree.
  const tar = path.join(scratch, 'base.tar');
  try {
    git('archive', '--format=tar', '-o', tar, base, '--', 'content');
  } catch {
    console.error(logLine(`changes: ${base} has no content/ folder to compare with`));
    process.exit(2);
  }
  execFileSync('tar', ['-xf', tar, '-C', scratch]);
  if (!existsSync(path.join(root, 'content'))) {
    console.error(logLine(`changes: ${root} has no content/ folder`));
    process.exit(2);
  }
  // One reference date for both versions, so "in the future" means the same on each side.
  const date = referenceDate(root);
  // One after the other: reading is mostly parsing on one thread, and two readers at once
  // hold twice the open files.
  // Files identical in both versions are parsed once (the second read reuses the first's entries).
  const reuse: NonNullable<Parameters<typeof loadSide>[2]> = new Map();
  const before = await loadSide(scratch, date, reuse);
  const after = await loadSide(root, date, reuse);
  const report = compareRecords(before, after);
  const heading = `What this change does to the record (compared with ${base})`;
  const markdown = renderMarkdown(report, heading);
  if (fullFile) writeFileSync(fullFile, markdown);
  if (summaryFile)
    appendFileSync(
      summaryFile,
      renderMarkdown(report, heading, {
        maxBytes: SUMMARY_MAX_BYTES,
        maxLines: SUMMARY_MAX_LINES,
        fullReport: FULL_REPORT_NOTE,
      }),
    );
  if (process.env['GITHUB_ACTIONS'] === 'true') {
    // The runner reads no workflow command until it sees this token, which content cannot guess.
    const token = randomUUID();
    process.stdout.write(`::stop-commands::${token}\n${markdown}::${token}::\n`);
  } else process.stdout.write(markdown);
  const ms = Math.round(performance.now() - started);
  console.error(`changes: read ${before.files.length} + ${after.files.length} files and compared them in ${ms} ms`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
