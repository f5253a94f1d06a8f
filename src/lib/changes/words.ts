/**
 * A short word diff of an entry's body: each changed stretch with a few words around it,
 * in git's word-diff notation ([-removed-]{+added+}), which reads the same in a terminal
 * and in a code block of a job summary. The diff itself is jsdiff's (the `diff` package).
 * Every stretch is in the result: those that add text no <Cite> covers always come first
 * and are always shown; the rest past a few may be folded away by the report.
 * Content is hostile: everything here is a single forward scan, with no backtracking regex.
 */
import { diffWords } from 'diff';

export interface WordDiff {
  /** "… called [-Trump-]{+Donald Trump+} to concede …", one per changed stretch, shown. */
  hunks: string[];
  /** The other stretches, each of which adds no uncited text: a report may fold them. */
  folded: string[];
  /** Set when the bodies differ too much to diff word by word. */
  rewritten?: { before: number; after: number };
}

const CONTEXT = 5;
/** Shown before the rest fold: stretches that add uncited text are shown whatever their number. */
const SHOWN_HUNKS = 8;
/** Past this many edits jsdiff gives up: a rewritten body is reported as rewritten. */
const MAX_EDIT_LENGTH = 4000;

const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);
const words = (text: string) => text.split(/\s+/).filter(Boolean);
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The last `n` words of a stretch of text, with its own spacing and punctuation (a backward scan). */
export function tail(text: string, n: number): string {
  let start = text.length;
  let i = text.length;
  for (let found = 0; found < n; found++) {
    while (i > 0 && isSpace(text[i - 1])) i--;
    if (i === 0) break;
    while (i > 0 && !isSpace(text[i - 1])) i--;
    start = i;
  }
  return text.slice(start);
}

/** The first `n` words of a stretch of text, with the spacing before them (a forward scan). */
export function head(text: string, n: number): string {
  let i = 0;
  let end = 0;
  for (let found = 0; found < n; found++) {
    while (i < text.length && isSpace(text[i])) i++;
    if (i === text.length) break;
    while (i < text.length && !isSpace(text[i])) i++;
    end = i;
  }
  return text.slice(0, end);
}

/** `{+inner+}` around the words of a change, its surrounding spaces kept outside. */
function mark(text: string, open: string, close: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  if (start === end) return text;
  return `${text.slice(0, start)}${open}${text.slice(start, end)}${close}${text.slice(end)}`;
}

interface Sentence {
  start: number;
  end: number;
  cited: boolean;
}

const CITE = '<Cite';
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '*', '_']);

/**
 * The body cut into sentences (a sentence ends at . ! ? before a space, or at a blank line),
 * each marked cited when a <Cite> stands in it or right after its end. One pass.
 */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  let cited = false;
  /** Set at a sentence's end when citations follow it: the sentence ends after them. */
  let endsAfterCite = false;
  const close = (end: number) => {
    // A stretch of spaces between sentences is left out: it holds no words to cite.
    if (text.slice(start, end).trim()) out.push({ start, end, cited });
    start = end;
    cited = false;
    endsAfterCite = false;
  };
  let i = 0;
  while (i < text.length) {
    if (text.startsWith(CITE, i)) {
      cited = true;
      const gt = text.indexOf('>', i);
      i = gt < 0 ? text.length : gt + 1;
      if (endsAfterCite) {
        let k = i;
        while (k < text.length && (text[k] === ' ' || text[k] === '\t')) k++;
        if (text.startsWith(CITE, k)) i = k;
        else close(i);
      }
      continue;
    }
    const c = text[i]!;
    if (c === '\n') {
      let j = i + 1;
      while (j < text.length && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
      if (j >= text.length || text[j] === '\n') {
        close(j);
        i = j;
        continue;
      }
    } else if (c === '.' || c === '!' || c === '?') {
      let j = i + 1;
      while (j < text.length && CLOSERS.has(text[j]!)) j++;
      let k = j;
      while (k < text.length && (text[k] === ' ' || text[k] === '\t')) k++;
      if (text.startsWith(CITE, k)) {
        endsAfterCite = true; // the citations belong to this sentence, which ends after them
        i = k;
        continue;
      }
      if (j >= text.length || isSpace(text[j])) {
        close(j);
        i = j;
        continue;
      }
      i = j;
      continue;
    }
    i++;
  }
  close(text.length);
  return out;
}

export function wordDiff(before: string, after: string): WordDiff | undefined {
  if (before === after) return undefined;
  const changes = diffWords(before, after, { maxEditLength: MAX_EDIT_LENGTH });
  if (!changes)
    return { hunks: [], folded: [], rewritten: { before: words(before).length, after: words(after).length } };
  const inAfter = sentences(after);
  let sentence = 0;
  /** Whether after[start, end) has words in a sentence no <Cite> covers. Calls come in text order. */
  const uncited = (start: number, end: number) => {
    while (sentence < inAfter.length && inAfter[sentence]!.end <= start) sentence++;
    for (let s = sentence; s < inAfter.length && inAfter[s]!.start < end; s++) {
      const { start: from, end: to, cited } = inAfter[s]!;
      if (!cited && after.slice(Math.max(from, start), Math.min(to, end)).trim()) return true;
    }
    return false;
  };
  const hunks: { text: string; uncited: boolean }[] = [];
  let current: string | undefined;
  let currentUncited = false;
  let pending = '';
  let at = 0; // position in `after`
  for (const [i, change] of changes.entries()) {
    if (!change.added && !change.removed) {
      const last = i === changes.length - 1;
      at += change.value.length;
      if (current !== undefined) {
        // Two stretches a few words apart are one hunk; otherwise close this one.
        if (!last && words(change.value).length <= CONTEXT * 2) {
          current += change.value;
          continue;
        }
        const kept = head(change.value, CONTEXT);
        current += kept + (words(change.value).length > CONTEXT ? ' …' : '');
        hunks.push({ text: flat(current), uncited: currentUncited });
        current = undefined;
        currentUncited = false;
      }
      pending = change.value;
      continue;
    }
    if (current === undefined) {
      const kept = tail(pending, CONTEXT);
      current = (words(pending).length > CONTEXT ? '… ' : '') + kept;
      pending = '';
    }
    if (change.added) {
      if (uncited(at, at + change.value.length)) currentUncited = true;
      at += change.value.length;
    }
    current += change.added ? mark(change.value, '{+', '+}') : mark(change.value, '[-', '-]');
  }
  if (current !== undefined) hunks.push({ text: flat(current), uncited: currentUncited });
  const kept = hunks.filter((h) => h.text.includes('[-') || h.text.includes('{+'));
  if (!kept.length) return { hunks: ['(only spacing or line breaks changed)'], folded: [] };
  // Uncited additions always shown; then the others, in order, up to the few that fit.
  const room = Math.max(0, SHOWN_HUNKS - kept.filter((h) => h.uncited).length);
  const shown: string[] = [];
  const folded: string[] = [];
  let others = 0;
  for (const h of kept) {
    if (h.uncited || others++ < room) shown.push(h.text);
    else folded.push(h.text);
  }
  return { hunks: shown, folded };
}
