/**
 * Page models of the record's history (src/lib/git/history.ts): an entry's changes, the
 * site's recent changes, its corrections, and the two Atom feeds. Pure functions of the
 * parsed history and a table of the entries by file; nothing here runs git.
 */
import { FORBIDDEN } from '../text/characters.ts';
import { clip } from '../text/clip.ts';
import { dayLabel } from '../time/dates.ts';
import type { Commit, FileChange, GitHistory } from '../git/history.ts';
import { KINDS, type Collection } from '../kinds.ts';
import { commitUrl, historyUrl, type Repository } from '../git/repository.ts';
import { entryUrl, pageUrl } from '../urls.ts';
import { plainEntryTitle, type PageSite } from './shared.ts';
import type { AtomEntry, AtomFeed } from './atom.ts';

/** An entry as history pages name and link it. */
export interface HistoryEntry {
  collection: Collection;
  id: string;
  /** Plain text. */
  title: string;
}

/** The file an entry is read from; the loader always records it. */
export function fileOf(collection: Collection, entry: { id: string; filePath?: string | undefined }): string {
  return entry.filePath ?? `content/${collection}/${entry.id}.mdx`;
}

/** The record's entries by file, each named as its page heads it (a person with their disambiguation). */
export function historyEntries(site: PageSite): Map<string, HistoryEntry> {
  const entries = new Map<string, HistoryEntry>();
  for (const collection of ['people', 'events', 'sources'] as const) {
    for (const entry of site[collection].values()) {
      const title = plainEntryTitle(site, collection, entry.id) ?? entry.id;
      entries.set(fileOf(collection, entry), { collection, id: entry.id, title });
    }
  }
  return entries;
}

export interface HistoryContext {
  base: string;
  repository: Repository | undefined;
  /** The record's entries by file ("content/events/x.mdx"). */
  entries: ReadonlyMap<string, HistoryEntry>;
}

/** What a page says when the build has no history, by why. */
export const HISTORY_UNAVAILABLE: Readonly<Record<'shallow' | 'no-git', string>> = {
  shallow:
    'History is not available in this build: it was made from a shallow copy of the repository, which holds only the latest commit. Dates of changes would be wrong, so none are shown.',
  'no-git': 'History is not available in this build: it was not made from a git repository.',
};

/** A commit as a row: when, what it says, and where to see it. */
export interface CommitRow {
  hash: string;
  short: string;
  /** ISO 8601 instant, for a <time datetime>. */
  date: string;
  /** "8 July 2025". */
  dateLabel: string;
  subject: string;
  /** The commit on the forge, when the repository is known. */
  url?: string | undefined;
  corrections: string[];
}

// Characters content may not hold (controls, bidirectional overrides; src/lib/text/characters.ts)
// are written as U+FFFD in a commit's subject and trailers: a hostile message can neither
// make the page invalid HTML nor make text read backwards.
// A commit message is written by whoever made the commit, and one 1 MB trailer would be
// copied onto every page the commit touched: subjects and corrections are cut short.
const shown = (text: string, max: number) => clip(text.replace(FORBIDDEN, '\uFFFD'), max);
const SUBJECT_LENGTH = 300;
const CORRECTION_LENGTH = 1_000;

function commitRow(commit: Commit, repository: Repository | undefined): CommitRow {
  const day = commit.date.slice(0, 10);
  return {
    hash: commit.hash,
    short: commit.short,
    date: commit.date,
    dateLabel: dayLabel(day) ?? day,
    subject: shown(commit.subject, SUBJECT_LENGTH),
    url: repository ? commitUrl(repository, commit.hash) : undefined,
    corrections: commit.corrections.map((c) => shown(c, CORRECTION_LENGTH)),
  };
}

const CHANGE_LABELS: Readonly<Record<FileChange['kind'], string>> = {
  added: 'Added',
  modified: 'Changed',
  renamed: 'Renamed',
  deleted: 'Removed',
};

