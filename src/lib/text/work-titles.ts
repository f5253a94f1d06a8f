/**
 * Titles of works inside the record's own short texts.
 *
 * A title, summary, description, role or note is one line of frontmatter, not Markdown, but
 * it may name a book: "co-author of *2024* (Penguin Press, 2025)". Asterisks around a work's
 * title mark it, as in the bodies' Markdown; the pages show it in italics (<cite>), and every
 * plain-text output (the page's <title>, meta descriptions, feeds, JSON-LD, the figures'
 * labels) shows the title without the marks. Without them "for 2024" reads as a year.
 *
 * The marks come in pairs on one value; an odd number is refused by the schema (see
 * `unpairedMark`), so a stray asterisk never turns the rest of a line into a title.
 */
import { escapeHtml, Html } from './html.ts';

/** `*Title*`: an asterisk, the title (no asterisk, not starting or ending with a space), an asterisk. */
const MARKED = /\*([^*\s](?:[^*]*[^*\s])?)\*/g;

/** The text as plain text: "co-author of 2024 (Penguin Press, 2025)". */
export function plainText(text: string): string {
  return text.includes('*') ? text.replace(MARKED, '$1') : text;
}

/** The text as HTML, escaped, with each marked title in <cite> (or `tag`). */
export function markedHtml(text: string, tag: 'cite' | 'em' = 'cite'): Html {
  if (!text.includes('*')) return new Html(escapeHtml(text));
  let out = '';
  let last = 0;
  for (const m of text.matchAll(MARKED)) {
    out += `${escapeHtml(text.slice(last, m.index))}<${tag}>${escapeHtml(m[1] ?? '')}</${tag}>`;
    last = m.index + m[0].length;
  }
  return new Html(out + escapeHtml(text.slice(last)));
}

/**
 * Why the marks of `text` cannot be read, or undefined when they can: an asterisk left over
 * once every `*Title*` pair is taken out.
 */
export function unpairedMark(text: string): string | undefined {
  if (!text.includes('*')) return undefined;
  const rest = text.replace(MARKED, '');
  if (!rest.includes('*')) return undefined;
  return 'has an asterisk without its pair: asterisks mark the title of a work, like *2024*, on both sides and without spaces inside them';
}
