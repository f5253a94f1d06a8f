/**
 * Text from content made inert for where it is printed: one line of a terminal or CI log,
 * or one line of Markdown in a job summary. Content is hostile until checked, and these run
 * on what failed the check too, so they hold whatever the schemas let through.
 * Every function is one pass over the text with a character class, never a backtracking regex.
 */

import { cutAt } from './clip.ts';

/** Line breaks in any of their forms: CommonMark's, and those terminals or logs may split on. */
const BREAKS = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/g;
/**
 * Characters that move the cursor, reorder text or do not show: C0 and C1 controls (tab
 * aside), bidirectional controls, and default-ignorable characters, which a culture-aware
 * comparison may skip (so `#\u00AD#[` could still read as `##[` to a log parser).
 */
const HIDDEN =
  // eslint-disable-next-line no-control-regex, no-misleading-character-class -- each listed alone, to be found
  /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\uFFF0-\uFFF8]|[\u{E0000}-\u{E0FFF}]/gu;

const codePoint = (c: string) => `\\u{${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}}`;

/** Hidden characters shown as `\u{202E}`; line breaks too when `breaks` is not given. */
function visible(text: string, breaks?: string): string {
  const shown = text.replace(HIDDEN, codePoint);
  return shown.replace(
    BREAKS,
    (b) => breaks ?? (b === '\n' ? '\\n' : b === '\r' ? '\\r' : b === '\r\n' ? '\\r\\n' : codePoint(b)),
  );
}

/**
 * One line for a terminal or a CI log: line breaks shown as `\n`, hidden characters as
 * `\u{…}`, and no GitHub workflow command: `::` cannot start the line (the runner reads
 * `::cmd::` after leading spaces) and `##[` cannot appear (the legacy form, read anywhere).
 */
export function logLine(text: string): string {
  const line = visible(text).replaceAll('##[', '##\\[');
  return /^\s*::/.test(line) ? `\\${line}` : line;
}

/** Several log lines: each made inert as by logLine. */
export function logLines(text: string): string {
  return text.split('\n').map(logLine).join('\n');
}

/** Cuts a value at `max` characters with a visible note of how much was left out (for reports; clip.ts cuts problem messages with "…" alone). */
export function clipNoted(text: string, max: number): string {
  if (text.length <= max) return text;
  const safe = cutAt(text, max);
  return `${safe}… (${text.length - safe.length} more characters)`;
}

const ZWSP = '\u200B';

/**
 * Text as inline Markdown that renders as itself: one line (breaks become spaces), every
 * character Markdown, GitHub's math or HTML reads as markup backslash-escaped, no character reference,
 * no link made of a bare address (`https://`, `www.`, `x@y.z`), and nothing at the start that opens a block (`-`, `+`,
 * `=`, `:`, `1.`) in case the text starts a line.
 */
export function markdownText(text: string): string {
  let out = visible(text, ' ')
    .replace(/[\\`*_[\]<>|#~&!$]/g, (c) => `\\${c}`)
    // GFM links bare addresses after escapes are read, so a backslash cannot stop it: a zero
    // width space inside `://`, `www.` and after `@` does, and the text still reads the same.
    .replace(/:\/\/|\bwww\.|@/gi, (m) => `${m.slice(0, -1)}${ZWSP}${m.slice(-1)}`);
  if (/^[-+=:]/.test(out)) out = `\\${out}`;
  const ordered = /^(\d{1,9})([.)])/.exec(out);
  if (ordered) out = `${ordered[1]}\\${ordered[2]}${out.slice(ordered[0].length)}`;
  return out;
}

/** Text as a Markdown code span: one line, fenced by more backticks than it holds. */
export function markdownCode(text: string): string {
  const one = visible(text, ' ');
  let longest = 0;
  let run = 0;
  for (const c of one) {
    run = c === '`' ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  const fence = '`'.repeat(longest + 1);
  const pad = one.startsWith('`') || one.endsWith('`') || one.startsWith(' ') ? ' ' : '';
  return `${fence}${pad}${one}${pad}${fence}`;
}

/** One line of a Markdown code block (```text): one visible line that cannot close the block. */
export function markdownCodeLine(text: string): string {
  return logLine(visible(text, ' ')).replace(/`{3,}/g, '``');
}
