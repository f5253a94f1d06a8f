/**
 * Field types shared by the three collections. Messages are written for the person
 * editing a pull request, not for a programmer.
 */
import { z } from 'astro/zod';
import { parseHistoricalDate, type HistoricalDate } from '../lib/time/dates.ts';
import { isInvisible, lineBreakProblem } from '../lib/text/characters.ts';
import { ANCHOR_PATTERN, type AnchorKind } from '../lib/record/anchors.ts';
import { ID_PATTERN, MAX_ID_LENGTH } from '../lib/record/ids.ts';
import { unpairedMark } from '../lib/text/work-titles.ts';

/** A historical date as written in frontmatter; see src/lib/time/dates.ts for the forms. */
export const historicalDate = z
  .union([z.string(), z.number()], {
    error: 'must be a date: 1869 (a year), 2025-03 (a month), 2024-11-06 (a day) or 2024-11-06T14:30-05:00 (a time)',
  })
  .transform((input, ctx): HistoricalDate => {
    const parsed = parseHistoricalDate(input);
    if (parsed.ok) return parsed.value;
    ctx.issues.push({ code: 'custom', message: parsed.message, input });
    return z.NEVER;
  });

/** "is 249 characters long; at most 100 are allowed: …". */
const tooLong = (max: number, fix: string) => (issue: { input?: unknown }) =>
  `is ${typeof issue.input === 'string' ? issue.input.length : 'too many'} characters long; at most ${max} are allowed: ${fix}`;

/** The id of another entry: its file name without `.mdx`. Existence is checked by the record check. */
export const entryId = (what: 'person' | 'source' | 'event') =>
  z
    .string({ error: `must be the id of a ${what}: its file name without .mdx, like "kamala-harris"` })
    .max(MAX_ID_LENGTH, { error: tooLong(MAX_ID_LENGTH, 'no entry has an id that long; check the id') })
    .regex(ID_PATTERN, {
      error: `must be the id of a ${what}: lowercase letters, digits and hyphens, like "kamala-harris"`,
    })
    // Which collection the id points into, for the editor's relation pickers (src/lib/editor/cms-config.ts).
    .meta({ entry: what });

/** "a list", "the number 12": what a contributor wrote instead of the expected type. */
export function describeInput(value: unknown): string {
  if (value === null) return 'empty (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return `the ${typeof value} ${String(value)}`;
}

/** For a value YAML read as a number or true/false where text was meant: how to keep it text. */
function quoteHint(value: unknown): string {
  if (typeof value !== 'number' && typeof value !== 'boolean') return '';
  return `: YAML reads ${String(value)} as a ${typeof value === 'number' ? 'number' : 'true/false value'}; to write it as text, put it in quotes, like "${String(value)}"`;
}

/**
 * A one-line field holds at most this many characters unless it says otherwise: room for a
 * long quotation or note, while one pasted page cannot pass as a field. Titles and names
 * take TITLE_LENGTH.
 */
const LINE_LENGTH = 1000;
/** Titles and names: a headline, not a paragraph. */
export const TITLE_LENGTH = 300;

/**
 * Text shown as one line: trimmed, not empty, not only invisible characters, no line break
 * (a title printed into a Markdown report or a log would start a heading or a command of
 * its own), at most `max` characters.
 */
function oneLine(max: number) {
  return z
    .string({ error: (issue) => `must be text, not ${describeInput(issue.input)}${quoteHint(issue.input)}` })
    .trim()
    .min(1, { error: 'must not be empty' })
    .refine((value) => value === '' || !isInvisible(value), {
      error: 'shows nothing: it holds only invisible characters (like U+200B ZERO WIDTH SPACE). Type the text itself',
    })
    .superRefine((value, ctx) => {
      const problem = lineBreakProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem, input: value });
    })
    .max(max, { error: tooLong(max, 'shorten it, and put the rest in the body') });
}

export const text = (description: string, { max = LINE_LENGTH }: { max?: number } = {}) =>
  oneLine(max).describe(description);

/**
 * The record's own words in one line (a title, summary, role or note): text in which a
 * work's title may be marked with asterisks, *2024*, to be shown in italics (work-titles.ts).
 */
export const prose = (description: string, { max = LINE_LENGTH }: { max?: number } = {}) =>
  oneLine(max)
    .superRefine((value, ctx) => {
      const problem = unpairedMark(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem, input: value });
    })
    .describe(`${description} A work's title may be marked with asterisks: *2024*.`);

export const httpsUrl = z
  .url({
    protocol: /^https$/,
    error: 'must be a full https:// address (http, javascript: and other schemes are refused)',
  })
  // The URL parser reads "https:evil.example" as https://evil.example/, but a browser on an
  // https page resolves it against the page: a broken link. The two slashes are required.
  .refine((value) => !/^https:/i.test(value) || /^https:\/\//i.test(value), {
    error: 'must be a full https:// address: write the two slashes after "https:"',
  })
  // An address never holds these as written (RFC 3986); copied into BibTeX, wikitext or a
  // Markdown report, a brace, quote or space would end the value and start another.
  .refine((value) => !/[\s{}<>"\\^`|]/.test(value), {
    error: 'must not contain spaces or any of { } < > " \\ ^ ` |: percent-encode them (a space is %20, { is %7B)',
  })
  .describe('A full https:// address.');

/** Where in a source a claim is supported. */
export const citation = z
  .strictObject({
    source: entryId('source').describe('The id of the source (its file in content/sources/, without .mdx).'),
    locator: text('Where in the source: "p. 212", "ch. 14", "para. 6", "caption", "00:14:30".').optional(),
    note: prose('What the source supports, when it is not obvious.').optional(),
  })
  .describe('A source and where in it.');

/** The id-valued list items used for tags. */
export const tag = z
  .string({ error: 'must be a tag' })
  .max(MAX_ID_LENGTH, { error: tooLong(MAX_ID_LENGTH, 'a tag is a word or two') })
  .regex(ID_PATTERN, { error: 'must be a tag in lowercase kebab-case, like "concession"' });

/**
 * The id a quotation or an account keeps on its page, in links and in the export. Optional:
 * without it the id is made from the words, and the check keeps a published one.
 */
export const anchorId = (kind: Exclude<AnchorKind, 'claim'>) =>
  z
    .string({ error: `must be an id like "${kind}-first-words": "${kind}-", then lowercase words joined by hyphens` })
    .regex(ANCHOR_PATTERN, {
      error: `must be an id like "${kind}-first-words": "${kind}-", then lowercase letters, digits and hyphens`,
    })
    .refine((id) => id.startsWith(`${kind}-`), { error: `must start with "${kind}-", like "${kind}-first-words"` })
    .optional()
    .describe(
      `A stable id for links to this ${kind === 'quote' ? 'quotation' : 'account'} ("${kind}-…"). Leave it out and one is made from the words; give it to keep a published id when the words change.`,
    );
