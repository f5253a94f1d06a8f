/**
 * Dates from git history: when each file was last changed ("Last updated") and when it
 * entered the record (the feed), each one `git log` for the whole content folder, linear
 * in the history. In a shallow clone the history is cut off and every file would look
 * changed or added in the one commit present, so no dates are given at all: a missing
 * date is better than a wrong one.
 */
import { execFileSync } from 'node:child_process';

function git(root: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 256 * 1024 * 1024,
    });
  } catch {
    return undefined;
  }
}

/**
 * Maps each file under `dir` (paths relative to `root`, like "content/events/x.mdx") to
 * the date, YYYY-MM-DD in UTC, of the last commit that changed it. Undefined when
 * `root` is not in a git work tree or the clone is shallow.
 */
export function lastCommitDates(root: string, dir = 'content'): Map<string, string> | undefined {
  if (git(root, ['rev-parse', '--is-shallow-repository'])?.trim() !== 'false') return undefined;
  const log = git(root, ['log', '--format=%x00%ct', '--name-only', '--relative', '--no-renames', '--', dir]);
  if (log === undefined) return undefined;
  return parseLog(log);
}

/** Parses `git log --format=%x00%ct --name-only`: newest commit first, so a file's first date wins. */
export function parseLog(log: string): Map<string, string> {
  const dates = new Map<string, string>();
  for (const block of log.split('\0')) {
    const [stamp, ...files] = block.split('\n');
    if (!stamp?.trim()) continue;
    const day = new Date(Number(stamp.trim()) * 1000).toISOString().slice(0, 10);
    for (const file of files) {
      if (file && !dates.has(file)) dates.set(file, day);
    }
  }
  return dates;
}

/**
 * Maps each file under `dir` to the instant (ISO 8601, UTC, to the second) of the first
 * commit that added it: when the entry entered the record. A file deleted and added again
 * keeps its first addition. Undefined when `root` is not in a git work tree or the clone
 * is shallow.
 */
export function firstCommitDates(root: string, dir = 'content'): Map<string, string> | undefined {
  if (git(root, ['rev-parse', '--is-shallow-repository'])?.trim() !== 'false') return undefined;
  const log = git(root, [
    'log',
    '--format=%x00%ct',
    '--name-only',
    '--diff-filter=A',
    '--relative',
    '--no-renames',
    '--',
    dir,
  ]);
  if (log === undefined) return undefined;
  return parseAdditions(log);
}

/** Parses `git log --format=%x00%ct --name-only --diff-filter=A`: newest commit first, so a file's last date wins. */
export function parseAdditions(log: string): Map<string, string> {
  const dates = new Map<string, string>();
  for (const block of log.split('\0')) {
    const [stamp, ...files] = block.split('\n');
    if (!stamp?.trim()) continue;
    const instant = new Date(Number(stamp.trim()) * 1000).toISOString().replace('.000Z', 'Z');
    for (const file of files) if (file) dates.set(file, instant);
  }
  return dates;
}
