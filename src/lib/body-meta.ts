/**
 * What the loader stores next to each entry's rendered HTML, and the typed way to read
 * it back from an Astro collection entry.
 */
import type { BodyCitation, BodyHeading, BodyLink, Reference } from './mdx.ts';

export interface BodyMeta {
  [key: string]: unknown;
  headings: BodyHeading[];
  links: BodyLink[];
  citations: BodyCitation[];
  references: Reference[];
  /** Date of the last commit that changed the file (YYYY-MM-DD), when git can say for sure. */
  updated?: string;
}

const EMPTY: BodyMeta = { headings: [], links: [], citations: [], references: [] };

export function bodyMeta(entry: { rendered?: { metadata?: Record<string, unknown> } | undefined }): BodyMeta {
  return (entry.rendered?.metadata as BodyMeta | undefined) ?? EMPTY;
}
