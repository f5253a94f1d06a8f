/**
 * The change report of a pull request, from trusted code:
 *
 *   node scripts/trusted-report.ts <base-commit> <pr-commit> [--repo <dir>] [--summary <file>] [--full <file>]
 *
 * Runs from a checkout of the base branch (this file and everything it imports are the
 * base's) in a repository that also holds the pull request's commits, fetched but never
 * checked out. It executes nothing of the pull request: its content/ files are read out
 * of git's object store as data (regular files only; links and submodules are refused),
 * from the pull request merged into the base when they merge cleanly (`git merge-tree`,
 * no work tree), else from the pull request itself. The base's reader and report code
 * compare them with the base's content.
 *
 * The report opens with every path the pull request changes outside content/: no content
 * report can speak for code, so those are listed first, loudly. The rest is the report of
 * `npm run changes` with the content check's verdict. Output as in scripts/changes.ts:
 * stdout (between stop-commands under GitHub Actions), `--summary` cut under 1 MiB,
 * `--full` whole.
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadSide } from '../src/lib/changes/load.ts';
import { renderMarkdown } from '../src/lib/changes/markdown.ts';
import { compareRecords } from '../src/lib/changes/report.ts';
import { clipNoted, logLine, markdownCode, markdownText } from '../src/lib/text/inert-text.ts';
import { referenceDate } from '../src/lib/time/reference-date.ts';

const USAGE =
  'usage: node scripts/trusted-report.ts <base-commit> <pr-commit> [--repo <dir>] [--summary <file>] [--full <file>]';
const SUMMARY_MAX_BYTES = 900 * 1024;
/** Lines of the summary before it stops with a note; the full report has them all. */
const SUMMARY_MAX_LINES = 3000;
/** Changed paths outside content/ listed in the summary; the full report lists them all. */
const MAX_CODE_PATHS = 200;
const CODE_WARNING = 'this pull request changes code: review it as code';

const args = process.argv.slice(2);
const VALUED = ['--repo', '--summary', '--full'];
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const positional = args.filter((a, i) => !a.startsWith('--') && !VALUED.includes(args[i - 1] ?? ''));
if (positional.length !== 2 || args.some((a) => a.startsWith('--') && !VALUED.includes(a))) {
  console.error(USAGE);
  process.exit(2);
}
const [baseArg, prArg] = positional as [string, string];
const repo = path.resolve(option('--repo') ?? process.cwd());
const summaryFile = option('--summary');
const fullFile = option('--full');

const git = (gitArgs: string[], options: { input?: string; allowFailure?: boolean } = {}) => {
  const result = spawnSync('git', gitArgs, {
    cwd: repo,
    input: options.input,
    maxBuffer: 1024 * 1024 * 1024,
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0' },
  });
  if (result.status !== 0 && !options.allowFailure)
    throw new Error(logLine(`git ${gitArgs.join(' ')} failed: ${result.stderr.toString().trim()}`));
  return { status: result.status, out: result.stdout };
};
const commit = (ref: string) => {
  const { status, out } = git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { allowFailure: true });
  if (status !== 0) {
    console.error(logLine(`trusted-report: "${ref}" is not a commit in ${repo}: fetch it first.`));
    console.error(USAGE);
    process.exit(2);
  }
  return out.toString().trim();
};
const base = commit(baseArg);
const pr = commit(prArg);
const mergeBase = git(['merge-base', base, pr]).out.toString().trim();

/** What the pull request changes: every path, from where it branched off. */
function changedPaths(): { status: string; file: string }[] {
  const fields = git(['diff', '--name-status', '-z', '--no-renames', mergeBase, pr])
    .out.toString()
    .split('\0')
    .filter(Boolean);
  const out: { status: string; file: string }[] = [];
  for (let i = 0; i + 1 < fields.length; i += 2) out.push({ status: fields[i]!, file: fields[i + 1]! });
  return out;
}

/** The tree to read the pull request's content from: merged into the base when it merges cleanly. */
function prTree(): { tree: string; against: string; merged: boolean } {
  const merged = git(['merge-tree', '--write-tree', '--no-messages', base, pr], { allowFailure: true });
  if (merged.status === 0) return { tree: merged.out.toString().split('\n')[0]!.trim(), against: base, merged: true };
  // 1 is a conflict; anything else (a git older than 2.38, say) is an error, not a conflict.
  if (merged.status !== 1) throw new Error('git merge-tree --write-tree failed: this needs git 2.38 or later');
  return { tree: pr, against: mergeBase, merged: false };
}

const STATUS: Record<string, string> = { A: 'added', D: 'deleted', M: 'modified', T: 'type changed' };

/**
 * Writes a tree's content/ into `dir`, file by file out of git's object store (one `git
 * cat-file --batch`), regular files only. Anything else (a link, which could make the
 * reader open a file of the machine, or a submodule) is returned to be reported.
 */
function extractContent(tree: string, dir: string): string[] {
  const refused: string[] = [];
  const entries: { file: string; blob: string }[] = [];
  const listing = git(['ls-tree', '-r', '-z', '--full-tree', tree, '--', 'content']).out.toString();
  for (const record of listing.split('\0')) {
    if (!record) continue;
    const tab = record.indexOf('\t');
    const [mode, type, object] = record.slice(0, tab).split(' ') as [string, string, string];
    const file = record.slice(tab + 1);
    const parts = file.split('/');
    const safe = parts[0] === 'content' && parts.every((p) => p !== '' && p !== '.' && p !== '..');
    if (!safe || type !== 'blob' || (mode !== '100644' && mode !== '100755')) refused.push(file);
    else entries.push({ file, blob: object });
  }
  mkdirSync(path.join(dir, 'content'), { recursive: true });
  if (!entries.length) return refused;
  const batch = git(['cat-file', '--batch'], { input: entries.map((e) => e.blob).join('\n') + '\n' }).out;
  let at = 0;
  for (const { file, blob } of entries) {
    const eol = batch.indexOf(10, at);
    const [sha, , size] = batch.subarray(at, eol).toString().split(' ');
    if (sha !== blob) throw new Error(`git cat-file: expected ${blob}, got ${sha}`);
    const start = eol + 1;
    const end = start + Number(size);
    const target = path.join(dir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, batch.subarray(start, end), { flag: 'wx' });
    at = end + 1;
  }
  return refused;
}

