/**
 * Stable ids for the parts of an entry a reader may link to: its quotations, its accounts
 * and the sentences of its body that cite a source (claims). An id is the one the
 * contributor gives (`id:` in the frontmatter, `<Cite id="…">` in the body) or, without
 * one, made from the words themselves, so that adding, removing or moving another part
 * never changes it. Once published (content/ids.yaml, ./published-ids.ts) an id is kept:
 * when its words change, the old id stays as an alias.
 *
 * The pages put these ids on the elements, the search index reads them there, and the
 * parsed entries carry them (quotes[].id, accounts[].id, citations[].claim).
 */
import { toId } from './ids.ts';

export type AnchorKind = 'quote' | 'account' | 'claim';

/** Every anchor id starts with its kind: "quote-", "account-", "claim-". Body headings never do. */
const ANCHOR_KINDS: readonly AnchorKind[] = ['quote', 'account', 'claim'];

/** An anchor id as a contributor may write it: its kind, a hyphen, then kebab-case words. */
export const ANCHOR_PATTERN = /^(quote|account|claim)-[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** How many words of the text an id keeps, and at most how many characters they take. */
const WORDS = 5;
const MAX_WORDS_LENGTH = 40;

/**
 * The first words of a text as an id part: "You’re a tough cookie. You were…" →
 * "youre-a-tough-cookie-you". Cut at a word, never inside one (a long first word is cut).
 */
function firstWords(text: string): string {
  const words = toId(text).split('-').filter(Boolean).slice(0, WORDS);
  let out = '';
  for (const word of words) {
    const next = out ? `${out}-${word}` : word;
    if (next.length > MAX_WORDS_LENGTH) return out || word.slice(0, MAX_WORDS_LENGTH);
    out = next;
  }
  return out || 'x';
}

/** A quotation's id without an explicit one: the first speaker with a page, then the first words. */
export function derivedQuoteId(text: string, speakers: readonly string[]): string {
  const speaker = speakers[0];
  return `quote-${speaker ? `${speaker}-` : ''}${firstWords(text)}`;
}

/** An account's id without an explicit one: the first words of its point. */
export function derivedAccountId(point: string): string {
  return `account-${firstWords(point)}`;
}

/** A cited sentence's id without an explicit one: its first words. */
export function derivedClaimId(sentence: string): string {
  return `claim-${firstWords(sentence)}`;
}

/** What a kind is called in messages. */
export const ANCHOR_NOUN: Record<AnchorKind, string> = {
  quote: 'quotation',
  account: 'account',
  claim: 'cited sentence',
};

export function anchorKind(id: string): AnchorKind | undefined {
  const kind = id.slice(0, id.indexOf('-'));
  return (ANCHOR_KINDS as readonly string[]).includes(kind) ? (kind as AnchorKind) : undefined;
}

/**
 * A link to words on another site, as a text fragment (`#:~:text=`): browsers that know
 * them scroll to and highlight the words; others open the page as usual. Long quotations
 * are given by their first and last words (textStart,textEnd), which the browser matches
 * across the words between.
 */
export function textFragmentUrl(url: string, words: string): string {
  const tokens = words.replace(/\s+/g, ' ').trim().split(' ');
  const directive =
    tokens.length <= 8
      ? encodeFragmentText(tokens.join(' '))
      : `${encodeFragmentText(tokens.slice(0, 4).join(' '))},${encodeFragmentText(tokens.slice(-4).join(' '))}`;
  const base = url.replace(/#.*$/s, '');
  return `${base}#:~:text=${directive}`;
}

/**
 * Percent-encodes text for a text directive: "-", "," and "&" separate its parts, so they
 * are encoded besides what encodeURIComponent encodes.
 */
export function encodeFragmentText(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}
