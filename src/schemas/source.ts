import { z } from 'astro/zod';
import { entryId, historicalDate, httpsUrl, prose, text, TITLE_LENGTH } from './common.ts';
import { lineBreakProblem } from '../lib/text/characters.ts';
import { isValidIsbn } from '../lib/text/isbn.ts';
import { ID_PATTERN } from '../lib/record/ids.ts';
import { ARCHIVE_FORMS, holdsPage, parseArchiveAddress } from '../lib/record/archive-url.ts';

export const SOURCE_KINDS = ['book', 'article', 'interview', 'statement', 'photo', 'reference', 'broadcast'] as const;

/**
 * What kind of source each is for the reader's purpose, most direct first. `label` is what
 * pages show beside a reference; `weak` marks the kinds a claim should not rest on alone
 * (Wikipedia's "better source needed"). CONTRIBUTING.md's "Source standing" table is held
 * equal to this one by a test.
 */
export const STANDINGS = {
  primary: {
    label: 'primary source',
    weak: false,
    description:
      "The words or page of the person or organisation concerned: an official statement, an interview with the subject, a publisher's page for its own book, an author's own site, an employer's or university's page about its own people.",
  },
  wire: {
    label: 'wire service',
    weak: false,
    description:
      "A news agency's own report (AP, Reuters, Press Trust of India), also when read on a subscriber's site that carries it unchanged under the agency's name.",
  },
  press: {
    label: 'news outlet',
    weak: false,
    description:
      'A newspaper, magazine or news site publishing its own reporting, reviews or interviews under its own editors.',
  },
  broadcaster: {
    label: 'broadcaster',
    weak: false,
    description: "A television or radio broadcaster's report, on air or on its website.",
  },
  book: {
    label: 'book',
    weak: false,
    description: 'A published book, cited by its edition.',
  },
  'photo-agency': {
    label: 'photo agency',
    weak: false,
    description: 'A photograph credited to a photo agency (Getty Images, AP Images), described in words.',
  },
  encyclopedia: {
    label: 'encyclopedia',
    weak: true,
    description:
      'A tertiary source: an encyclopedia or wiki (Wikipedia, Britannica) or a reference biography that summarises other sources.',
  },
  aggregator: {
    label: 'aggregator',
    weak: true,
    description: "A site that summarises or rewrites other outlets' reporting (Newser).",
  },
  copy: {
    label: 'copy',
    weak: true,
    description: "A copy of another publication's text on a site that did not publish it (a reposted article).",
  },
  web: {
    label: 'web page',
    weak: true,
    description:
      'Any other web page: a profile or listing site, or a site whose standing as a news outlet the record cannot establish.',
  },
} as const satisfies Record<string, { label: string; weak: boolean; description: string }>;

export type Standing = keyof typeof STANDINGS;
export const STANDING_VALUES = Object.keys(STANDINGS) as [Standing, ...Standing[]];

function isHttpsAddress(value: string): boolean {
  return !/\s/.test(value) && URL.canParse(value) && new URL(value).protocol === 'https:';
}

const author = z
  .union(
    [
      z.strictObject({ person: entryId('person').describe('The id of an author who has a page.') }),
      z.strictObject({
        name: text('The name of an author without a page, or an organisation: "Associated Press".', {
          max: TITLE_LENGTH,
        }),
      }),
    ],
    { error: 'each author must be `person: <id>` (an author with a page) or `name: <text>` (anyone else)' },
  )
  .describe('An author: `person: <id>` if they have a page, else `name: <text>`.');

