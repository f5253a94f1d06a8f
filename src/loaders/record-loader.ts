/**
 * The content loader: reads the whole record once (see src/lib/record/read-record.ts), fails the
 * build with every problem of the run, and stores each collection's entries with their
 * body already rendered to HTML. Entries are never compiled to JavaScript modules.
 *
 * In `astro dev` the reading is incremental: the watcher names the file that changed, the
 * reader parses that file alone (every other entry is kept from the last reading) and the
 * record-wide checks run again over the kept entries. A clean reading is handed to the pages
 * in memory (src/loaders/dev-state.ts says why), not through Astro's content store, which
 * holds the reading the server started with and what Astro's own reloads of the content
 * config wrote (only entries whose stored form changed; each carries a digest). A reading
 * with problems leaves the pages as they were; the problems go to the terminal and, through
 * the dev integration (src/integrations/dev-record.ts), to the browser's error overlay.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
import type { Loader, LoaderContext } from 'astro/loaders';
import { lastChangeDates, sharedGitHistory } from '../lib/git/history.ts';
import { describeProblems } from '../lib/record/problems.ts';
import type { Entry, Kind } from '../lib/record/entry.ts';
import { loadRecord, type LoadResult, type ReusedEntry } from '../lib/record/read-record.ts';
import { referenceDate } from '../lib/time/reference-date.ts';
import { storedCitations, storedLinks, type BodyMeta } from '../lib/record/body-meta.ts';
import { entryUrl } from '../lib/urls.ts';
import { entryKey } from '../lib/record/published-ids.ts';
import { devRecordState, publishDevRecord, reportDevProblems, type StoredEntry } from './dev-state.ts';
import { affectedEntries, type EntryKey } from './dependents.ts';
import { COLLECTIONS, type Collection } from '../lib/kinds.ts';

/** One reading of content/; `seq` counts readings started, so an older one never replaces a newer. */
type Read = LoadResult & { updated: Map<string, string> | undefined; readMs: number; seq: number };

/** One read of content/ (and of its git dates) serves every collection; reset when a file changes in dev. */
let pending: Promise<Read> | undefined;
/** Collections that have taken their entries from `pending`. */
const served = new Set<Kind>();
const KINDS: readonly Kind[] = ['people', 'events', 'sources', 'record'];
/** In dev: every clean entry of the last reading, by file, for the next (see LoadOptions.reuse). */
const reuse = new Map<string, ReusedEntry>();
/** In dev: files changed since the last reading began; undefined until the first reading is done. */
let changed: Set<string> | undefined;
/** In dev, per collection: the stored form last written for each id. */
const stored = new Map<Kind, Map<string, StoredEntry>>();
/** In dev: the reading the pages show (see publish). */
let published: Read | undefined;
/** In dev: the reference date and the last change dates, from git once per server. */
let gitDates: { reference: ReturnType<typeof referenceDate>; updated: Map<string, string> | undefined } | undefined;

/** An entry file of the record, relative to the root ("content/events/x.mdx"), or undefined. */
function entryFile(root: string, absolute: string): string | undefined {
  const relative = path.relative(root, absolute).split(path.sep).join('/');
  return /^content\/(?:(?:people|events|sources)\/[^/]+|record)\.mdx$/.test(relative) ? relative : undefined;
}

