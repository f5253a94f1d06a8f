/**
 * Entry ids: the file name without `.mdx`, lowercase kebab-case ASCII. Also the
 * "did you mean" suggestions every unknown-id message carries.
 */

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isValidId(id: string): boolean {
  return ID_PATTERN.test(id);
}

/**
 * The id a name or a malformed file name should have: "Jill Biden" → "jill-biden",
 * "Émile_Zola" → "emile-zola".
 */
export function toId(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Two ids that a reader could not tell apart: same letters and digits once case and
 * punctuation are ignored ("john-doe", "John_Doe", "johndoe").
 */
export function idFingerprint(id: string): string {
  return id.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Levenshtein distance, bounded: returns `limit + 1` as soon as it is exceeded. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The closest known id to an unknown one, if any is close enough to be a plausible
 * typo. Only runs when an id is unknown, so its cost never touches a valid build.
 */
export function closestId(unknown: string, known: Iterable<string>): string | undefined {
  const limit = Math.max(2, Math.floor(unknown.length / 3));
  const fingerprint = idFingerprint(unknown);
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of known) {
    if (idFingerprint(candidate) === fingerprint) return candidate;
    const distance = editDistance(unknown, candidate, bestDistance - 1 < 0 ? 0 : bestDistance - 1);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** ` (did you mean "x"?)`, or nothing. */
export function didYouMean(unknown: string, known: Iterable<string>): string {
  const suggestion = closestId(unknown, known);
  return suggestion ? ` (did you mean "${suggestion}"?)` : '';
}
