/**
 * "Did you mean": the known strings nearest to a typed one, for the check's messages about
 * ids, tags and fields, and the 404 page; and the edit distance behind them and search's
 * spelling suggestions. Written here rather than taken from a library: edit distance over
 * a few hundred short strings is a dozen lines, and the 404 page's script must stay small.
 */

/**
 * Edit distance: insertions, deletions and substitutions of one character, and with `swaps`
 * a swap of two adjacent characters as one edit ("hte" is one from "the"). Gives up past
 * `limit`, returning `limit + 1`. The one edit distance of the project: `nearest` below and
 * search's spelling suggestions (search/suggest.ts) call it; this module imports nothing,
 * so the browser scripts that bundle it carry only these lines.
 */
export function editDistance(a: string, b: string, limit = Infinity, swaps = false): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (swaps && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** How a known string is near a typed one (see `nearest`). */
export type Nearness = 'same' | 'typo' | 'words';

/** A known string near a typed one: how, and its score (lower is nearer). */
export interface Near<T> {
  item: T;
  by: Nearness;
  score: number;
}

/** Lowercase letters and digits only: "Donald_Trump" and "donald-trump" read the same. */
const plainKey = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

const words = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/**
 * The one "did you mean" of the project: the known strings nearest to a typed one, nearest
 * first. A known string is near when it reads the same once `key` folds what a reader
 * would not see (score 0); when it is a few typos away: an edit distance up to a third of
 * the typed length, and at least 2 (score: the distance); or when every word of the typed
 * string is a whole word of it ("trump" and "donald-trump"), after every typo (score: past
 * the typo limit, by how many other words it has). The check's suggestions for ids (record/ids.ts) and the 404 page's
 * (`nearestEntries`) both call it, so a mistyped id and a mistyped address find the same.
 */
function nearest<T>(
  typed: string,
  known: Iterable<T>,
  text: (item: T) => string = String,
  key: (text: string) => string = plainKey,
): Near<T>[] {
  const typedKey = key(typed);
  const typedWords = words(typed);
  const limit = Math.max(2, Math.floor(typed.length / 3));
  const found: Near<T>[] = [];
  if (!typedKey) return found;
  for (const item of known) {
    const candidate = text(item);
    if (key(candidate) === typedKey) {
      found.push({ item, by: 'same', score: 0 });
      continue;
    }
    const distance = editDistance(typed, candidate, limit);
    if (distance <= limit) {
      found.push({ item, by: 'typo', score: distance });
      continue;
    }
    // Near by its words, the fewer other words the nearer: "trump" is nearer "donald-trump"
    // than "harris-phones-trump-to-concede".
    const theirs = words(candidate);
    if (typedKey.length >= 3 && typedWords.every((w) => theirs.includes(w)))
      found.push({ item, by: 'words', score: limit + 1 + (theirs.length - typedWords.length) / 100 });
  }
  // A stable sort: among equals, the order the known strings were given in.
  return found.sort((a, b) => a.score - b.score);
}

/**
 * The one known string a typed one most likely meant, for a message's "did you mean":
 * the nearest, unless it is near only by its words and another is as near (typed "biden",
 * with "joe-biden" and "jill-biden": which is meant cannot be told, so none is offered).
 */
export function likeliest<T>(
  typed: string,
  known: Iterable<T>,
  text: (item: T) => string = String,
  key: (text: string) => string = plainKey,
): T | undefined {
  const [first, second] = nearest(typed, known, text, key);
  if (!first) return undefined;
  if (first.by === 'words' && second?.score === first.score) return undefined;
  return first.item;
}

const slug = (path: string) => path.toLowerCase().replace(/\/+$/, '').split('/').pop() ?? '';

/**
 * Up to `limit` entries nearest to a mistyped address (`nearest` on the address's last
 * segment, an entry's id), for the 404 page: "/people/dnald-trump", "/person/donald-trump/"
 * and "/people/trump/" all find Donald Trump.
 */
export function nearestEntries<T extends readonly [url: string, title: string]>(
  path: string,
  entries: readonly T[],
  limit = 5,
): T[] {
  return nearest(slug(path), entries, (entry) => slug(entry[0]))
    .slice(0, limit)
    .map((near) => near.item);
}