export function recordLoader(collection: Kind): Loader {
  return {
    name: 'record-loader',
    async load({ store, config, watcher, logger, generateDigest }) {
      const project = fileURLToPath(config.root);
      // RECORD_ROOT points the build at another folder holding content/ (test fixtures, benchmarks).
      const root = process.env['RECORD_ROOT'] ? path.resolve(process.env['RECORD_ROOT']) : project;
      const dev = watcher !== undefined;
      const read = async (): Promise<Read> => {
        const seq = ++devRecordState().readings;
        const since = changed;
        changed = new Set();
        // Both ask git (a process each). In dev they are asked once per server: saving a file
        // changes neither, and a commit made meanwhile shows its dates after a restart.
        const fromGit = (dev && gitDates) || {
          reference: referenceDate(project),
          // The one read of git history, shared with the pages that show it (src/site/history.ts).
          updated: lastChangeDates(sharedGitHistory(root)),
        };
        if (dev) gitDates = fromGit;
        const started = performance.now();
        const result = await loadRecord({
          root,
          referenceDate: fromGit.reference,
          render: { urlFor: (c, id) => entryUrl(config.base, c, id) },
          ...(dev ? { reuse, ...(since ? { changed: since } : {}) } : {}),
        });
        return { ...result, updated: fromGit.updated, readMs: performance.now() - started, seq };
      };
      const sync = async () => {
        pending ??= read();
        const result = await pending;
        const { record, problems, updated, aliases } = result;
        if (problems.length) {
          const error = new AstroError(
            describeProblems(problems),
            'Fix each file as the message says. `npm run check:content` checks content in seconds without building.',
          );
          // The problems carry their own locations; the loader's stack trace would only add noise.
          error.stack = '';
          throw error;
        }
        const entries: Iterable<Entry> =
          collection === 'record' ? (record.about ? [record.about] : []) : record[collection].values();
        if (!dev) {
          store.clear();
          for (const entry of entries) store.set(toStore(entry, extraOf(entry, aliases, updated)));
          return;
        }
        publish(result);
        await applyChanges(
          store,
          collection,
          entries,
          (entry) => storedForm(entry, result),
          (entry, form) => {
            // The file's text gives the data and the body's metadata; the HTML adds the
            // record-wide marks and the site's base; `extra` the old ids and the date.
            const text = reuse.get(entry.file)?.text;
            return generateDigest(
              text === undefined
                ? JSON.stringify([entry.data, form.html, form.extra])
                : `${text}\u0000${form.html}\u0000${form.extra}`,
            );
          },
        );
      };
      if (!dev) {
        await sync();
        // In a build the store now holds every entry: let the record read for it go,
        // which at 10,000 events is hundreds of megabytes the build no longer needs.
        served.add(collection);
        if (KINDS.every((k) => served.has(k))) {
          pending = undefined;
          served.clear();
        }
        return;
      }
      // The watcher first: a start with problems in content/ is fixed by saving the files.
      if (!devRecordState().watched.has(watcher)) watchContent(watcher, root, logger, read);
      // The reading this load waits for: its problems are the ones to show if it fails, not
      // those of a reading a save started meanwhile.
      pending ??= read();
      const reading = pending;
      try {
        await sync();
      } catch (error) {
        const failed = await reading.catch(() => undefined);
        if (failed?.problems.length) reportDevProblems(failed.problems);
        throw error;
      }
    },
  };
}

/** How long content/ must be quiet after a change before it is read again, in milliseconds. */
const SETTLE_MS = 50;

/**
 * One handler for all collections: a saved file means one fresh reading, shared by all, whose
 * result the pages show from their next request (or whose problems they show instead).
 * Saves that arrive while a reading runs are read together by the next one.
 */
function watchContent(
  watcher: NonNullable<LoaderContext['watcher']>,
  root: string,
  logger: LoaderContext['logger'],
  read: () => Promise<Read>,
) {
  devRecordState().watched.add(watcher);
  const contentRoot = path.join(root, 'content');
  watcher.add(contentRoot);
  let running: Promise<void> | undefined;
  let again = false;
  let settle: ReturnType<typeof setTimeout> | undefined;
  const refresh = async () => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        const started = performance.now();
        const names = [...(changed ?? [])];
        // Astro may run the loaders meanwhile (it reloads the content config when a file is
        // added to a collection's folder): they store this same reading.
        pending = read();
        try {
          const result = await pending;
          if (result.problems.length) {
            logger.error(describeProblems(result.problems));
            reportDevProblems(result.problems);
            continue;
          }
          publish(result);
          logger.info(
            `${names.length === 1 ? names[0] : `${names.length} changed files`}: read in ${Math.round(result.readMs)} ms, shown in ${Math.round(performance.now() - started)} ms`,
          );
        } catch (error) {
          logger.error((error as Error).message);
        }
      } while (again);
    })().finally(() => {
      running = undefined;
    });
    return running;
  };
  const onChange = (absolute: string) => {
    if (!absolute.startsWith(contentRoot)) return;
    const file = entryFile(root, absolute);
    // Any other file under content/ (ids.yaml: the old ids bodies link to) may change how
    // every body renders: nothing is kept from the last reading.
    if (file === undefined) reuse.clear();
    else changed?.add(file);
    // Read once the files have been quiet a moment: a save that truncates the file and then
    // writes it is two events, and a reading between them sees an empty file (seen in the
    // dev-loop test on a busy machine, where the watcher then reported no second change).
    clearTimeout(settle);
    settle = setTimeout(() => void refresh(), SETTLE_MS);
  };
  watcher.on('change', onChange);
  watcher.on('add', onChange);
  watcher.on('unlink', onChange);
}

/** An entry as stored in Astro's content store, and as the pages read it in dev. */
function toStore(entry: Entry, extra: { aliases?: Record<string, string[]>; updated?: string }): StoredEntry {
  const metadata: BodyMeta = {
    headings: entry.headings,
    links: storedLinks(entry.links),
    citations: storedCitations(entry.citations),
    references: entry.references,
    text: entry.text,
    ...extra,
  };
  return {
    id: entry.id,
    collection: entry.collection,
    data: entry.data as unknown as Record<string, unknown>,
    filePath: entry.file,
    rendered: { html: entry.html, metadata: metadata as unknown as Record<string, unknown> },
  };
}

/** An entry's stored form, with its extras as text (what the store's digest reads). */
interface Form {
  html: string;
  extra: string;
  stored: StoredEntry;
}

