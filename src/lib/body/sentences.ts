/**
 * Sentences of a body's blocks: the excerpt a backlink shows ("mentioned in") and the
 * claim a source page lists as supported.
 *
 * `Intl.Segmenter` (ICU's sentence rules, maintained with the runtime) does the cutting.
 * ICU breaks after any full stop followed by a capital or a digit, and at "!" or "?"
 * inside a quotation, so its cuts are then joined again where the text shows they fall
 * inside a sentence: after an abbreviation from the list below, after an initial, and
 * while a quotation is open. No library on the npm registry fitted better: they either
 * return strings without offsets (which the excerpts need to find a link's sentence) or
 * carry their own, unmaintained rules. When in doubt the cuts are joined, because an
 * excerpt of two whole sentences is better than one that starts or ends mid-sentence.
 */
import type { Nodes, Parent } from 'mdast';

/**
 * Abbreviations after which a full stop does not end the sentence, as written in the
 * record: times ("4 p.m. Eastern"), titles ("Mr. Biden"), months ("Jan. 20"), places
 * ("U.S. President-elect"), and the locators of citations ("p. 212").
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'a.m.',
  'p.m.',
  'Mr.',
  'Mrs.',
  'Ms.',
  'Dr.',
  'Prof.',
  'Gov.',
  'Sen.',
  'Rep.',
  'Gen.',
  'Col.',
  'Lt.',
  'Sgt.',
  'Rev.',
  'Hon.',
  'Pres.',
  'Jr.',
  'Sr.',
  'St.',
  'Mt.',
  'Ft.',
  'Jan.',
  'Feb.',
  'Mar.',
  'Apr.',
  'Jun.',
  'Jul.',
  'Aug.',
  'Sep.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
  'U.S.',
  'U.K.',
  'U.N.',
  'D.C.',
  'Va.',
  'Pa.',
  'Wis.',
  'Tenn.',
  'Calif.',
  'Fla.',
  'Inc.',
  'Ltd.',
  'Co.',
  'Corp.',
  'Bros.',
  'No.',
  'Nos.',
  'p.',
  'pp.',
  'ch.',
  'para.',
  'vol.',
  'ed.',
  'eds.',
  'vs.',
  'cf.',
  'e.g.',
  'i.e.',
  'etc.',
  'ca.',
  'approx.',
]);

/** "J." or "J.D.": initials of a name. */
const INITIALS = /^(?:\p{Lu}\.)+$/u;

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** The last word of a piece of text, without the brackets or quotation marks before it. */
function lastWord(text: string): string {
  return /[^\s([{“‘"']*$/u.exec(text.trimEnd())?.[0] ?? '';
}

/** Quotation marks left open at the end of `text`: curly pairs, and straight marks by parity. */
function openQuotes(text: string): number {
  let curly = 0;
  let straight = 0;
  // By code unit: all three marks are single UTF-16 units, and this runs for every cut.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c) curly++;
    else if (c === 0x201d) curly = Math.max(0, curly - 1);
    else if (c === 0x22) straight ^= 1;
  }
  return curly + straight;
}

function closesLater(text: string, from: number): boolean {
  return text.indexOf('”', from) >= 0 || text.indexOf('"', from) >= 0;
}

/** [start, end) offsets of the sentences of `text`, in order, covering it whole. */
export function splitSentences(text: string): { start: number; end: number }[] {
  const cuts: { start: number; end: number }[] = [];
  for (const { index, segment } of segmenter.segment(text)) {
    const end = index + segment.length;
    const open = cuts.at(-1);
    if (open && joinsNext(text.slice(open.start, open.end), text, open.end)) open.end = end;
    else cuts.push({ start: index, end });
  }
  return cuts;
}

/** Whether the sentence so far (`before`) goes on past the cut at `at`. */
function joinsNext(before: string, text: string, at: number): boolean {
  const word = lastWord(before);
  if (ABBREVIATIONS.has(word) || INITIALS.test(word)) return true;
  // A "!" or "?" inside a quotation does not end the sentence that quotes it, if the
  // quotation closes later in the block (an unpaired mark would otherwise swallow it).
  return openQuotes(before) > 0 && closesLater(text, at);
}

/** Text of a block (emphasis kept as *…*), with the offset at which each node begins. */
function textWithOffsets(block: Parent): { text: string; offsets: Map<Nodes, number> } {
  let text = '';
  const offsets = new Map<Nodes, number>();
  const walk = (node: Nodes) => {
    offsets.set(node, text.length);
    if (node.type === 'text' || node.type === 'inlineCode') text += node.value;
    else if (node.type === 'break') text += ' ';
    else if (node.type === 'emphasis') {
      // Kept as *…*, the mark of a work's title in the record's short texts (work-titles.ts),
      // so an excerpt shows "the publication of *2024*" in italics, not a year.
      text += '*';
      for (const child of node.children) walk(child as Nodes);
      text += '*';
    } else if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  for (const child of block.children) walk(child as Nodes);
  return { text, offsets };
}

/** A block's text cut into sentences once: [start, end) offsets, in order. */
export interface Sentences {
  text: string;
  offsets: Map<Nodes, number>;
  bounds: { start: number; end: number }[];
}

export function sentencesOf(block: Parent): Sentences {
  const { text, offsets } = textWithOffsets(block);
  return { text, offsets, bounds: splitSentences(text) };
}

export function sentenceAt(sentences: Sentences, offset: number): string {
  const hit = sentences.bounds.find((b) => offset < b.end) ?? sentences.bounds.at(-1);
  return hit ? sentences.text.slice(hit.start, hit.end).trim() : '';
}
