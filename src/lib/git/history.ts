/**
 * The record's history from git, read in one `git log` pass over the content folder and
 * parsed once into commits and per-file histories (renames followed): every entry's
 * changes, the site's recent changes and its corrections, "Last updated" and the date a
 * file entered the record all come from this one read. Its cost grows with the lines git
 * prints (commits plus the files each touched), never with entries × commits.
 *
 * In a shallow clone the history is cut off, and every file would look added in the one
 * commit present: the history is then "not available", and pages say so instead of
 * showing wrong dates. A correction is a commit whose message carries a `Correction:`
 * trailer (git interpret-trailers rules: the last paragraph, "Key: value" lines).
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

/** What a commit did to one file. */
export type ChangeKind = 'added' | 'modified' | 'renamed' | 'deleted';

export interface FileChange {
  kind: ChangeKind;
  /** The file's path after the commit ("content/events/x.mdx"). */
  path: string;
  /** For a rename, the path before it. */
  from?: string;
}

export interface Commit {
  /** The full commit hash. */
  hash: string;
  /** The abbreviated hash git chose: unique in the repository. */
  short: string;
  /** Committer date, ISO 8601 in UTC to the second: "2025-07-08T09:30:00Z". */
  date: string;
  /** The first line of the message, as written (content: escape it where it goes). */
  subject: string;
  /** Each `Correction:` trailer's text, unfolded to one line; empty for other commits. */
  corrections: string[];
  /** The files under the content folder the commit changed. */
  files: FileChange[];
}

/** One row of a file's history: the commit and what it did to that file. */
export interface FileHistoryRow {
  commit: Commit;
  change: FileChange;
}

export type GitHistory =
  | {
      available: true;
      /** Newest first, as git log prints them. */
      commits: Commit[];
      /** Each current path's changes, newest first, followed through renames. */
      files: Map<string, FileHistoryRow[]>;
    }
  | { available: false; reason: 'shallow' | 'no-git' };

/** Runs git in `root` and returns what it prints; undefined when git fails or is missing. */
export function git(root: string, args: readonly string[]): string | undefined {
  try {
    return execFileSync('git', [...args], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 1024 * 1024 * 1024,
    });
  } catch {
    return undefined;
  }
}

/** A full commit hash: SHA-1 (40 hex digits) or SHA-256 (64). */
const COMMIT_HASH = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

/** The full hash of HEAD in `root`; undefined outside a git work tree or before the first commit. */
export function headCommit(root: string): string | undefined {
  const head = git(root, ['rev-parse', '--verify', '--quiet', 'HEAD'])?.trim();
  return head && COMMIT_HASH.test(head) ? head : undefined;
}

/**
 * The log format: NUL-separated fields, with `-z` so that paths are NUL-separated and never
 * quoted. A commit message cannot hold a NUL byte, so no subject or trailer can forge a field.
 */
export const LOG_ARGS = [
  '-c',
  'core.quotePath=false',
  'log',
  '-z',
  '--format=%H%x00%h%x00%ct%x00%s%x00%(trailers:key=Correction,valueonly,unfold)',
  '--name-status',
  '-M',
  '--relative',
] as const;

/** Reads and parses the history of `dir` (relative to `root`, the work tree's top). */
export function readGitHistory(root: string, dir = 'content'): GitHistory {
  const shallow = git(root, ['rev-parse', '--is-shallow-repository'])?.trim();
  if (shallow === undefined) return { available: false, reason: 'no-git' };
  if (shallow !== 'false') return { available: false, reason: 'shallow' };
  const log = git(root, [...LOG_ARGS, '--', dir]);
  if (log === undefined) return { available: false, reason: 'no-git' };
  const commits = parseGitLog(log);
  return { available: true, commits, files: fileHistories(commits) };
}

const STATUS = /^([AMDRCT])(\d{0,3})$/;

function instant(seconds: string): string {
  const n = Number(seconds);
  if (!Number.isSafeInteger(n)) throw new Error(`git log printed "${seconds}" where a commit time was expected`);
  return new Date(n * 1000).toISOString().replace('.000Z', 'Z');
}

/**
 * Parses the output of `git log` with LOG_ARGS, newest commit first. Throws on output it
 * does not understand rather than attributing a change to the wrong file.
 */
