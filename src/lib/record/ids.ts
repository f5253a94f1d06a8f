/**
 * Entry ids: the file name without `.mdx`, lowercase kebab-case ASCII. Also the
 * "did you mean" suggestions every unknown-id message carries.
 */
import { likeliest } from '../text/nearest.ts';

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Ids are at most this long: an id is a file name and a URL, read by people. */
export const MAX_ID_LENGTH = 100;

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

/** Characters that show nothing: zero-width spaces and joiners, bidi controls, soft hyphens. */
const INVISIBLE = /[\p{Cf}\u034F\u115F\u1160\u3164\uFFA0]/gu;

/**
 * Letters from other scripts that look like Latin ones (Cyrillic "а", Greek "ο"): an id
 * typed or pasted with one looks right and matches nothing. Lowercase only; applied after
 * lowercasing.
 */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ѕ: 's',
  һ: 'h',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  ӏ: 'l',
  ɡ: 'g',
  α: 'a',
  ο: 'o',
  ρ: 'p',
  ν: 'v',
  ι: 'i',
  κ: 'k',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ε: 'e',
};
const LOOK_ALIKE = new RegExp(`[${Object.keys(LOOK_ALIKES).join('')}]`, 'gu');

/**
 * What a reader would take an id to be: invisible characters dropped, look-alike letters
 * read as the Latin ones, case and accents folded, then written as an id.
 */
export function normaliseId(text: string): string {
  return toId(visibleForm(text).replace(LOOK_ALIKE, (c) => LOOK_ALIKES[c] ?? c));
}

/** Text as it shows: compatibility forms folded (NFKC), invisible characters dropped, lowercase. */
function visibleForm(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE, '').toLowerCase();
}

/**
 * What two names must share to be the same name to a reader: case, spacing and invisible
 * characters aside, and, in a name written in Latin letters, look-alike letters from other
 * scripts read as the Latin ones ("Jоhn Smith" with a Cyrillic о is "john smith"). A name
 * written in another script keeps its letters.
 */
export function nameKey(name: string): string {
  const visible = visibleForm(name).replace(/\s+/g, ' ').trim();
  return /[a-z]/.test(visible) ? visible.replace(LOOK_ALIKE, (c) => LOOK_ALIKES[c] ?? c) : visible;
}

/** The id a malformed one was meant to be ("Joe-Biden" → "joe-biden"), when there is one. */
export function suggestedId(text: string): string | undefined {
  const id = normaliseId(text);
  return id && id !== text && isValidId(id) ? id : undefined;
}

/**
 * Two ids that a reader could not tell apart: same letters and digits once case,
 * punctuation, invisible characters and look-alike letters are ignored ("john-doe",
 * "John_Doe", "johndoe", "jоhn-doe" with a Cyrillic о).
 */
export function idFingerprint(id: string): string {
  let fingerprint = fingerprints.get(id);
  if (fingerprint === undefined) {
    fingerprint = normaliseId(id).replace(/[^a-z0-9]/g, '');
    fingerprints.set(id, fingerprint);
  }
  return fingerprint;
}

/**
 * Fingerprints by id, made once: every file's id is fingerprinted when the record is listed,
 * and each "did you mean" compares an unknown id with all of them again.
 */
const fingerprints = new Map<string, string>();

/**
 * The known id an unknown or malformed one most likely meant (`likeliest` in
 * text/nearest.ts, reading ids as a reader would: idFingerprint); without a list of known
 * ids, the id the written one reads as ("Joe-Biden" → "joe-biden"). Only runs when an id
 * is wrong, so its cost never touches a valid build.
 */
export function closestId(unknown: string, known?: Iterable<string>): string | undefined {
  if (known === undefined) return suggestedId(unknown);
  return likeliest(unknown, known, String, idFingerprint);
}

/**
 * The one shape of every "did you mean" in the check's messages, for ids, tags and field
 * names alike: ` (did you mean "x"?)`, or nothing.
 */
export function didYouMean(unknown: string, known?: Iterable<string>): string {
  const suggestion = closestId(unknown, known);
  return suggestion ? ` (did you mean "${suggestion}"?)` : '';
}
