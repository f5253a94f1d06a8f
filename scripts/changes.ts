/**
 * npm run changes -- <base-ref> — what the working tree's content/ does to the record
 * compared with <base-ref> (a branch, tag or commit: "origin/main", "HEAD~1"), as a
 * Markdown report on standard output. Both versions are read with the build's reader
 * (loadRecord); nothing is built. `--root <dir>` compares another checkout's working tree.
 * Problems in either version are reported, not fatal: the content check fails the run.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadSide } from '../src/lib/changes/load.ts';
import { renderMarkdown } from '../src/lib/changes/markdown.ts';
import { compareRecords } from '../src/lib/changes/report.ts';
import { referenceDate } from '../src/lib/reference-date.ts';

const USAGE = 'usage: npm run changes -- <base-ref> [--root <dir>]   (for example: npm run changes -- origin/main)';

const args = process.argv.slice(2);
const rootAt = args.indexOf('--root');
const root = path.resolve(rootAt >= 0 ? (args[rootAt + 1] ?? '.') : process.cwd());
const positional = args.filter((a, i) => !a.startsWith('--') && (rootAt < 0 || i !== rootAt + 1));
const base = positional[0];
if (!base || positional.length > 1) {
  console.error(USAGE);
  process.exit(2);
}

const git = (...gitArgs: string[]) =>
  execFileSync('git', gitArgs, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

try {
  git('rev-parse', '--verify', '--quiet', `${base}^{commit}`);
} catch {
  console.error(
    `changes: "${base}" is not a commit in ${root}. Fetch it first (git fetch origin) or name a branch, tag or commit.\n${USAGE}`,
  );
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
    console.error(`changes: ${base} has no content/ folder to compare with`);
    process.exit(2);
  }
  execFileSync('tar', ['-xf', tar, '-C', scratch]);
  if (!existsSync(path.join(root, 'content'))) {
    console.error(`changes: ${root} has no content/ folder`);
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
  process.stdout.write(renderMarkdown(report, `What this change does to the record (compared with ${base})`));
  const ms = Math.round(performance.now() - started);
  console.error(`changes: read ${before.files.length} + ${after.files.length} files and compared them in ${ms} ms`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
