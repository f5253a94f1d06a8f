/**
 * The entries whose addresses are nearest to a mistyped one, for the 404 page, and the edit
 * distance behind every "did you mean". Written here rather than taken from a library: edit
 * distance over a few hundred short strings is a dozen lines, and the 404 page's script must
 * stay a few hundred bytes.
 */

/**
 * Edit distance: insertions, deletions and substitutions of one character, and with `swaps`
 * a swap of two adjacent characters as one edit ("hte" is one from "the"). Gives up past
 * `limit`, returning `limit + 1`. The one edit distance of the project: the 404 page, the
 * check's "did you mean" for ids (ids.ts) and search's spelling suggestions
 * (search-suggest.ts) all call it; this module imports nothing, so the browser scripts
 * that bundle it carry only these lines.
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

const slug = (path: string) => path.toLowerCase().replace(/\/+$/, '').split('/').pop() ?? '';

/**
 * Up to `limit` entries nearest to `path`: by the last segment of the address (an entry's
 * id), then the whole address, so "/people/dnald-trump" and "/person/donald-trump/" both
 * find Donald Trump. Entries too far to be a likely typo are left out.
 */
export function nearestEntries<T extends readonly [url: string, title: string]>(
  path: string,
  entries: readonly T[],
  limit = 5,
): T[] {
  const target = slug(path);
  const whole = path.toLowerCase();
  if (!target) return [];
  const scored = entries.map((entry) => {
    const id = slug(entry[0]);
    const score = Math.min(editDistance(target, id), editDistance(whole, entry[0].toLowerCase()));
    return { entry, score, near: score <= Math.max(2, Math.floor(Math.max(target.length, id.length) / 3)) };
  });
  return scored
    .filter((s) => s.near)
    .sort((a, b) => a.score - b.score)
    .slice(0, limit)
    .map((s) => s.entry);
}
