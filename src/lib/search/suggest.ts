/**
 * "Did you mean": a word typed that matches nothing in the index, replaced by the nearest
 * of the record's names and title words, written as the record writes it ("Doug Emhoff").
 * The list is written by the indexing step from the index itself (src/integrations/search.ts,
 * `searchNames`), so "matches nothing" means what it means to Pagefind. Pure, so it is
 * unit-tested; the search loads the list only when a query finds little.
 */
import { editDistance } from '../text/nearest.ts';
import { fold, words } from './rank.ts';

/** Served at /search-names.json. */
export interface NameList {
  /**
   * The words of names and titles (people's names and other names, titles of events and
   * sources, authors, publishers) as the record writes them, with how many of those
   * phrases hold each: most frequent first.
   */
  names: [word: string, count: number][];
  /** Every word the index holds, in its text or its metadata, folded (src/lib/search/rank.ts `fold`) and sorted. */
  known: string[];
}

/** The phrases names are drawn from, as metadata values: titles, other names, authors, publishers. */
export interface NamedEntry {
  title?: string | undefined;
  aliases?: readonly string[] | undefined;
  authors?: readonly string[] | undefined;
  publisher?: string | undefined;
}

/** A word as written, without the possessive: "Harris’s" is a form of "Harris", not a word to suggest. */
const WRITTEN_WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
const writtenWords = (phrase: string) =>
  [...phrase.matchAll(WRITTEN_WORD)].map((m) => m[0].replace(/['’]s$/u, '')).filter((w) => w.length >= 3);

/**
 * The list from the index's pages: each name word once, in the form the record writes it
 * (lower case if it is ever written so, as a title's first word is not a name), and every
 * word the index holds.
 */
export function nameList(entries: Iterable<NamedEntry>, indexedTexts: Iterable<string>): NameList {
  const counts = new Map<string, number>();
  const forms = new Map<string, Map<string, number>>();
  const known = new Set<string>();
  for (const entry of entries) {
    const phrases = [entry.title ?? '', ...(entry.aliases ?? []), ...(entry.authors ?? []), entry.publisher ?? ''];
    // Metadata is searched too: a name is a word of the index.
    for (const w of phrases.flatMap(words)) known.add(w);
    const seen = new Set<string>();
    for (const written of phrases.flatMap(writtenWords)) {
      const key = fold(written);
      if (!key || /^\d+$/.test(key) || key.includes(' ')) continue;
      const byForm = forms.get(key) ?? new Map<string, number>();
      byForm.set(written, (byForm.get(written) ?? 0) + 1);
      forms.set(key, byForm);
      if (!seen.has(key)) counts.set(key, (counts.get(key) ?? 0) + 1);
      seen.add(key);
    }
  }
  const display = (key: string): string => {
    const byForm = [...(forms.get(key) ?? new Map<string, number>())];
    const lower = byForm.find(([form]) => form === form.toLowerCase());
    if (lower) return lower[0];
    return byForm.sort(([a, ca], [b, cb]) => cb - ca || (a < b ? -1 : a > b ? 1 : 0))[0]?.[0] ?? key;
  };
  for (const text of indexedTexts) for (const w of words(text)) known.add(w);
  return {
    names: [...counts]
      .sort(([a, ca], [b, cb]) => cb - ca || (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, count]) => [display(key), count]),
    known: [...known].sort(),
  };
}

/** Word endings Pagefind's stemmer takes off before matching ("concessions" finds "concession"). */
const ENDINGS = ['s', 'es', 'ed', 'd', 'ing', 'ly'];

/** The first index of a sorted list whose item is not below `word`. */
function lowerBound(sorted: readonly string[], word: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? '') < word) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Whether Pagefind finds a folded word typed: it matches every indexed word it begins
 * ("emhof" finds "Emhoff"), and its stem as well ("concessions"). Pagefind also falls
 * back to an indexed word that begins the word typed ("hariss" to "Hari"); that is not a
 * match but a guess, and is what a suggestion replaces.
 */
export function matchesSomething(word: string, list: Pick<NameList, 'known'>): boolean {
  const begins = (w: string) => (list.known[lowerBound(list.known, w)] ?? '').startsWith(w);
  if (begins(word)) return true;
  return ENDINGS.some((e) => word.endsWith(e) && word.length - e.length >= 3 && begins(word.slice(0, -e.length)));
}

/** How far a word may be from what was typed: one edit in a short word, two in a longer one. */
const allowed = (word: string) => (word.length <= 4 ? 1 : 2);

/**
 * Whether results found the words typed only loosely: few of them, or a word typed (of
 * three letters or more) that no result's title or excerpt has as a whole word. Only then
 * does search load the list to look for a better spelling.
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

interface Nearest {
  word: string;
  /** No other name is as near, or the nearest is at least twice as common as the next as near. */
  certain: boolean;
}

/** The name nearest a folded word, within the distance allowed; among equally near ones, the most common. */
function nearest(typed: string, list: NameList): Nearest | undefined {
  let bestDistance = allowed(typed) + 1;
  let found: [string, number][] = [];
  for (const [name, count] of list.names) {
    const d = editDistance(typed, fold(name), bestDistance, true);
    if (d < bestDistance) [bestDistance, found] = [d, [[name, count]]];
    else if (d === bestDistance && d <= allowed(typed)) found.push([name, count]);
  }
  const [first, second] = found;
  if (!first) return undefined;
  return { word: first[0], certain: !second || first[1] >= 2 * second[1] };
}

/** A word typed: what comes before and after its letters ("“dumb" has an opening quote), and the letters. */
const TYPED = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u;

function corrected(query: string, list: NameList): { text: string; certain: boolean } | undefined {
  let changed = false;
  let certain = true;
  const names = new Map(list.names.map(([name]) => [fold(name), name]));
  const out = query
    .trim()
    .split(/\s+/)
    .map((token) => {
      const [, before = '', core = '', after = ''] = TYPED.exec(token) ?? [];
      const key = fold(core);
      if (key.length < 3 || /^\d+$/.test(key) || key.includes(' ') || matchesSomething(key, list)) {
        // A name typed in lower case is written back as the record writes it.
        const name = names.get(key);
        return core === core.toLowerCase() && name ? `${before}${name}${after}` : token;
      }
      const near = nearest(key, list);
      if (!near) return token;
      changed = true;
      certain &&= near.certain;
      return `${before}${near.word}${after}`;
    });
  return changed ? { text: out.join(' '), certain } : undefined;
}

/**
 * The query with every word that matches nothing replaced by the nearest name or title
 * word, the rest as typed (a name typed in lower case gets its capitals), or undefined
 * when every word matches something: "what did Trump say to Harris" is left alone.
 */
export function suggest(query: string, list: NameList): string | undefined {
  return corrected(query, list)?.text;
}

/**
 * The suggestion, only when it is certain: each word replaced had one nearest name, or one
 * far more common than any other as near ("hariss" is "Harris", not the author "Hari").
 * Search then shows the results of the suggestion rather than Pagefind's guess.
 */
export function certainCorrection(query: string, list: NameList): string | undefined {
  const c = corrected(query, list);
  return c?.certain ? c.text : undefined;
}
