/**
 * The content loader: reads the whole record once (see src/lib/record/read-record.ts), fails the
 * build with every problem of the run, and stores each collection's entries with their
 * body already rendered to HTML. Entries are never compiled to JavaScript modules.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
import type { Loader } from 'astro/loaders';
import { lastChangeDates, sharedGitHistory } from '../lib/git/history.ts';
import { describeProblems } from '../lib/record/problems.ts';
import type { Entry, Kind } from '../lib/record/entry.ts';
import { loadRecord, type LoadResult } from '../lib/record/read-record.ts';
import { referenceDate } from '../lib/time/reference-date.ts';
import { storedCitations, storedLinks, type BodyMeta } from '../lib/record/body-meta.ts';
import { entryUrl } from '../lib/urls.ts';
import { entryKey } from '../lib/record/published-ids.ts';

/** One read of content/ (and of its git dates) serves every collection; reset when a file changes in dev. */
let pending: Promise<LoadResult & { updated: Map<string, string> | undefined }> | undefined;
/** Collections that have taken their entries from `pending`. */
const served = new Set<Kind>();
const KINDS: readonly Kind[] = ['people', 'events', 'sources', 'record'];
/** In dev: each collection's sync, run together after one fresh read when a file changes. */
const syncs = new Map<Kind, () => Promise<void>>();
const watched = new WeakSet<object>();

export function recordLoader(collection: Kind): Loader {
  return {
    name: 'record-loader',
    async load({ store, config, watcher, logger }) {
      const project = fileURLToPath(config.root);
      // RECORD_ROOT points the build at another folder holding content/ (test fixtures, benchmarks).
      const root = process.env['RECORD_ROOT'] ? path.resolve(process.env['RECORD_ROOT']) : project;
      const read = async () => ({
        ...(await loadRecord({
          root,
          referenceDate: referenceDate(project),
          render: { urlFor: (c, id) => entryUrl(config.base, c, id) },
        })),
        // The one read of git history, shared with the pages that show it (src/site/history.ts).
        updated: lastChangeDates(sharedGitHistory(root)),
      });
      const sync = async () => {
        pending ??= read();
        const { record, problems, updated, aliases } = await pending;
        if (problems.length) {
          const error = new AstroError(
            describeProblems(problems),
            'Fix each file as the message says. `npm run check:content` checks content in seconds without building.',
          );
          // The problems carry their own locations; the loader's stack trace would only add noise.
          error.stack = '';
          throw error;
        }
        store.clear();
        const entries: Iterable<Entry> =
          collection === 'record' ? (record.about ? [record.about] : []) : record[collection].values();
        for (const entry of entries) {
          const metadata: BodyMeta = {
            headings: entry.headings,
            links: storedLinks(entry.links),
            citations: storedCitations(entry.citations),
            references: entry.references,
            text: entry.text,
          };
          const old = entry.collection === 'record' ? undefined : aliases.get(entryKey(entry.collection, entry.id));
          if (old) metadata.aliases = Object.fromEntries(old);
          const date = updated?.get(entry.file);
          if (date) metadata.updated = date;
          store.set({
            id: entry.id,
            data: entry.data as unknown as Record<string, unknown>,
            filePath: entry.file,
            rendered: { html: entry.html, metadata },
          });
        }
        served.add(collection);
      };
      await sync();
      if (!watcher) {
        // In a build the store now holds every entry: let the record read for it go,
        // which at 10,000 events is hundreds of megabytes the build no longer needs.
        if (KINDS.every((k) => served.has(k))) {
          pending = undefined;
          served.clear();
        }
        return;
      }
      syncs.set(collection, sync);
      if (watched.has(watcher)) return;
      watched.add(watcher);
      const contentRoot = path.join(root, 'content');
      watcher.add(contentRoot);
      // One handler for all collections: a saved file means one fresh read, shared by all.
      const onChange = async (changed: string) => {
        if (!changed.startsWith(contentRoot)) return;
        pending = undefined;
        try {
          for (const run of syncs.values()) await run();
        } catch (error) {
          logger.error((error as Error).message);
        }
      };
      watcher.on('change', onChange);
      watcher.on('add', onChange);
      watcher.on('unlink', onChange);
    },
  };
}
