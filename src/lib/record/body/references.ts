/**
 * Reference numbering: an entry's references in the order a reader meets them, each with
 * its number ([1]) and how many marks cite it, and the ids that tie each mark to its
 * reference and back.
 */

export interface Reference {
  /** The number shown in the text: [1]. */
  n: number;
  source: string;
  locator?: string;
  note?: string;
  /** How many times the body cites it: its marks carry the ids cite-n-1 … cite-n-uses. */
  uses: number;
}

/** The id of the k-th mark (from 1) that cites reference n: the reference list links back to each. */
export function citationId(n: number, k: number): string {
  return `cite-${n}-${k}`;
}

/**
 * What makes two citations the same reference: the source and the locator (page, minute).
 * Numbering, rendering, the page models' citation marks, the check for a source listed
 * twice and the change report all match references by it: build it here, never by hand.
 */
export function referenceKey(source: string, locator?: string): string {
  return `${source}\u0000${locator ?? ''}`;
}

/**
 * The numbered list of references for an entry: inline citations in order of first
 * appearance, then the frontmatter sources the text does not cite.
 */
export function numberReferences(
  citations: readonly { source: string; locator?: string | undefined }[],
  frontmatter: readonly { source: string; locator?: string | undefined; note?: string | undefined }[],
): Reference[] {
  const refs: Reference[] = [];
  const byKey = new Map<string, Reference>();
  for (const c of citations) {
    const seen = byKey.get(referenceKey(c.source, c.locator));
    if (seen) {
      seen.uses++;
      continue;
    }
    const ref: Reference = {
      n: refs.length + 1,
      source: c.source,
      ...(c.locator ? { locator: c.locator } : {}),
      uses: 1,
    };
    refs.push(ref);
    byKey.set(referenceKey(c.source, c.locator), ref);
  }
  for (const s of frontmatter) {
    const existing = byKey.get(referenceKey(s.source, s.locator));
    if (existing) {
      if (s.note && !existing.note) existing.note = s.note;
      continue;
    }
    const ref: Reference = {
      n: refs.length + 1,
      source: s.source,
      ...(s.locator ? { locator: s.locator } : {}),
      ...(s.note ? { note: s.note } : {}),
      uses: 0,
    };
    refs.push(ref);
    byKey.set(referenceKey(s.source, s.locator), ref);
  }
  return refs;
}
