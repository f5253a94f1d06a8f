/**
 * "Did you mean": the words of people's names, event titles and source titles, listed at
 * build time (src/pages/search-names.json.ts), and the nearest of them to each word typed
 * that is not one of them. Pure, so it is unit-tested; the search UI loads the list only
 * when a query finds little.
 */
import { editDistance } from '../text/nearest.ts';
import { fold, words } from './rank.ts';

/** Served at /search-names.json. */
export interface NameList {
  /** Folded words, most frequent first (a tie goes to the commoner word). */
  words: string[];
}

/** The list from the names and titles of the record: each word once, most frequent first. */
export function nameList(phrases: Iterable<string>): NameList {
  const counts = new Map<string, number>();
  // "Harris's" is a form of "Harris", not a word to suggest ("harriss").
  for (const phrase of phrases)
    for (const w of new Set(words(phrase.replace(/['’]s\b/g, ''))))
      if (w.length >= 3 && !/^\d+$/.test(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
  return { words: [...counts].sort(([a, ca], [b, cb]) => cb - ca || (a < b ? -1 : a > b ? 1 : 0)).map(([w]) => w) };
}

/** How far a word may be from what was typed: one edit in a short word, two in a longer one. */
const allowed = (word: string) => (word.length <= 4 ? 1 : 2);

/**
 * Whether results found the words typed only loosely: few of them, or a word typed (of
 * three letters or more) that no result's title or excerpt has as a whole word, so Pagefind
 * matched it as the start of a longer word ("emhof" finding "Emhoff").
 */
export function foundLoosely(
  query: string,
  found: readonly { title: string; excerpt: string }[],
  few: number,
): boolean {
  if (found.length < few) return true;
  const seen = new Set(found.flatMap((r) => words(`${r.title} ${r.excerpt.replace(/<\/?mark>/g, '')}`)));
  return words(query).some((w) => w.length >= 3 && !seen.has(w));
}

/**
 * The query with every word that is not a known word replaced by the nearest known one,
 * or undefined when no word changes.
 */
export function suggest(query: string, list: NameList): string | undefined {
  const known = new Set(list.words);
  let changed = false;
  const out = words(query).map((typed) => {
    if (known.has(typed) || typed.length < 3 || /^\d+$/.test(typed)) return typed;
    let best: string | undefined;
    let bestDistance = allowed(typed) + 1;
    for (const candidate of list.words) {
      const d = editDistance(typed, candidate, bestDistance - 1, true);
      if (d < bestDistance) [best, bestDistance] = [candidate, d];
      if (bestDistance === 1) break;
    }
    if (best === undefined) return typed;
    changed = true;
    return best;
  });
  return changed && fold(out.join(' ')) !== fold(query) ? out.join(' ') : undefined;
}
