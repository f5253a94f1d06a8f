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

/** Characters that end a word when reading back from the end of a piece. */
const WORD_BOUNDARY = /[\s([{“‘"']/u;

/**
 * The last word of a piece of text, without the brackets or quotation marks before it.
 * Read backwards in code: an unanchored [^…]*$ would rescan a long run from every position.
 */
function lastWord(text: string): string {
  const trimmed = text.trimEnd();
  let start = trimmed.length;
  while (start > 0 && !WORD_BOUNDARY.test(trimmed[start - 1] ?? ' ')) start--;
  return trimmed.slice(start);
}

/** Quotation marks open in the sentence so far: curly pairs, and straight marks by parity. */
interface OpenQuotes {
  curly: number;
  straight: number;
}

/** Counts the marks of `piece` into `open`, in order (a closing mark with none open is ignored). */
function countQuotes(piece: string, open: OpenQuotes): void {
  // By code unit: all three marks are single UTF-16 units.
  for (let i = 0; i < piece.length; i++) {
    const c = piece.charCodeAt(i);
    if (c === 0x201c) open.curly++;
    else if (c === 0x201d) open.curly = Math.max(0, open.curly - 1);
    else if (c === 0x22) open.straight ^= 1;
  }
}

/**
 * [start, end) offsets of the sentences of `text`, in order, covering it whole. Each cut is
 * looked at once: the open sentence's quotation marks are counted as its pieces arrive, so a
 * block of many cuts costs no more than its length.
 */
export function splitSentences(text: string): { start: number; end: number }[] {
  const cuts: { start: number; end: number }[] = [];
  // A quotation still open "closes later" when a closing mark comes after the cut.
  const lastClose = Math.max(text.lastIndexOf('\u201d'), text.lastIndexOf('"'));
  let quotes: OpenQuotes = { curly: 0, straight: 0 };
  let previous = '';
  for (const { index, segment } of segmenter.segment(text)) {
    const end = index + segment.length;
    const open = cuts.at(-1);
    if (open && joinsNext(open, previous, quotes, lastClose, text)) open.end = end;
    else {
      cuts.push({ start: index, end });
      quotes = { curly: 0, straight: 0 };
    }
    countQuotes(segment, quotes);
    previous = segment;
  }
  return cuts;
}

/** Whether the sentence so far (`open`, whose last piece is `last`) goes on past its end. */
function joinsNext(
  open: { start: number; end: number },
  last: string,
  quotes: OpenQuotes,
  lastClose: number,
  text: string,
): boolean {
  const word = lastWord(last) || lastWord(text.slice(open.start, open.end));
  if (ABBREVIATIONS.has(word) || INITIALS.test(word)) return true;
  // A "!" or "?" inside a quotation does not end the sentence that quotes it, if the
  // quotation closes later in the block (an unpaired mark would otherwise swallow it).
  return quotes.curly + quotes.straight > 0 && lastClose >= open.end;
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

/** The [start, end) of the sentence holding `offset` (the last one past the end). */
export function sentenceBoundAt(sentences: Sentences, offset: number): { start: number; end: number } {
  return sentences.bounds.find((b) => offset < b.end) ?? sentences.bounds.at(-1) ?? { start: 0, end: 0 };
}

export function sentenceAt(sentences: Sentences, offset: number): string {
  const hit = sentences.bounds.find((b) => offset < b.end) ?? sentences.bounds.at(-1);
  return hit ? sentences.text.slice(hit.start, hit.end).trim() : '';
}
