/** The record's own description (content/record.mdx), for page titles and the home page. */
import { getEntry, type CollectionEntry } from 'astro:content';
import { perReading } from '../loaders/dev-state.ts';

export type AboutEntry = CollectionEntry<'record'>;

async function load(): Promise<AboutEntry> {
  const entry = await getEntry('record', 'record');
  if (!entry) throw new Error('content/record.mdx is missing: the content check should have reported it');
  return entry;
}

/**
 * Read once per build (every page's layout asks). In dev, the loader's last clean reading in
 * memory (src/loaders/dev-state.ts), or the store before its first.
 */
export const about: () => Promise<AboutEntry> = perReading((reading) => {
  const entry = import.meta.env.DEV ? reading?.collections.record[0] : undefined;
  return entry ? Promise.resolve(entry as unknown as AboutEntry) : load();
});