/** In dev: each entry's stored form, kept while its entry object, HTML and extras are the same. */
const storedForms = new WeakMap<Entry, Form>();

/**
 * In dev: the entry's stored form in this reading, the same object as in the last one when
 * nothing it holds changed: what tells the store's writes and the pages' reloads apart from
 * entries left as they were.
 */
function storedForm(entry: Entry, read: Pick<Read, 'aliases' | 'updated'>): Form {
  const extras = extraOf(entry, read.aliases, read.updated);
  const extra = JSON.stringify(extras);
  const kept = storedForms.get(entry);
  if (kept && kept.html === entry.html && kept.extra === extra) return kept;
  const form = { html: entry.html, extra, stored: toStore(entry, extras) };
  storedForms.set(entry, form);
  return form;
}

/** In dev: what the last publication gave the pages, by "collection/id", to tell what changed. */
let lastPublished:
  { forms: Map<EntryKey, StoredEntry>; entries: Map<EntryKey, Entry>; about?: StoredEntry } | undefined;

/**
 * In dev: a clean reading handed to the pages (src/loaders/dev-state.ts), once per reading,
 * with the entries whose pages it may change (src/loaders/dependents.ts).
 */
function publish(read: Read): void {
  if (published && read.seq <= published.seq) return;
  published = read;
  const form = (entry: Entry): StoredEntry => storedForm(entry, read).stored;
  const { record } = read;
  const forms = new Map<EntryKey, StoredEntry>();
  const entries = new Map<EntryKey, Entry>();
  const collections = { people: [], events: [], sources: [] } as Record<Collection, StoredEntry[]>;
  for (const collection of COLLECTIONS)
    for (const entry of record[collection].values()) {
      const key = `${collection}/${entry.id}`;
      const stored = form(entry);
      collections[collection].push(stored);
      forms.set(key, stored);
      entries.set(key, entry);
    }
  const about = record.about ? form(record.about) : undefined;
  let affected: Set<EntryKey> | undefined;
  // The record's description is on every page; at the first reading no tab is open yet.
  if (lastPublished && lastPublished.about === about) {
    const changed = new Set<EntryKey>();
    for (const [key, stored] of forms) if (lastPublished.forms.get(key) !== stored) changed.add(key);
    for (const key of lastPublished.forms.keys()) if (!forms.has(key)) changed.add(key);
    if (changed.size === 0) {
      // Saved without a change (or back to what the pages show): nothing to rebuild or
      // reload, but problems the last reading had are gone.
      reportDevProblems([]);
      return;
    }
    affected = affectedEntries(lastPublished.entries, entries, changed);
  }
  lastPublished = { forms, entries, ...(about ? { about } : {}) };
  publishDevRecord({ ...collections, record: about ? [about] : [] }, affected && [...affected]);
}

/** What an entry's stored form holds besides its own file: its old ids and its last change date. */
function extraOf(
  entry: Entry,
  aliases: LoadResult['aliases'],
  updated: Map<string, string> | undefined,
): { aliases?: Record<string, string[]>; updated?: string } {
  const extra: { aliases?: Record<string, string[]>; updated?: string } = {};
  const old = entry.collection === 'record' ? undefined : aliases.get(entryKey(entry.collection, entry.id));
  if (old) extra.aliases = Object.fromEntries(old);
  const date = updated?.get(entry.file);
  if (date) extra.updated = date;
  return extra;
}

/**
 * Writes to the store only what changed since the last reading: an entry whose file was not
 * read again (the same object), whose HTML is the same after the record-wide marks, and whose
 * old ids and date are the same, is left alone. Others are set with a digest of everything
 * stored, which Astro compares with the stored entry's (so a file saved without changes, or
 * an entry whose record-wide marks came back the same, is not rewritten either). Ids gone
 * from the record are deleted.
 */
async function applyChanges(
  store: LoaderContext['store'],
  collection: Kind,
  entries: Iterable<Entry>,
  form: (entry: Entry) => Form,
  digest: (entry: Entry, form: Form) => string,
): Promise<void> {
  const last = stored.get(collection);
  const next = new Map<string, StoredEntry>();
  let count = 0;
  for (const entry of entries) {
    // The first reading stores every entry: let the dev server answer its own requests
    // meanwhile (its module runner gives up on a request unanswered for a minute).
    if (++count % 500 === 0) await new Promise((resolve) => setImmediate(resolve));
    const current = form(entry);
    next.set(entry.id, current.stored);
    if (last?.get(entry.id) === current.stored) continue;
    store.set({ ...current.stored, digest: digest(entry, current) });
  }
  // The first reading also clears what an earlier dev server left in the store.
  for (const id of last ? last.keys() : store.keys()) if (!next.has(id)) store.delete(id);
  stored.set(collection, next);
}