export type Availability = { available: true } | { available: false; note: string };

function availability(history: GitHistory): Availability {
  return history.available ? { available: true } : { available: false, note: HISTORY_UNAVAILABLE[history.reason] };
}

/** The address of an entry's history page: "/events/x/history/". */
export function historyPageUrl(base: string, collection: Collection, id: string): string {
  return `${entryUrl(base, collection, id)}history/`;
}

export type EntryHistoryPage = Availability & {
  title: string;
  kindLabel: string;
  entryHref: string;
  file: string;
  /** The file's history on the forge, when the repository is known. */
  forgeHistory?: string | undefined;
  rows: (CommitRow & { change: string; from?: string | undefined })[];
};

/** An entry's changes, newest first, followed through renames. */
export function entryHistoryPage(history: GitHistory, ctx: HistoryContext, file: string): EntryHistoryPage {
  const entry = ctx.entries.get(file);
  if (!entry) throw new Error(`no entry in the record is read from ${file}`);
  const rows = history.available
    ? (history.files.get(file) ?? []).map(({ commit, change }) => ({
        ...commitRow(commit, ctx.repository),
        change: CHANGE_LABELS[change.kind],
        from: change.from,
      }))
    : [];
  return {
    ...availability(history),
    title: entry.title,
    kindLabel: KINDS[entry.collection].label,
    entryHref: entryUrl(ctx.base, entry.collection, entry.id),
    file,
    forgeHistory: ctx.repository && historyUrl(ctx.repository, file),
    rows,
  };
}

/** A correction as an entry page lists it and its JSON-LD declares it. */
export interface EntryCorrection {
  date: string;
  dateLabel: string;
  text: string;
}

/** The corrections to one file, newest first: each `Correction:` trailer of a commit that changed it. */
export function entryCorrections(history: GitHistory, file: string): EntryCorrection[] {
  if (!history.available) return [];
  // Most commits correct nothing: only those that do are formatted.
  return (history.files.get(file) ?? []).flatMap(({ commit }) => {
    if (commit.corrections.length === 0) return [];
    const row = commitRow(commit, undefined);
    return row.corrections.map((text) => ({ date: row.date, dateLabel: row.dateLabel, text }));
  });
}

/** A changed file as a link when it is an entry of the record, else its path. */
export interface ChangedFile {
  label: string;
  href?: string | undefined;
  change: string;
}

function changedFile(change: FileChange, ctx: HistoryContext): ChangedFile {
  const entry = change.kind === 'deleted' ? undefined : ctx.entries.get(change.path);
  return {
    label: entry ? entry.title : change.path,
    href: entry && entryUrl(ctx.base, entry.collection, entry.id),
    change: CHANGE_LABELS[change.kind],
  };
}

/** At most this many commits on /changes/ and in its feed: the page stays within its weight budget. */
export const RECENT_COMMITS = 50;
/** At most this many files listed under one commit (a commit can add thousands). */
export const FILES_PER_COMMIT = 8;

export type ChangesPage = Availability & {
  commits: (CommitRow & { files: ChangedFile[]; more: number })[];
  /** How many commits changed content/ in all; the page shows the newest RECENT_COMMITS. */
  total: number;
};

export function changesPage(history: GitHistory, ctx: HistoryContext): ChangesPage {
  if (!history.available) return { ...availability(history), commits: [], total: 0 };
  // A merge commit comes out of the log with no files of its own (its changes are listed
  // under the commits it merges), so it changed nothing a reader could see: left out.
  const changed = history.commits.filter((commit) => commit.files.length > 0);
  return {
    available: true,
    total: changed.length,
    commits: changed.slice(0, RECENT_COMMITS).map((commit) => ({
      ...commitRow(commit, ctx.repository),
      files: commit.files.slice(0, FILES_PER_COMMIT).map((f) => changedFile(f, ctx)),
      more: Math.max(0, commit.files.length - FILES_PER_COMMIT),
    })),
  };
}

