/** The record's own description (content/record.mdx), for page titles and the home page. */
import { getEntry, type CollectionEntry } from 'astro:content';

export type AboutEntry = CollectionEntry<'record'>;

let cached: Promise<AboutEntry> | undefined;

async function load(): Promise<AboutEntry> {
  const entry = await getEntry('record', 'record');
  if (!entry) throw new Error('content/record.mdx is missing: the content check should have reported it');
  return entry;
}

/** Read once per build (every page's layout asks); in dev, on every request. */
export function about(): Promise<AboutEntry> {
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}
