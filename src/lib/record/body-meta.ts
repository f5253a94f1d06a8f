/**
 * What the loader stores next to each entry's rendered HTML, and the typed way to read
 * it back from an Astro collection entry.
 */
import type { BodyCitation, BodyHeading, BodyLink } from './body/parse.ts';
import type { Reference } from './body/references.ts';

/** A link as pages need it: its target and the sentence it stands in (positions are for error messages only). */
export type StoredLink = Pick<BodyLink, 'collection' | 'id' | 'sentence'>;
/** A citation as pages need it: the source, where in it, and the sentence it supports. */
export type StoredCitation = Pick<BodyCitation, 'source' | 'locator' | 'sentence' | 'claim'>;

export interface BodyMeta {
  [key: string]: unknown;
  headings: BodyHeading[];
  /** The first link to each entry: "mentioned in" shows one sentence per entry that links. */
  links: StoredLink[];
  citations: StoredCitation[];
  references: Reference[];
  /** Old ids of its quotations, accounts and cited sentences, by the id each leads to now (content/ids.yaml). */
  aliases?: Record<string, string[]>;
  /** The body as plain text, without citation marks (the export's `body.text`). */
  text?: string;
  /** Date of the last commit that changed the file (YYYY-MM-DD), when git can say for sure. */
  updated?: string;
}

const EMPTY: BodyMeta = { headings: [], links: [], citations: [], references: [] };

export function bodyMeta(entry: { rendered?: { metadata?: Record<string, unknown> } | undefined }): BodyMeta {
  return (entry.rendered?.metadata as BodyMeta | undefined) ?? EMPTY;
}

/**
 * The links and citations of a body as the loader stores them: without source positions,
 * and one link per target. At 10,000 events this is a fifth of what Astro serialises
 * for the record, and the peak of the build's memory is that serialisation.
 */
export function storedLinks(links: readonly BodyLink[]): StoredLink[] {
  const seen = new Set<string>();
  const out: StoredLink[] = [];
  for (const { collection, id, sentence } of links) {
    const key = `${collection}/${id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ collection, id, sentence });
  }
  return out;
}

export function storedCitations(citations: readonly BodyCitation[]): StoredCitation[] {
  return citations.map(({ source, locator, sentence, claim }) => ({
    source,
    ...(locator === undefined ? {} : { locator }),
    sentence,
    ...(claim === undefined ? {} : { claim }),
  }));
}