export type CorrectionsPage = Availability & {
  /** `anchor`: the row's id on the page, stable while the commit stays ("correction-1a2b3c4d5e6f-1"). */
  corrections: (CommitRow & { text: string; anchor: string; files: ChangedFile[]; more: number })[];
};

/** Every correction, newest first: one row per `Correction:` trailer. */
export function correctionsPage(history: GitHistory, ctx: HistoryContext): CorrectionsPage {
  if (!history.available) return { ...availability(history), corrections: [] };
  return {
    available: true,
    corrections: history.commits.flatMap((commit) => {
      if (commit.corrections.length === 0) return [];
      const row = commitRow(commit, ctx.repository);
      const files = commit.files.slice(0, FILES_PER_COMMIT).map((f) => changedFile(f, ctx));
      const more = Math.max(0, commit.files.length - FILES_PER_COMMIT);
      return row.corrections.map((text, n) => ({
        ...row,
        text,
        anchor: `correction-${row.hash.slice(0, 12)}-${n + 1}`,
        files,
        more,
      }));
    }),
  };
}

/** Makes a path absolute when the site's address is known; a relative link is valid in Atom. */
type Absolute = (path: string) => string;

function filesSummary(files: readonly ChangedFile[], more: number): string {
  const names = files.map((f) => `${f.change}: ${f.label}`);
  if (more) names.push(`and ${more} more`);
  return names.join('; ');
}

/** The Atom feed of /changes/: one entry per commit. Undefined when the build has no history. */
export function changesFeed(
  page: ChangesPage,
  ctx: HistoryContext,
  recordTitle: string,
  absolute: Absolute,
): AtomFeed | undefined {
  const newest = page.commits[0];
  if (!page.available || !newest) return undefined;
  const alternate = absolute(pageUrl(ctx.base, 'changes/'));
  const entries: AtomEntry[] = page.commits.map((c) => ({
    key: `change:${c.hash}`,
    title: c.subject,
    updated: c.date,
    link: c.url ?? `${alternate}#commit-${c.hash.slice(0, 12)}`,
    summary: filesSummary(c.files, c.more),
  }));
  return {
    key: `changes:${recordTitle}`,
    title: `${recordTitle}: recent changes`,
    author: recordTitle,
    subtitle: `The latest ${page.commits.length} changes to the record's content, newest first.`,
    self: absolute(pageUrl(ctx.base, 'changes/feed.xml')),
    alternate,
    updated: newest.date,
    entries,
  };
}

/** The Atom feed of /corrections/: one entry per correction. Undefined when the build has no history. */
export function correctionsFeed(
  page: CorrectionsPage,
  history: GitHistory,
  ctx: HistoryContext,
  recordTitle: string,
  absolute: Absolute,
): AtomFeed | undefined {
  if (!page.available || !history.available) return undefined;
  // With no corrections yet the feed is as current as the newest change to the record.
  const updated = page.corrections[0]?.date ?? history.commits[0]?.date;
  if (!updated) return undefined;
  const alternate = absolute(pageUrl(ctx.base, 'corrections/'));
  return {
    key: `corrections:${recordTitle}`,
    title: `${recordTitle}: corrections`,
    author: recordTitle,
    subtitle: 'Every correction to the record, newest first.',
    self: absolute(pageUrl(ctx.base, 'corrections/feed.xml')),
    alternate,
    updated,
    entries: page.corrections.map((c) => {
      const first = c.files.find((f) => f.href);
      return {
        key: `${c.anchor}:${c.hash}`,
        title: `Correction: ${c.files.map((f) => f.label).join('; ') || c.subject}`,
        updated: c.date,
        link: first?.href ? absolute(first.href) : `${alternate}#${c.anchor}`,
        summary: c.text,
      };
    }),
  };
}
