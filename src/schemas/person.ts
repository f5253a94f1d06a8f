import { z } from 'astro/zod';
import { isCertainlyBefore } from '../lib/time/dates.ts';
import { citation, historicalDate, prose, text, TITLE_LENGTH } from './common.ts';

export const role = z
  .strictObject({
    title: text('The office or job in full: "Vice President of the United States".', { max: TITLE_LENGTH }),
    short: text('How to name it in a list of participants: "Vice President". Defaults to the title.').optional(),
    organisation: text(
      'Who the role was held at or for, when the title does not say: "The Washington Post".',
    ).optional(),
    from: historicalDate
      .optional()
      .describe(
        'When the role began, at the precision known; a time where the sources give one: 2024-11-06T05:34-05:00.',
      ),
    to: historicalDate
      .optional()
      .describe('When the role ended, at the precision known (a time where known); leave out while it continues.'),
    sources: z
      .array(citation)
      .default([])
      .describe(
        "Sources for the role and its dates, each one of the person's `sources`; shown as citation marks beside the role.",
      ),
  })
  .describe('A role held over a period: office on an event date is computed from these.');

export const personSchema = z
  .strictObject({
    name: text('The name readers know the person by: "Kamala Harris".', { max: TITLE_LENGTH }),
    disambiguation: text(
      'What tells them apart from another person of the same name: "the journalist", "born 1946". Required when two people share a name, and different for each of them.',
    ).optional(),
    fullName: text('The full name, when it differs: "Kamala Devi Harris".', { max: TITLE_LENGTH }).optional(),
    sortName: text(
      'How to file the name in the A–Z list: "Harris, Kamala". Defaults to the last word of the name first.',
    ).optional(),
    description: prose('One line saying who they are, shown in lists and search results.').pipe(
      z.string().max(200, { error: 'must be one line of at most 200 characters; put the rest in the biography' }),
    ),
    born: historicalDate.optional().describe('Birth date at the precision known: 1946-06-14, 1995 or 1808-12.'),
    died: historicalDate
      .optional()
      .describe(
        'Date of death at the precision known, in the same forms as `born`: 2023-11-19, 1995-03 or 1995. Nobody takes part, speaks, is addressed or holds a role after it.',
      ),
    birthplace: text('Where they were born: "Oakland, California".').optional(),
    aliases: z
      .array(text('Another name the person is known by.', { max: TITLE_LENGTH }))
      .default([])
      .describe('Other names and spellings; searched too.'),
    roles: z.array(role).default([]).describe('Roles over time, oldest first.'),
    identifiers: z
      .strictObject({
        wikidata: z
          .string()
          .regex(/^Q[1-9]\d*$/, { error: 'must be a Wikidata item id like "Q10853588"' })
          .optional()
          .describe('The Wikidata item id: "Q10853588".'),
      })
      .optional()
      .describe('Identifiers in other databases.'),
    sources: z.array(citation).default([]).describe('Sources for the facts on this page (birth date, roles).'),
  })
  .superRefine((person, ctx) => {
    if (person.born && person.died && isCertainlyBefore(person.died, person.born)) {
      ctx.addIssue({
        code: 'custom',
        path: ['died'],
        message: 'is before `born`: a death date must not be earlier than the birth date',
      });
    }
    for (const [i, r] of person.roles.entries()) {
      if (r.from && r.to && isCertainlyBefore(r.to, r.from)) {
        ctx.addIssue({
          code: 'custom',
          path: ['roles', i, 'to'],
          message: 'is before `from`: a role cannot end before it begins',
        });
      }
    }
  });

export type Person = z.output<typeof personSchema>;
export type Role = z.output<typeof role>;
