import { z } from 'astro/zod';
import { DAY_PARTS, isCertainlyBefore } from '../lib/time/dates.ts';
import { derivedAccountId, derivedQuoteId } from '../lib/record/anchors.ts';
import { anchorId, citation, entryId, historicalDate, tag, prose, text, TITLE_LENGTH } from './common.ts';

const participant = z
  .strictObject({
    person: entryId('person').describe('The id of the person (their file in content/people/, without .mdx).'),
    role: prose('Their part in this event, in a few words: "conceded by phone", "host".'),
  })
  .describe('Someone who took part in the event.');

/** How directly the source knows the words. */
const ATTRIBUTIONS = ['firsthand', 'reported', 'paraphrase'] as const;

export const quote = z
  .strictObject({
    id: anchorId('quote'),
    text: text('The exact words, without surrounding quotation marks, as the source prints them.'),
    speaker: z
      .union([entryId('person'), z.array(entryId('person')).min(1)], {
        error: 'must be a person id, or a list of person ids when several people wrote or said the words together',
      })
      .optional()
      .describe('Who said or wrote the words: a person id, or a list of ids for joint authors.'),
    speakerDescription: prose(
      'Who said it, when they have no page: "Harris\'s aides". Use instead of `speaker`.',
    ).optional(),
    addressee: entryId('person').optional().describe('Who the words were said to, when someone was addressed.'),
    about: z.array(entryId('person')).default([]).describe('People the words are about, when they were not addressed.'),
    source: entryId('source').describe('The source the words come from (the book that first printed them, say).'),
    locator: text('Where in that source: "p. 212", "ch. 14".').optional(),
    via: citation
      .optional()
      .describe('The source we read the words in, when it quotes `source` (the article quoting a book).'),
    attribution: z
      .enum(ATTRIBUTIONS, {
        error:
          'must be one of: firsthand (the source heard or printed the words itself), reported (the source says someone said them: "reportedly"), paraphrase (not the exact words)',
      })
      .describe(
        'firsthand: the source witnessed or printed the words itself; reported: the source relays them ("reportedly"); paraphrase: not the exact words.',
      ),
    note: prose('Context a reader needs, such as a differing wording elsewhere.').optional(),
  })
  .superRefine((q, ctx) => {
    if (q.speaker === undefined && q.speakerDescription === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['speaker'],
        message: 'is missing: give `speaker` (a person id) or, for someone without a page, `speakerDescription`',
      });
    }
    if (q.speaker !== undefined && q.speakerDescription !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['speakerDescription'],
        message: 'is not needed when `speaker` is given: keep one of the two',
      });
    }
  })
  .transform(({ speaker, id, ...rest }) => {
    /** Always a list, so that joint authors are handled like single speakers. */
    const speakers = speaker === undefined ? [] : typeof speaker === 'string' ? [speaker] : speaker;
    /** The stable id pages, the search index and the export use: given, or made from the words. */
    return { id: id ?? derivedQuoteId(rest.text, speakers), ...rest, speakers };
  })
  .describe('Words someone said or wrote, tied to the source that records them.');

const accountVersion = z
  .strictObject({
    source: entryId('source').describe('The source giving this version.'),
    locator: text('Where in that source.').optional(),
    via: citation.optional().describe('The source we read this version in, when it reports `source`.'),
    says: prose("This source's version, in our words, with any short quotation marked as such."),
  })
  .describe("One source's version of a contested point.");

const account = z
  .strictObject({
    id: anchorId('account'),
    point: prose('The contested point, as a question or a short phrase: "What Trump said of Harris\'s campaign".'),
    versions: z
      .array(accountVersion)
      .min(2, { error: 'needs at least two versions: an account compares sources' })
      .describe("Each source's version, two or more."),
    note: prose('How the versions relate, when it helps: "These agree on the outcome."').optional(),
  })
  .transform(({ id, ...rest }) => ({ id: id ?? derivedAccountId(rest.point), ...rest }))
  .describe("A point on which sources differ, with each source's version side by side.");

export const eventSchema = z
  .strictObject({
    title: prose('What happened, as a headline: "Harris calls Trump to concede".', { max: TITLE_LENGTH }),
    summary: prose('One sentence, shown in lists, search results and link previews.').pipe(
      z.string().max(300, { error: 'must be one sentence of at most 300 characters; put the rest in the body' }),
    ),
    date: historicalDate.describe(
      'When it happened, at the precision known: 1869-03-04, 2025-03, 2024-11-06T14:30-05:00.',
    ),
    end: historicalDate.optional().describe('When it ended, for events over more than one day or time.'),
    time: z
      .enum(DAY_PARTS, {
        error: 'must be one of: morning (before noon), afternoon (noon to 6 p.m.), evening (after 6 p.m.)',
      })
      .optional()
      .describe(
        'Part of the day, when the sources say only that: morning (before noon), afternoon (noon to 6 p.m.) or evening. Only with a date given to the day.',
      ),
    approximate: z
      .boolean({ error: 'must be true or false' })
      .default(false)
      .describe('true when the sources give the date only roughly ("about October 2024").'),
    place: text('Where it happened: "White House, Washington, D.C.".').optional(),
    participants: z.array(participant).default([]).describe('The people who took part, each with their part in it.'),
    sources: z
      .array(citation)
      .min(1, { error: 'needs at least one source: every event is tied to where it is reported' })
      .describe('The sources for this event, each with a locator where known.'),
    quotes: z.array(quote).default([]).describe('What was said, each tied to its source.'),
    accounts: z.array(account).default([]).describe('Points on which sources differ.'),
    tags: z.array(tag).default([]).describe('Topic tags in kebab-case: "concession", "phone-call".'),
  })
  .superRefine((event, ctx) => {
    if (event.end && isCertainlyBefore(event.end, event.date)) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: 'is before `date`: an event cannot end before it begins',
      });
    }
    if (event.time && event.date.precision !== 'day') {
      ctx.addIssue({
        code: 'custom',
        path: ['time'],
        message: `needs a date given to the day (like 2024-11-06): ${event.date.precision === 'minute' ? 'the date already has a time; remove `time`' : 'a part of the day means nothing without its day'}`,
      });
    }
    const seen = new Set<string>();
    for (const [i, p] of event.participants.entries()) {
      if (seen.has(p.person)) {
        ctx.addIssue({
          code: 'custom',
          path: ['participants', i, 'person'],
          message: `lists "${p.person}" twice: give one entry per person and combine the roles`,
        });
      }
      seen.add(p.person);
    }
  })
  .transform(({ time, ...event }) => ({
    ...event,
    date: {
      ...event.date,
      approximate: event.approximate,
      ...(time && event.date.precision === 'day' ? { part: time } : {}),
    },
    ...(event.end ? { end: { ...event.end, approximate: event.approximate } } : {}),
  }));

export type Event = z.output<typeof eventSchema>;
export type Quote = z.output<typeof quote>;
