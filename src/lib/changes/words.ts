/**
 * A short word diff of an entry's body: each changed stretch with a few words around it,
 * in git's word-diff notation ([-removed-]{+added+}), which reads the same in a terminal
 * and in a code block of a job summary. The diff itself is jsdiff's (the `diff` package).
 */
import { diffWords } from 'diff';

export interface WordDiff {
  /** "… called [-Trump-]{+Donald Trump+} to concede …", one per changed stretch. */
  hunks: string[];
  /** Stretches left out to keep the report short. */
  more: number;
  /** Set when the bodies differ too much to diff word by word. */
  rewritten?: { before: number; after: number };
}

const CONTEXT = 5;
const MAX_HUNKS = 8;
/** Past this many edits jsdiff gives up: a rewritten body is reported as rewritten. */
const MAX_EDIT_LENGTH = 4000;

const words = (text: string) => text.split(/\s+/).filter(Boolean);
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
/** The last or first `n` words of a stretch of text, with its own spacing and punctuation. */
const tail = (text: string, n: number) => new RegExp(`(?:\\S+\\s*){0,${n}}$`).exec(text)?.[0] ?? '';
const head = (text: string, n: number) => new RegExp(`^(?:\\s*\\S+){0,${n}}`).exec(text)?.[0] ?? '';
const mark = (text: string, open: string, close: string) => {
  const lead = /^\s*/.exec(text)?.[0] ?? '';
  const trail = /\s*$/.exec(text)?.[0] ?? '';
  const inner = text.trim();
  return inner ? `${lead}${open}${inner}${close}${trail}` : text;
};

export function wordDiff(before: string, after: string): WordDiff | undefined {
  if (before === after) return undefined;
  const changes = diffWords(before, after, { maxEditLength: MAX_EDIT_LENGTH });
  if (!changes) return { hunks: [], more: 0, rewritten: { before: words(before).length, after: words(after).length } };
  const hunks: string[] = [];
  let current: string | undefined;
  let pending = '';
  for (const [i, change] of changes.entries()) {
    if (!change.added && !change.removed) {
      const last = i === changes.length - 1;
      if (current !== undefined) {
        // Two stretches a few words apart are one hunk; otherwise close this one.
        if (!last && words(change.value).length <= CONTEXT * 2) {
          current += change.value;
          continue;
        }
        const kept = head(change.value, CONTEXT);
        current += kept + (words(change.value).length > CONTEXT ? ' …' : '');
        hunks.push(flat(current));
        current = undefined;
      }
      pending = change.value;
      continue;
    }
    if (current === undefined) {
      const kept = tail(pending, CONTEXT);
      current = (words(pending).length > CONTEXT ? '… ' : '') + kept;
      pending = '';
    }
    current += change.added ? mark(change.value, '{+', '+}') : mark(change.value, '[-', '-]');
  }
  if (current !== undefined) hunks.push(flat(current));
  const kept = hunks.filter((h) => /\[-|\{\+/.test(h));
  if (!kept.length) return { hunks: ['(only spacing or line breaks changed)'], more: 0 };
  return { hunks: kept.slice(0, MAX_HUNKS), more: Math.max(0, kept.length - MAX_HUNKS) };
}
