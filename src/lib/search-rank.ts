/**
 * Re-ranking of Pagefind's top results: an entry whose name or title is exactly what
 * was typed comes first ("Kamala Harris" → her page, "Uncharted" → the book), then
 * entries whose name or title contains every word typed (a surname alone finds the
 * person), then the rest in Pagefind's order. Runs in the browser on the results
 * already fetched; pure, so it is unit-tested.
 */

import type { EntryKind } from './kinds.ts';

export interface Rankable {
  /** The page title: a person's name, an event's or source's title. */
  title: string;
  /** Other names the entry is known by. */
  aliases: readonly string[];
  kind: EntryKind | undefined;
  /** Words quoted in an event: a phrase from them leads to that event. */
  quotes?: string | undefined;
}

/** Case, accents and punctuation folded: "Harris’s" and "harriss" compare equal. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function words(text: string): string[] {
  return fold(text).split(' ').filter(Boolean);
}

/**
 * 0: the name or title is exactly what was typed; 1: an event where the words typed
 * were said (two words or more, in a quotation), or a person whose name or alias
 * contains every word typed (a surname alone); 2: the rest, in Pagefind's order. Titles
 * of sources that merely contain the words get no lift, so a phrase someone said leads
 * to the event where it was said rather than to an article headlined with it.
 */
export function tier(query: string, item: Rankable): number {
  const q = fold(query);
  if (!q) return 2;
  const names = [item.title, ...item.aliases];
  if (names.some((n) => fold(n) === q)) return 0;
  if (item.quotes && q.includes(' ') && ` ${fold(item.quotes)} `.includes(` ${q} `)) return 1;
  if (item.kind !== 'person') return 2;
  const typed = words(query);
  const matches = names.some((n) => {
    const nameWords = new Set(words(n));
    return typed.every((w) => nameWords.has(w));
  });
  return matches ? 1 : 2;
}

/**
 * Stable: within a tier, Pagefind's own order is kept, except that among exact and name
 * matches a person comes first ("Joe Biden" is his page before an article titled so).
 */
export function rerank<T extends Rankable>(query: string, items: readonly T[]): T[] {
  const person = (item: T) => (item.kind === 'person' ? 0 : 1);
  return items
    .map((item, index) => ({ item, index, tier: tier(query, item) }))
    .sort((a, b) => a.tier - b.tier || (a.tier < 2 ? person(a.item) - person(b.item) : 0) || a.index - b.index)
    .map((r) => r.item);
}