export const sourceSchema = z
  .strictObject({
    kind: z
      .enum(SOURCE_KINDS, { error: `must be one of: ${SOURCE_KINDS.join(', ')}` })
      .describe(
        'What the source is: book, article, interview, statement, photo, reference (an encyclopedia or official biography), broadcast.',
      ),
    title: text(
      'The title as published; for a source without a title of its own, a short description (see `titleIsDescriptive`).',
      { max: TITLE_LENGTH },
    ),
    titleIsDescriptive: z
      .boolean({ error: 'must be true or false' })
      .default(false)
      .describe(
        'true when the source has no title of its own and `title` is a description the record wrote: shown as plain text, not as a title in italics.',
      ),
    subtitle: text('The subtitle, for books.', { max: TITLE_LENGTH }).optional(),
    authors: z.array(author).default([]).describe('The authors, photographers or speakers, in the order credited.'),
    publisher: text('The publisher or outlet: "Penguin Press", "The Daily Beast", "Associated Press".').optional(),
    published: historicalDate.optional().describe('When it was published, at the precision known.'),
    url: httpsUrl.optional().describe('Where to read it: a full https:// address.'),
    isbn: z
      .string({ error: 'must be an ISBN written as text, like "978-0-593-83253-0"' })
      // Spaces may group the digits, but it is shown as one line.
      .refine((value) => lineBreakProblem(value) === undefined, { error: 'must be one line: join the digits' })
      .refine(isValidIsbn, {
        error: 'is not a valid ISBN-10 or ISBN-13: check the digits (the last one is a checksum)',
      })
      .optional()
      .describe('For books: the ISBN-13 or ISBN-10 of the edition cited.'),
    description: prose('One line on what it is, shown in lists.').optional(),
    standing: z
      .enum(STANDING_VALUES, {
        error: `must be one of: ${STANDING_VALUES.join(', ')} (see "Source standing" in CONTRIBUTING.md)`,
      })
      .describe(
        `What kind of source this is for the reader: ${STANDING_VALUES.join(', ')}. Each is explained under "Source standing" above; pages show it beside every reference to the source.`,
      ),
    // One string checked two ways (not a union), so the editor at /admin/ shows it as text.
    copyOf: z
      .string({ error: 'must be the id of the original source (its file name without .mdx) or its https:// address' })
      .refine((value) => ID_PATTERN.test(value) || isHttpsAddress(value), {
        error: 'must be the id of the original source (its file name without .mdx) or its https:// address',
      })
      .optional()
      .describe(
        'For a copy or an aggregator: the original it reproduces, as a source id or an https:// address, when known.',
      ),
    archived: z
      .string({ error: `must be an archive address written as text: ${ARCHIVE_FORMS}` })
      .optional()
      .describe(
        'An archived copy of `url`: a Wayback Machine (https://web.archive.org/web/<timestamp>/<url>) or archive.today (https://archive.ph/<timestamp>/<url>) address of the same page. `npm run archive` fills it in.',
      ),
    accessed: historicalDate
      .optional()
      .describe(
        "The day the record last checked the page at `url`: 2025-07-08. Not after the record's reference date.",
      ),
  })
  .superRefine((source, ctx) => {
    if (source.archived !== undefined) {
      const archive = parseArchiveAddress(source.archived);
      if (!archive.ok) ctx.addIssue({ code: 'custom', path: ['archived'], message: archive.message });
      else if (source.url === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['archived'],
          message: 'needs `url`: an archived copy is a copy of the page at `url`',
        });
      else if (!holdsPage(archive.value, source.url))
        ctx.addIssue({
          code: 'custom',
          path: ['archived'],
          message: `is a copy of ${archive.value.original}, not of this source's url (${source.url}): archive the page at \`url\`, or correct one of the two`,
        });
    }
    if (source.accessed !== undefined) {
      if (source.url === undefined)
        ctx.addIssue({ code: 'custom', path: ['accessed'], message: 'is for a source read online: it needs `url`' });
      else if (source.accessed.precision !== 'day')
        ctx.addIssue({
          code: 'custom',
          path: ['accessed'],
          message: 'must be a day, like 2025-07-08: the day the page was read',
        });
    }
    if (source.copyOf !== undefined && source.standing !== 'copy' && source.standing !== 'aggregator')
      ctx.addIssue({
        code: 'custom',
        path: ['copyOf'],
        message: `is only for a copy or an aggregator; this source's standing is "${source.standing}"`,
      });
    if (source.kind === 'book' && source.isbn === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['isbn'],
        message: 'is required for a book: give the ISBN of the edition cited',
      });
    }
    if (source.kind !== 'book' && source.isbn !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['isbn'],
        message: `is only for books; this source is of kind "${source.kind}"`,
      });
    }
  });

export type Source = z.output<typeof sourceSchema>;
