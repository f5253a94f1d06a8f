/**
 * What the record loader, the dev-server integration (src/integrations/dev-record.ts) and the
 * pages (src/site/site-record.ts, src/site/about.ts) share in `astro dev`: the last clean
 * reading of content/, the problems of the last reading, and who to tell when either changes.
 * Astro loads the content config, the Astro config and the pages as separate module
 * instances, so the state lives on globalThis under one registered symbol, not in a module
 * variable.
 *
 * Why the pages read the record from here in dev, not from Astro's content store: at 10,000
 * events the store is an 80 MB file that Astro serializes again after every saved file and
 * that the pages' module runner then parses again as one module, 10 to 20 seconds before an
 * edit shows. The loader has every entry in memory already, in the form it stores.
 */
import type { Kind } from '../lib/record/entry.ts';
import type { Problem } from '../lib/record/problems.ts';

/** An entry as the loader stores it in Astro's content store, and as `getCollection` returns it. */
export interface StoredEntry {
  id: string;
  collection: Kind;
  data: Record<string, unknown>;
  filePath: string;
  rendered: { html: string; metadata: Record<string, unknown> };
}

/**
 * What a new reading changed: the entries ("events/x") whose pages may show something else
 * (src/loaders/dependents.ts); undefined when any page may (the record's own description
 * changed, or too much did).
 */
export interface RecordChange {
  entries: readonly string[] | undefined;
}

/** One clean reading of content/: every entry of each collection, in the loader's order. */
export interface DevRecord {
  /** Counts up with each clean reading: what the pages cache their record by. */
  version: number;
  collections: Readonly<Record<Kind, readonly StoredEntry[]>>;
}

export interface DevRecordState {
  /** The problems of the last reading of content/ (none: the pages show the record as it is). */
  problems: readonly Problem[];
  /** The last clean reading; undefined until the first is done (the pages then use the store). */
  record?: DevRecord;
  /**
   * Called by the loader after each reading of content/: with its problems (maybe none), and
   * when a clean reading replaced the record the pages show, what it changed.
   */
  listeners: Set<(problems: readonly Problem[], change?: RecordChange) => void>;
  /**
   * The loader's own bookkeeping, here rather than in its module because Astro may load the
   * loader again (a changed content config) while the first instance's watcher still runs:
   * readings are numbered across instances (a later number always wins), and one watcher
   * handler serves them all.
   */
  readings: number;
  watched: WeakSet<object>;
}

const KEY = Symbol.for('record.dev-state');

export function devRecordState(): DevRecordState {
  const slot = globalThis as { [KEY]?: DevRecordState };
  slot[KEY] ??= { problems: [], listeners: new Set(), readings: 0, watched: new WeakSet() };
  return slot[KEY];
}

/** A reading with problems: the pages keep the last clean record and show the problems. */
export function reportDevProblems(problems: readonly Problem[]): void {
  const state = devRecordState();
  state.problems = problems;
  notify(state, problems);
}

/** Every listener hears it, even if one throws (a dev server shutting down, say). */
function notify(state: DevRecordState, problems: readonly Problem[], change?: RecordChange): void {
  for (const listener of state.listeners) {
    try {
      listener(problems, change);
    } catch (error) {
      console.error(`[record] a dev-server listener failed: ${(error as Error).message}`);
    }
  }
}

/** A clean reading: the pages show this record from their next request. */
export function publishDevRecord(collections: DevRecord['collections'], entries: readonly string[] | undefined): void {
  const state = devRecordState();
  state.record = { version: (state.record?.version ?? 0) + 1, collections };
  state.problems = [];
  notify(state, [], { entries });
}

/**
 * A value made once per reading of content/: in a build, where there is one, once; in dev,
 * again after each save that changed the record (and once before the first reading). What
 * the pages derive from the record (the record and its graph, the export, git's view of the
 * files) is kept this way instead of being made again on every request.
 */
export function perReading<T>(make: (reading: DevRecord | undefined) => T): () => T {
  let seen: { version: number; value: T } | undefined;
  return () => {
    const reading = devRecordState().record;
    const version = reading?.version ?? 0;
    if (seen?.version !== version) seen = { version, value: make(reading) };
    return seen.value;
  };
}
