/**
 * "Last updated" dates from git history: one `git log` for the whole content folder,
 * linear in the history. In a shallow clone the history is cut off and every file would
 * look last changed in the one commit present, so no dates are given at all: a missing
 * date is better than a wrong one.
 */
import { execFileSync } from 'node:child_process';

function git(root: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });
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
