/**
 * The order a reader expects, applied to the results Pagefind returned first (its own
 * scoring, with the weights of src/lib/search/document.ts, decides which those are):
 *
 * 0. an entry whose name, title or alias is exactly what was typed;
 * 1. an entry the query names: a person whose name holds every word typed (a surname
 *    alone), or a source whose whole title was typed, with at most its authors or its
 *    form besides ("Uncharted", "2024 book", "Whipple Uncharted");
 * 2. events whose topic is exactly what was typed ("concession", "phone call"), the best
 *    documented (most sources) first;
 * 3. other events, 4. people, 5. sources: a source page only reports on what happened, so
 *    an event about the words typed comes before an article headlined with them.
 *
 * Within a tier Pagefind's order is kept, except that a person comes first among exact
 * and named matches ("Joe Biden" is his page before a source titled so). Pure, so it is
 * unit-tested; it reads the kind value (src/lib/kinds.ts), never a display label.
 */

import type { EntryKind } from '../kinds.ts';

export interface Rankable {
  /** The page title: a person's name, an event's or source's title. */
  title: string;
  /** Other names the entry is known by. */
  aliases: readonly string[];
  kind: EntryKind | undefined;
  /** A source's authors, by name. */
  authors?: readonly string[] | undefined;
  /** What a source is, as a value: "book", "article". */
  form?: string | undefined;
  /** An event's topics: typed exactly, they lift the event above events that only mention the words. */
  topics?: readonly string[] | undefined;
  /** How many sources the entry cites: orders the events about a topic typed. */
  sourceCount?: number | undefined;
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

export function words(text: string): string[] {
  return fold(text).split(' ').filter(Boolean);
}

const TOPIC_TIER = 2;
const KIND_TIER: Readonly<Record<EntryKind, number>> = { event: 3, person: 4, source: 5 };
const UNKNOWN_TIER = 6;

/** Whether the words typed name the entry itself rather than something it mentions. */
function named(typed: readonly string[], item: Rankable): boolean {
  const names = [item.title, ...item.aliases].map(words);
  if (item.kind === 'person') return names.some((name) => typed.every((w) => name.includes(w)));
  if (item.kind !== 'source') return false;
  const besides = new Set([...(item.authors ?? []).flatMap(words), ...(item.form ? words(item.form) : [])]);
  return names.some(
    (name) =>
      name.length > 0 && name.every((w) => typed.includes(w)) && typed.every((w) => name.includes(w) || besides.has(w)),
  );
}

export function tier(query: string, item: Rankable): number {
  const q = fold(query);
  if (q && [item.title, ...item.aliases].some((n) => fold(n) === q)) return 0;
  const typed = words(query);
  if (typed.length > 0 && named(typed, item)) return 1;
  if (q && item.kind === 'event' && (item.topics ?? []).some((t) => fold(t) === q)) return TOPIC_TIER;
  return item.kind ? KIND_TIER[item.kind] : UNKNOWN_TIER;
}

export function rerank<T extends Rankable>(query: string, items: readonly T[]): T[] {
  const person = (item: T) => (item.kind === 'person' ? 0 : 1);
  return items
    .map((item, index) => ({ item, index, tier: tier(query, item) }))
    .sort(
      (a, b) =>
        a.tier - b.tier ||
        (a.tier < TOPIC_TIER ? person(a.item) - person(b.item) : 0) ||
        (a.tier === TOPIC_TIER ? (b.item.sourceCount ?? 0) - (a.item.sourceCount ?? 0) : 0) ||
        a.index - b.index,
    )
    .map((r) => r.item);
}
