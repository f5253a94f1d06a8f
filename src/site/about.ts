/** The record's own description (content/record.mdx), for page titles and the home page. */
import { getEntry, type CollectionEntry } from 'astro:content';
import { devRecordState } from '../loaders/dev-state.ts';

export type AboutEntry = CollectionEntry<'record'>;

let cached: Promise<AboutEntry> | undefined;

async function load(): Promise<AboutEntry> {
  const entry = await getEntry('record', 'record');
  if (!entry) throw new Error('content/record.mdx is missing: the content check should have reported it');
  return entry;
}

/**
 * Read once per build (every page's layout asks). In dev, the loader's last clean reading in
 * memory (src/loaders/dev-state.ts), or the store before its first.
 */
export function about(): Promise<AboutEntry> {
  if (import.meta.env.DEV) {
    const entry = devRecordState().record?.collections.record[0];
    return entry ? Promise.resolve(entry as unknown as AboutEntry) : load();
  }
  cached ??= load();
  return cached;
}
