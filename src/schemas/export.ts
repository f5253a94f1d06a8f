/**
 * The shape of /data/record.json, the whole record as data: the export's own schema, kept
 * beside the frontmatter schemas it is built from. It has no transforms, so zod's
 * `toJSONSchema` publishes it as /data/record.schema.json, and a test validates every
 * export against that file. Every field says what it holds; /data/ documents the same.
 *
 * Fields of the frontmatter are kept under the same names, so a field added to a
 * frontmatter schema is one line here (a test names any source field missing here).
 */
import { z } from 'astro/zod';
import { STANDING_VALUES } from './source.ts';
import { DAY_PARTS } from '../lib/time/dates.ts';
import { SOURCE_KINDS } from './source.ts';

const id = (what: string) => z.string().describe(`The id of ${what}: its file name under content/, without .mdx.`);
const nullableText = (description: string) => z.string().nullable().describe(`${description} null when not given.`);

export const exportDate = z
  .strictObject({
    value: z
      .string()
      .describe(
        'ISO 8601 at the precision the sources give: "1869", "2025-03", "2024-11-06", "2024-11-06T05:34-05:00".',
      ),
    precision: z.enum(['year', 'month', 'day', 'minute']).describe('How precisely the date is known.'),
    approximate: z.boolean().describe('true when the sources give the date only roughly.'),
  })
  .describe('A date at the precision the sources give; a month is never widened to its first day.');

const nullableDate = (description: string) => exportDate.nullable().describe(`${description} null when not known.`);

const citation = z
  .strictObject({
    source: id('the source'),
    locator: nullableText('Where in the source: "p. 212", "00:14:30".'),
    note: nullableText("What the source supports, in the record's words."),
  })
  .describe('A source and where in it.');

const body = z
  .strictObject({
    html: z
      .string()
      .describe(
        'The body as HTML, as the entry page shows it: links to entries are site paths; citation marks are <sup class="cite">.',
      ),
    text: z.string().describe('The body as plain text, without citation marks; paragraphs separated by a blank line.'),
  })
  .describe("The entry's text, in the record's words (CC BY-SA 4.0).");

const claim = z
  .strictObject({
    id: z
      .string()
      .nullable()
      .describe(
        'The sentence\'s stable id, the fragment of its place on the entry\'s page ("claim-harris-called-trump-to-concede"); kept once published (aliases in content/ids.yaml). Null for a citation outside any paragraph.',
      ),
    sentence: z.string().describe('The sentence of the body the sources support, as plain text.'),
    sources: z
      .array(
        z
          .strictObject({
            source: id('the source'),
            locator: nullableText('Where in the source.'),
          })
          .describe('One source cited after the sentence.'),
      )
      .describe('The sources cited for the sentence, in the order the body cites them.'),
  })
  .describe('A sentence of the body and the sources cited for it.');

const entryCommon = {
  id: id('the entry'),
  path: z
    .string()
    .describe('The entry\'s page on this site, as a path from the site\'s root: "/events/harris-concession-call/".'),
  url: z
    .string()
    .nullable()
    .describe(
      "The entry's page as a full address; null when the site was built without its public address (SITE_URL).",
    ),
  body,
  claims: z.array(claim).describe("Every sentence of the body that cites a source, in the body's order."),
};

const licence = z
  .strictObject({
    name: z.string().describe('SPDX identifier: "CC0-1.0".'),
    title: z.string().describe("The licence's full name."),
    path: z.string().describe("The address of the licence's text."),
    covers: z.string().describe('What it covers.'),
  })
  .describe('A licence and what it covers.');

const exportPerson = z
  .strictObject({
    ...entryCommon,
    name: z.string().describe('The name readers know the person by.'),
    disambiguation: nullableText('What tells them apart from another person of the same name.'),
    fullName: nullableText('The full name, when it differs.'),
    description: z.string().describe('One line saying who they are.'),
    born: nullableDate('Birth date.'),
    died: nullableDate('Date of death.'),
    birthplace: nullableText('Where they were born.'),
    aliases: z.array(z.string()).describe('Other names and spellings.'),
    roles: z
      .array(
        z
          .strictObject({
            title: z.string().describe('The office or job in full.'),
            short: nullableText('Its short name.'),
            organisation: nullableText('Who the role was held at or for.'),
            from: nullableDate('When the role began.'),
            to: nullableDate('When it ended; null while it continues or when not known.'),
          })
          .describe('A role held over a period.'),
      )
      .describe('Roles over time, oldest first.'),
    wikidata: nullableText('The Wikidata item id: "Q10853588".'),
    sources: z.array(citation).describe('Sources for the facts of the entry.'),
  })
  .describe('A person.');

const exportEvent = z
  .strictObject({
    ...entryCommon,
    title: z.string().describe("What happened, as a headline. A work's title may be marked with asterisks: *2024*."),
    summary: z.string().describe('One sentence on what happened.'),
    date: exportDate.describe('When it happened.'),
    end: nullableDate('When it ended, for events over more than one day or time.'),
    time: z
      .enum(DAY_PARTS)
      .nullable()
      .describe('The part of the day, when the sources give only that: morning, afternoon or evening. null otherwise.'),
    place: nullableText('Where it happened.'),
    participants: z
      .array(
        z
          .strictObject({
            person: id('the person'),
            role: z.string().describe('Their part in the event.'),
          })
          .describe('Someone who took part.'),
      )
      .describe('The people who took part.'),
    sources: z.array(citation).describe('The sources for the event.'),
    tags: z.array(z.string()).describe('Topic tags.'),
  })
  .describe('An event.');

