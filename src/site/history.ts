/**
 * The record's git history as pages see it: read once per build (shared with the content
 * loader, src/lib/git/history.ts) from the folder the record is read from, with the table
 * of entries by file and the repository the page models need; the commit the build reads
 * ("Cite this page"); and the response of the two Atom feeds.
 */
import path from 'node:path';
import { REPOSITORY_REMOTE, REPOSITORY_URL } from 'astro:env/client';
import { atomXml, type AtomFeed } from '../lib/pages/atom.ts';
import { buildCommit } from '../lib/git/build-commit.ts';
import { sharedGitHistory, type GitHistory } from '../lib/git/history.ts';
import type { Collection } from '../lib/kinds.ts';
import {
  entryCorrections,
  fileOf,
  historyEntries,
  historyPageUrl,
  type EntryCorrection,
  type HistoryContext,
} from '../lib/pages/history.ts';
import { resolveRepository } from '../lib/git/repository.ts';
import { absoluteUrl } from '../lib/urls.ts';
import { about } from './about.ts';
import { siteRecord } from './site-record.ts';
import { perReading } from '../loaders/dev-state.ts';

/** The loader's root: RECORD_ROOT for fixtures and benchmarks, else the project the build runs in. */
function recordRoot(): string {
  return process.env['RECORD_ROOT'] ? path.resolve(process.env['RECORD_ROOT']) : process.cwd();
}

/**
 * Asked of git once per build, and in dev once per reading of content/ rather than on every
 * request (each asks git in a process of its own, and `git status` walks content/: at 10,000
 * events that was a tenth of a second of every page). A commit made in dev without a save
 * shows at the next save.
 */
export const siteHistory: () => GitHistory = perReading(() => sharedGitHistory(recordRoot()));

/**
 * The commit the build reads content from: HEAD when content/ is as committed
 * (src/lib/git/build-commit.ts). Not taken from the history read, which a shallow clone
 * leaves unavailable although its HEAD is a real commit.
 */
export const commitOfBuild: () => string | undefined = perReading(() => buildCommit(recordRoot()));

async function buildContext(): Promise<HistoryContext> {
  return {
    base: import.meta.env.BASE_URL,
    repository: resolveRepository(REPOSITORY_URL, REPOSITORY_REMOTE),
    entries: historyEntries(await siteRecord()),
  };
}

/** Built once per build (every history page asks); in dev, once per reading of content/. */
export const historyContext: () => Promise<HistoryContext> = perReading(() => buildContext());

/** What an entry page shows of its history: the link to its history page and its corrections. */
export interface EntryHistoryLinks {
  href: string;
  corrections: EntryCorrection[];
}

export function entryHistoryLinks(
  collection: Collection,
  entry: { id: string; filePath?: string | undefined },
): EntryHistoryLinks {
  return {
    href: historyPageUrl(import.meta.env.BASE_URL, collection, entry.id),
    corrections: entryCorrections(siteHistory(), fileOf(collection, entry)),
  };
}

/** A history feed route's one path, "feed", written only when the build has history. */
export function feedPaths(): { params: { name: 'feed' } }[] {
  const history = siteHistory();
  return history.available && history.commits.length > 0 ? [{ params: { name: 'feed' } }] : [];
}

/**
 * A history feed (`name`: "changes", "corrections") as an Atom response; `feed` makes it
 * from the history, the table of entries, the record's title and the way to a full address.
 */
export async function atomResponse(
  name: string,
  site: URL | undefined,
  feed: (
    history: GitHistory,
    ctx: HistoryContext,
    recordTitle: string,
    absolute: (path: string) => string,
  ) => AtomFeed | undefined,
): Promise<Response> {
  const [ctx, record] = await Promise.all([historyContext(), about()]);
  const absolute = (path: string) => absoluteUrl(path, site) ?? path;
  const atom = feed(siteHistory(), ctx, record.data.title, absolute);
  if (!atom) throw new Error(`the ${name} feed is written only when the build has history`);
  return new Response(atomXml(atom), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
