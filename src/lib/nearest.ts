/**
 * The entries whose addresses are nearest to a mistyped one, for the 404 page. Written
 * here rather than taken from a library: edit distance over a few hundred short strings
 * is a dozen lines, and the 404 page's script must stay a few hundred bytes.
 */

/** Levenshtein distance: insertions, deletions and substitutions of one character. */
export function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(
        (row[j] ?? 0) + 1,
        (next[j - 1] ?? 0) + 1,
        (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    row = next;
  }
  return row[b.length] ?? 0;
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