export function parseGitLog(log: string): Commit[] {
  const tokens = log.split('\0');
  const commits: Commit[] = [];
  let i = 0;
  const next = () => tokens[i++] ?? '';
  while (i < tokens.length) {
    const first = next().replace(/^\n+/, '');
    if (first === '') continue;
    if (!COMMIT_HASH.test(first))
      throw new Error(`git log printed "${first.slice(0, 40)}" where a commit hash was expected`);
    const short = next();
    const date = instant(next());
    const subject = next();
    const corrections = next()
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    const commit: Commit = { hash: first, short, date, subject, corrections, files: [] };
    commits.push(commit);
    // The files: a status, then one path (two for a rename or copy), until the next hash.
    while (i < tokens.length) {
      const token = (tokens[i] ?? '').replace(/^\n+/, '');
      if (token === '') {
        i++;
        continue;
      }
      if (COMMIT_HASH.test(token)) break;
      i++;
      const status = STATUS.exec(token);
      if (!status) throw new Error(`git log printed "${token.slice(0, 40)}" where a change status was expected`);
      const letter = status[1];
      if (letter === 'R' || letter === 'C') {
        const from = next();
        const path = next();
        commit.files.push(letter === 'R' ? { kind: 'renamed', path, from } : { kind: 'added', path });
      } else {
        const path = next();
        commit.files.push({ kind: letter === 'A' ? 'added' : letter === 'D' ? 'deleted' : 'modified', path });
      }
    }
  }
  return commits;
}

/**
 * Each file's rows, newest first, keyed by the path it has now (or had when deleted).
 * Walking from the newest commit back, a rename sends the older path's earlier changes to
 * the file it became; a deletion ends a file, so a later file at the same path does not
 * inherit the deleted one's history. One pass over the commits and their files.
 */
export function fileHistories(commits: readonly Commit[]): Map<string, FileHistoryRow[]> {
  const files = new Map<string, FileHistoryRow[]>();
  /** A path → the file its older changes belong to; null when to no current file. */
  const owner = new Map<string, string | null>();
  for (const commit of commits) {
    for (const change of commit.files) {
      const key = owner.has(change.path) ? owner.get(change.path) : change.path;
      if (key !== null && key !== undefined) {
        let rows = files.get(key);
        if (!rows) files.set(key, (rows = []));
        rows.push({ commit, change });
      }
      // Before a file was added (or renamed to its path), its path held some other file.
      if (change.kind !== 'modified' && change.kind !== 'deleted') owner.set(change.path, null);
      if (change.kind === 'renamed' && change.from !== undefined) owner.set(change.from, key ?? null);
    }
  }
  return files;
}

/** The date (YYYY-MM-DD, UTC) of each file's last change: "Last updated". */
export function lastChangeDates(history: GitHistory): Map<string, string> | undefined {
  if (!history.available) return undefined;
  const dates = new Map<string, string>();
  for (const [file, rows] of history.files) {
    const newest = rows[0];
    if (newest) dates.set(file, newest.commit.date.slice(0, 10));
  }
  return dates;
}

/**
 * When each file's path entered the record: the instant of the oldest commit that added
 * it or renamed a file to it (a renamed file is a new id). A file deleted and added again
 * keeps its first addition.
 */
export function additionDates(history: GitHistory): Map<string, string> | undefined {
  if (!history.available) return undefined;
  const dates = new Map<string, string>();
  for (const commit of history.commits) {
    for (const change of commit.files) {
      if (change.kind === 'added' || change.kind === 'renamed') dates.set(change.path, commit.date);
    }
  }
  return dates;
}

/** Where the shared read is kept: one per process, so the content loader and the pages share it. */
const SHARED = Symbol.for('record.git-history');
type SharedSlot = { key: string; history: GitHistory };

/**
 * The history of `root`'s content folder, read once per build: the content loader ("Last
 * updated") and the pages (history, changes, corrections, feeds) run in one process but in
 * separately bundled modules, so the read is kept on the global object, keyed by the folder
 * and its HEAD commit (in dev, a new commit means a new read).
 */
export function sharedGitHistory(folder: string): GitHistory {
  // One spelling of the folder: the loader's has a trailing slash, the pages' none.
  const root = path.resolve(folder);
  const head = headCommit(root) ?? '';
  const key = `${root}\0${head}`;
  const store = globalThis as { [SHARED]?: SharedSlot };
  const slot = store[SHARED];
  if (slot?.key === key) return slot.history;
  const history = readGitHistory(root);
  store[SHARED] = { key, history };
  return history;
}
