/**
 * The order a reader expects, applied to the results Pagefind returned first (its own
 * scoring, with the weights of src/lib/search/document.ts, decides which those are):
 *
 * 0. an entry whose name, title or alias is exactly what was typed;
 * 1. an entry the query names: a person whose name holds every word typed (a surname
 *    alone), or a source whose
 *    whole title or whole publisher was typed, with at most its authors, its form or words
 *    of its title besides ("Uncharted", "2024 book", "Whipple Uncharted", "Penguin Press");
 * 2. events whose topic is exactly what was typed ("concession", "phone call"), the best
 *    documented (most sources) first;
 * 3. events the words typed describe: each is in the title or a topic, and one at least
 *    in a topic ("Biden call": "Biden phones Trump", a phone call, before "Trump calls Biden
 *    …", an insult); among them, one whose title begins with a word typed (who acted), then
 *    the best documented;
 * 4. other events, 5. people, 6. sources: a source page only reports on what happened, so
 *    an event about the words typed comes before an article headlined with them.
 *
 * A word typed that no result's name, title or topic begins with is read as the nearest
 * of those within a letter or two first ("Dougg Emhoff" names Doug Emhoff). Within a tier
 * Pagefind's order is kept, except that a person comes first among exact and named
 * matches ("Joe Biden" is his page before a source titled so). Pure, so it is
 * unit-tested; it reads the kind value (src/lib/kinds.ts), never a display label.
 */

import type { EntryKind } from '../kinds.ts';
import { editDistance } from '../text/nearest.ts';

export interface Rankable {
  /** The page title: a person's name, an event's or source's title. */
  title: string;
  /** Other names the entry is known by. */
  aliases: readonly string[];
  kind: EntryKind | undefined;
  /** A source's authors, by name. */
  authors?: readonly string[] | undefined;
  /** A source's publisher, by name. */
  publisher?: string | undefined;
  /** What a source is, as a value: "book", "article". */
  form?: string | undefined;
  /** An event's topics: typed exactly, they lift the event above events that only mention the words. */
  topics?: readonly string[] | undefined;
  /** How many sources the entry cites: orders the events about a topic typed. */
  sourceCount?: number | undefined;
  /** The result's excerpt, matches in <mark>: a word typed that it holds is spelled as the index spells it. */
  excerpt?: string | undefined;
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
const DESCRIBED_TIER = 3;
const KIND_TIER: Readonly<Record<EntryKind, number>> = { event: 4, person: 5, source: 6 };
const UNKNOWN_TIER = 7;

/** Words a publisher's name may begin with that a reader leaves out: "Western Journal" names "The Western Journal". */
const LEADING_ARTICLES = new Set(['the', 'a', 'an']);

/** How far a word typed may be from a name's word and still name it: one letter in a short word, two in a longer one. */
const allowedTypo = (word: string) => (word.length < 4 ? 0 : word.length <= 5 ? 1 : 2);

/**
 * Whether a word typed stands for a word of a field: the same word, or the start of it
 * ("call" in "calls"), as Pagefind matches it.
 */
const stands = (typed: string, word: string) => word.startsWith(typed);

/** Whether the words typed name the entry itself rather than something it mentions. */
function named(typed: readonly string[], item: Rankable): boolean {
  const names = [item.title, ...item.aliases].map(words);
  if (item.kind === 'person') return names.some((name) => typed.every((w) => name.includes(w)));
  if (item.kind !== 'source') return false;
  const besides = new Set([...(item.authors ?? []).flatMap(words), ...(item.form ? words(item.form) : [])]);
  const title = names.some(
    (name) =>
      name.length > 0 && name.every((w) => typed.includes(w)) && typed.every((w) => name.includes(w) || besides.has(w)),
  );
  if (title || !item.publisher) return title;
  const publisher = words(item.publisher);
  const start = publisher.findIndex((w) => !LEADING_ARTICLES.has(w));
  const own = start < 0 ? [] : publisher.slice(start);
  const titleWords = new Set(names.flat());
  return (
    own.length > 0 &&
    own.every((w) => typed.includes(w)) &&
    typed.every((w) => publisher.includes(w) || besides.has(w) || titleWords.has(w))
  );
}

/** Whether the words typed describe an event: each in its title or a topic, and one at least in a topic. */
function described(typed: readonly string[], item: Rankable): boolean {
  if (item.kind !== 'event' || typed.length === 0) return false;
  const title = words(item.title);
  const topics = (item.topics ?? []).flatMap(words);
  const inTopic = (w: string) => topics.some((t) => stands(w, t));
  return typed.every((w) => inTopic(w) || title.some((t) => stands(w, t))) && typed.some(inTopic);
}

/**
 * The words typed, each that no result's name, title, topic or excerpt begins with replaced by the
 * nearest word of those within a letter or two ("dougg" by "doug", "hariss" by "harris"),
 * the commonest among equally near ones: search may have shown the results of a better
 * spelling (src/scripts/search/pagefind.ts), and they are ordered as for that spelling.
 */
export function respelled(typed: readonly string[], items: readonly Rankable[]): string[] {
  const counts = new Map<string, number>();
  for (const item of items)
    for (const w of new Set([item.title, ...item.aliases, ...(item.topics ?? [])].flatMap(words)))
      counts.set(w, (counts.get(w) ?? 0) + 1);
  const spelled = [
    ...counts.keys(),
    ...items.flatMap((item) => (item.excerpt ? words(item.excerpt.replace(/<\/?mark>/g, '')) : [])),
  ];
  return typed.map((w) => {
    if (spelled.some((s) => stands(w, s)) || allowedTypo(w) === 0) return w;
    let best: [word: string, distance: number, count: number] | undefined;
    for (const [s, count] of counts) {
      const d = editDistance(w, s, allowedTypo(w), true);
      if (d > allowedTypo(w)) continue;
      if (!best || d < best[1] || (d === best[1] && count > best[2])) best = [s, d, count];
    }
    return best?.[0] ?? w;
  });
}

export function tier(query: string, item: Rankable): number {
  const q = fold(query);
  if (q && [item.title, ...item.aliases].some((n) => fold(n) === q)) return 0;
  const typed = words(query);
  if (typed.length > 0 && named(typed, item)) return 1;
  if (q && item.kind === 'event' && (item.topics ?? []).some((t) => fold(t) === q)) return TOPIC_TIER;
  if (described(typed, item)) return DESCRIBED_TIER;
  return item.kind ? KIND_TIER[item.kind] : UNKNOWN_TIER;
}

export function rerank<T extends Rankable>(query: string, items: readonly T[]): T[] {
  const typed = respelled(words(query), items);
  const spelled = typed.join(' ');
  const person = (item: T) => (item.kind === 'person' ? 0 : 1);
  const actor = (item: T) => (typed.includes(words(item.title)[0] ?? '') ? 0 : 1);
  const documented = (a: T, b: T) => (b.sourceCount ?? 0) - (a.sourceCount ?? 0);
  return items
    .map((item, index) => ({ item, index, tier: tier(spelled, item) }))
    .sort(
      (a, b) =>
        a.tier - b.tier ||
        (a.tier < TOPIC_TIER ? person(a.item) - person(b.item) : 0) ||
        (a.tier === DESCRIBED_TIER ? actor(a.item) - actor(b.item) : 0) ||
        (a.tier === TOPIC_TIER || a.tier === DESCRIBED_TIER ? documented(a.item, b.item) : 0) ||
        a.index - b.index,
    )
    .map((r) => r.item);
}
