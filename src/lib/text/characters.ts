/**
 * Characters that are not text. A control character in a title passes every schema yet
 * makes the RSS feed ill-formed XML (XML 1.0 forbids most of C0) and reaches every page
 * as a raw byte; a bidirectional override makes a name read backwards. They are refused
 * in the file as a whole, so every field and the body are covered by one scan, with the
 * character named by its code point; and again in the values read from it, where a YAML
 * escape ("\u202E") or a character reference (&#x202E;) writes one without the character.
 */

/**
 * C0 controls except tab, line feed and carriage return; DEL and the C1 controls; the
 * bidirectional embeddings, overrides and isolates; the two noncharacters XML refuses.
 * A carriage return not followed by a line feed is caught separately.
 */
// Matching control characters is this pattern's whole purpose.
export const FORBIDDEN =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|\r(?!\n)/g;

/** Unicode names of the C0 controls and DEL; of C1 (which has no names) only the one alias people meet. */
const C0 = [
  'NULL',
  'START OF HEADING',
  'START OF TEXT',
  'END OF TEXT',
  'END OF TRANSMISSION',
  'ENQUIRY',
  'ACKNOWLEDGE',
  'BELL',
  'BACKSPACE',
] as const;
const C0_UPPER = [
  'DATA LINK ESCAPE',
  'DEVICE CONTROL ONE',
  'DEVICE CONTROL TWO',
  'DEVICE CONTROL THREE',
  'DEVICE CONTROL FOUR',
  'NEGATIVE ACKNOWLEDGE',
  'SYNCHRONOUS IDLE',
  'END OF TRANSMISSION BLOCK',
  'CANCEL',
  'END OF MEDIUM',
  'SUBSTITUTE',
  'ESCAPE',
  'INFORMATION SEPARATOR FOUR',
  'INFORMATION SEPARATOR THREE',
  'INFORMATION SEPARATOR TWO',
  'INFORMATION SEPARATOR ONE',
] as const;
const NAMES: Readonly<Record<number, string>> = {
  ...Object.fromEntries(C0.map((name, i) => [i, name])),
  ...Object.fromEntries(C0_UPPER.map((name, i) => [0x10 + i, name])),
  0x85: 'NEXT LINE',
  0x0b: 'LINE TABULATION',
  0x0c: 'FORM FEED',
  0x0e: 'SHIFT OUT',
  0x0f: 'SHIFT IN',
  0x0d: 'CARRIAGE RETURN without a line feed',
  0x7f: 'DELETE',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfffe: 'a noncharacter',
  0xffff: 'a noncharacter',
};

/** "U+202E (RIGHT-TO-LEFT OVERRIDE)". */
function codePointName(codePoint: number): string {
  const hex = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = NAMES[codePoint];
  return name ? `${hex} (${name})` : hex;
}

export interface CharacterProblem {
  line: number;
  column: number;
  message: string;
}

/** At most this many per file: one bad paste should not bury every other problem. */
const MAX_REPORTED = 20;

/**
 * What is wrong with a forbidden character, for a message: "contains the bidirectional
 * control U+202E (RIGHT-TO-LEFT OVERRIDE), which is not text (it reorders what follows it):
 * delete it". `written` says how it was written when the file does not hold it as itself:
 * as a YAML escape in a quoted value, or as a character reference in a body.
 */
export function characterMessage(codePoint: number, written?: 'yaml' | 'reference'): string {
  const hex = codePoint.toString(16).toUpperCase().padStart(4, '0');
  const how =
    written === 'yaml'
      ? `, written as a YAML escape (such as \\u${hex})`
      : written === 'reference'
        ? `, written as a character reference (such as &#x${hex};)`
        : '';
  const bidi = codePoint >= 0x202a && codePoint <= 0x2069;
  const what = bidi ? 'the bidirectional control' : codePoint >= 0xfffe ? 'the noncharacter' : 'the control character';
  return `contains ${what} ${codePointName(codePoint)}${how}, which is not text${bidi ? ' (it reorders what follows it)' : ''}: delete it`;
}

/** The same rule on one value: the first forbidden character and where it is, if any. */
const FORBIDDEN_ONE = new RegExp(FORBIDDEN.source);

export function forbiddenCharacterIn(value: string): { index: number; codePoint: number } | undefined {
  const m = FORBIDDEN_ONE.exec(value);
  return m ? { index: m.index, codePoint: m[0].codePointAt(0) ?? 0 } : undefined;
}

/** Each forbidden character (the first on each line), 1-based positions within `text`. */
export function forbiddenCharacters(text: string): CharacterProblem[] {
  const out: CharacterProblem[] = [];
  FORBIDDEN.lastIndex = 0;
  if (!FORBIDDEN.test(text)) return out;
  let line = 1;
  let lineStart = 0;
  let lastLine = 0;
  FORBIDDEN.lastIndex = 0;
  for (let m = FORBIDDEN.exec(text); m && out.length < MAX_REPORTED; m = FORBIDDEN.exec(text)) {
    for (let i = text.indexOf('\n', lineStart); i !== -1 && i < m.index; i = text.indexOf('\n', lineStart)) {
      line++;
      lineStart = i + 1;
    }
    if (line === lastLine) continue;
    lastLine = line;
    out.push({ line, column: m.index - lineStart + 1, message: characterMessage(m[0].codePointAt(0) ?? 0) });
  }
  return out;
}

/**
 * Line breaks and other vertical whitespace: line feed, carriage return, line tabulation,
 * form feed, next line, line and paragraph separators. A field shown as one line (a title,
 * a name) must hold none: printed into a Markdown report or a log, a line break starts a
 * heading, a list or a workflow command of its own.
 */
// Matching line tabulation and form feed is part of the point.
// eslint-disable-next-line no-control-regex
const VERTICAL_SPACE = /[\n\r\u000B\u000C\u0085\u2028\u2029]/;

const BREAK_NAMES: Readonly<Record<number, string>> = {
  0x0a: 'LINE FEED',
  0x0d: 'CARRIAGE RETURN',
  0x0b: 'LINE TABULATION',
  0x0c: 'FORM FEED',
  0x85: 'NEXT LINE',
  0x2028: 'LINE SEPARATOR',
  0x2029: 'PARAGRAPH SEPARATOR',
};

/** Why a one-line value is not one line ("…a line break, U+000A (LINE FEED), after …"), or undefined. */
export function lineBreakProblem(value: string): string | undefined {
  const at = VERTICAL_SPACE.exec(value);
  if (!at) return undefined;
  const codePoint = at[0].codePointAt(0) ?? 0;
  const hex = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  const before = value.slice(Math.max(0, at.index - 40), at.index);
  return `must be one line: it holds a line break, ${hex} (${BREAK_NAMES[codePoint] ?? 'a line break'}), after "${at.index > 40 ? '…' : ''}${before}". Join the lines with a space`;
}

/** Format characters and fillers that show nothing on their own. */
const INVISIBLE_OR_SPACE = /^[\s\p{Cf}\p{Z}\u034F\u115F\u1160\u3164\uFFA0]*$/u;

/** Whether a string shows nothing at all: only spaces and invisible characters. */
export function isInvisible(text: string): boolean {
  return INVISIBLE_OR_SPACE.test(text);
}