export const exportSource = z
  .strictObject({
    ...entryCommon,
    kind: z.enum(SOURCE_KINDS).describe('What the source is.'),
    title: z.string().describe('The title as published, or a description when `titleIsDescriptive`.'),
    titleIsDescriptive: z
      .boolean()
      .describe('true when the source has no title of its own and `title` is a description the record wrote.'),
    subtitle: nullableText('The subtitle.'),
    authors: z
      .array(
        z
          .strictObject({
            person: z.string().nullable().describe('The id of an author with a page; null otherwise.'),
            name: z.string().nullable().describe('The name of an author without a page; null when `person` is given.'),
          })
          .describe('An author.'),
      )
      .describe('The authors, in the order credited.'),
    publisher: nullableText('The publisher or outlet.'),
    published: nullableDate('When it was published.'),
    link: nullableText('Where to read it: a full https:// address.'),
    isbn: nullableText('For books: the ISBN of the edition cited.'),
    description: nullableText('One line on what it is.'),
    standing: z
      .enum(STANDING_VALUES)
      .describe('What kind of source it is for the reader (see "Source standing" in CONTRIBUTING.md).'),
    copyOf: nullableText('For a copy or an aggregator: the source id or https:// address of the original.'),
    archived: nullableText('A Wayback Machine or archive.today address of a capture of `link`.'),
    accessed: nullableDate('The day the record last read the page at `link`.'),
  })
  .describe('A source.');

const exportQuote = z
  .strictObject({
    id: z
      .string()
      .describe(
        'The quote\'s stable id, unique within its event and the fragment of its place on the event\'s page ("quote-kamala-harris-…"); kept once published (aliases in content/ids.yaml).',
      ),
    event: id('the event the quote belongs to'),
    text: z.string().describe('The exact words. Not licensed by the record: see `licence`.'),
    speakers: z.array(z.string()).describe('The ids of the people who said or wrote the words.'),
    speakerDescription: nullableText('Who said it, when they have no page.'),
    addressee: nullableText('The id of the person the words were said to.'),
    about: z.array(z.string()).describe('The ids of the people the words are about.'),
    source: id('the source the words come from'),
    locator: nullableText('Where in that source.'),
    via: citation.nullable().describe('The source the words were read in, when it quotes `source`; null otherwise.'),
    attribution: z
      .enum(['firsthand', 'reported', 'paraphrase'])
      .describe('firsthand, reported ("reportedly") or paraphrase (not the exact words).'),
    note: nullableText('Context a reader needs.'),
    licence: z
      .string()
      .describe("Always says the words are excluded from the record's licences: they are the speaker's."),
  })
  .describe('Words someone said or wrote, tied to the source that records them.');

const exportAccount = z
  .strictObject({
    id: z
      .string()
      .describe(
        "The account's stable id, unique within its event and the fragment of its place on the event's page; kept once published (aliases in content/ids.yaml).",
      ),
    event: id('the event'),
    point: z.string().describe('The contested point.'),
    versions: z
      .array(
        z
          .strictObject({
            source: id('the source giving this version'),
            locator: nullableText('Where in that source.'),
            via: citation.nullable().describe('The source this version was read in, when it reports `source`.'),
            says: z.string().describe("This source's version, in the record's words."),
          })
          .describe("One source's version."),
      )
      .describe("Each source's version."),
    note: nullableText('How the versions relate.'),
  })
  .describe('A point on which sources differ.');

export const recordExport = z
  .strictObject({
    format: z
      .strictObject({
        name: z.literal('record-export').describe('Always "record-export".'),
        version: z.number().int().describe('Changes only when a field changes meaning or disappears.'),
        documentation: z
          .string()
          .describe('The page documenting the format: a full address, or a site path without SITE_URL.'),
        schema: z.string().describe('This JSON Schema: a full address, or a site path without SITE_URL.'),
      })
      .describe('What this file is.'),
    licences: z
      .strictObject({
        data: licence.describe('The structured data: every field except those named under `prose` and `quotations`.'),
        prose: licence.describe("The record's own words: `body`, `summary`, `description`, roles, notes, accounts."),
        quotations: z.string().describe("Quotations (each quote's `text`) are excluded from both licences."),
      })
      .describe('Under which licence each part may be reused.'),
    record: z
      .strictObject({
        title: z.string().describe("The record's name."),
        description: z.string().describe('What the record covers.'),
        language: z.string().describe('The language of the content: "en".'),
        url: z.string().nullable().describe("The site's address; null when built without SITE_URL."),
      })
      .describe('The record itself.'),
    people: z.array(exportPerson).describe('Every person, by id.'),
    events: z.array(exportEvent).describe('Every event, oldest first.'),
    sources: z.array(exportSource).describe('Every source, by id.'),
    quotes: z.array(exportQuote).describe("Every quote, in the events' order."),
    accounts: z.array(exportAccount).describe("Every differing account, in the events' order."),
  })
  .describe('The whole record as data.');

export type RecordExport = z.infer<typeof recordExport>;
export type ExportDate = z.infer<typeof exportDate>;
