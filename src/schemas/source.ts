import { z } from 'astro/zod';
import { entryId, historicalDate, httpsUrl, prose, text, TITLE_LENGTH } from './common.ts';
import { lineBreakProblem } from '../lib/characters.ts';
import { isValidIsbn } from '../lib/isbn.ts';

export const SOURCE_KINDS = ['book', 'article', 'interview', 'statement', 'photo', 'reference', 'broadcast'] as const;

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
  })
  .superRefine((source, ctx) => {
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