/**
 * The subject and `Correction:` trailers of each of the pull request's commits that change
 * content/: the site publishes them (recent changes, each entry's history, corrections), so
 * the reviewer reads them here. `-z` ends each field with NUL, which a message cannot hold.
 */
function contentMessages(): { short: string; subject: string; corrections: string[] }[] {
  const fields = git([
    'log',
    '-z',
    '--format=%h%x00%s%x00%(trailers:key=Correction,valueonly,unfold)',
    `${mergeBase}..${pr}`,
    '--',
    'content',
  ])
    .out.toString()
    .split('\0');
  const messages = [];
  for (let i = 0; i + 2 < fields.length; i += 3) {
    const corrections = fields[i + 2]!.split('\n').filter((line) => line.trim() !== '');
    messages.push({ short: fields[i]!.trim(), subject: fields[i + 1]!, corrections });
  }
  return messages;
}

const scratch = mkdtempSync(path.join(tmpdir(), 'record-trusted-'));
try {
  const changed = changedPaths();
  const code = changed.filter((c) => c.file !== 'content' && !c.file.startsWith('content/'));
  const { tree, against, merged } = prTree();
  const messages = contentMessages();
  const beforeDir = path.join(scratch, 'before');
  const afterDir = path.join(scratch, 'after');
  extractContent(against, beforeDir);
  const refused = extractContent(tree, afterDir);

  const date = referenceDate(repo);
  const reuse: NonNullable<Parameters<typeof loadSide>[2]> = new Map();
  const before = await loadSide(beforeDir, date, reuse);
  const after = await loadSide(afterDir, date, reuse);
  const report = compareRecords(before, after);

  const codeLines = (max: number) => {
    const shown = code
      .slice(0, max)
      .map((c) => `- ${markdownCode(clipNoted(c.file, 300))} (${STATUS[c.status[0]!] ?? c.status})`);
    if (code.length > max) shown.push(`- … and ${code.length - max} more (the full report lists them all)`);
    return shown;
  };
  const header = (max: number) => {
    const lines = code.length
      ? [
          `## ⚠️ ${CODE_WARNING[0]!.toUpperCase()}${CODE_WARNING.slice(1)}`,
          '',
          `**${code.length} changed path${code.length === 1 ? '' : 's'} outside content/. No report below speaks for them: ${CODE_WARNING}.** Its checks, tests and built site come from its own code and prove nothing about it.`,
          '',
          ...codeLines(max),
          '',
        ]
      : ['**This pull request changes only content/.**', ''];
    if (refused.length)
      lines.push(
        `**${refused.length} path${refused.length === 1 ? '' : 's'} under content/ ${refused.length === 1 ? 'is' : 'are'} not a plain file (a link or a submodule) and ${refused.length === 1 ? 'was' : 'were'} not read:**`,
        '',
        ...refused.slice(0, max).map((f) => `- ${markdownCode(clipNoted(f, 300))}`),
        '',
      );
    const problems = after.problems.length;
    lines.push(
      `Content check (the base's code on this pull request's content): ${
        problems ? `**fails, ${problems} problem${problems === 1 ? '' : 's'}**` : 'passes'
      }. ${merged ? 'Read from the pull request merged into its base.' : 'The pull request does not merge cleanly: read from the pull request itself, compared with where it branched off.'}`,
      '',
    );
    if (messages.length) {
      lines.push(
        `**What the site will publish from this pull request's commit messages** (recent changes and each entry's history; a \`Correction:\` trailer also on /corrections/):`,
        '',
      );
      for (const m of messages.slice(0, max)) {
        lines.push(`- ${markdownCode(m.short)} ${markdownText(clipNoted(m.subject, 300))}`);
        for (const c of m.corrections) lines.push(`  - Correction: ${markdownText(clipNoted(c, 1_000))}`);
      }
      if (messages.length > max)
        lines.push(`- … and ${messages.length - max} more commits (the full report lists them all)`);
      lines.push('');
    }
    return `${lines.join('\n')}\n`;
  };
  const heading = `What this change does to the record (trusted report, base ${base.slice(0, 12)})`;
  const full = header(Number.POSITIVE_INFINITY) + renderMarkdown(report, heading);
  if (fullFile) writeFileSync(fullFile, full);
  if (summaryFile) {
    const top = header(MAX_CODE_PATHS);
    const rest = renderMarkdown(report, heading, {
      maxBytes: SUMMARY_MAX_BYTES - Buffer.byteLength(top),
      maxLines: SUMMARY_MAX_LINES,
      fullReport: "the run's trusted-report artifact",
    });
    appendFileSync(summaryFile, top + rest);
  }
  if (process.env['GITHUB_ACTIONS'] === 'true') {
    const token = randomUUID();
    process.stdout.write(`::stop-commands::${token}\n${full}::${token}::\n`);
  } else process.stdout.write(full);
  if (code.length) console.error(logLine(`trusted-report: ${CODE_WARNING} (${code.length} paths outside content/)`));
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
