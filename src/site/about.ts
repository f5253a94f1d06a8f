/** The record's own description (content/record.mdx), for page titles and the home page. */
import { getEntry, type CollectionEntry } from 'astro:content';

export type AboutEntry = CollectionEntry<'record'>;

export async function about(): Promise<AboutEntry> {
  const entry = await getEntry('record', 'record');
  if (!entry) throw new Error('content/record.mdx is missing: the content check should have reported it');
  return entry;
}
