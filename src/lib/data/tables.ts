/**
 * The export as CSV tables a spreadsheet opens, and the Data Package (v2) that describes
 * them: each table's fields with their types, its primary key and its foreign keys, and
 * the licences. Built from the JSON export (src/lib/data/export.ts), so both say the same.
 *
 * What a table cannot hold well stays in record.json only: bodies (HTML and text), aliases
 * and the claims' grouping by sentence are there; /data/ says so.
 */
import { DOWNLOADS } from '../cite/formats.ts';
import { stringify } from 'csv-stringify/sync';
import type { RecordExport, ExportDate } from '../../schemas/export.ts';
import { LICENCES } from './licences.ts';

type Cell = string | number | boolean | string[] | null;
export type Row = Record<string, Cell>;

export interface Field {
  name: string;
  /** `array`: a JSON array in the cell, as Table Schema defines it: `["concession","phone-call"]`. */
  type: 'string' | 'integer' | 'boolean' | 'array';
  description: string;
  /** For a string holding an address. */
  format?: 'uri';
  /** true: never empty. */
  required?: boolean;
}

export interface Table {
  /** The resource's name and file: people → people.csv. */
  name: string;
  title: string;
  description: string;
  fields: readonly Field[];
  primaryKey: readonly string[];
  foreignKeys: readonly { fields: readonly string[]; table: string; keys: readonly string[] }[];
  /** true when the table holds the record's prose (CC BY-SA 4.0) beside its data (CC0). */
  prose: boolean;
  rows: Row[];
}

const f = (name: string, type: Field['type'], description: string, extra: Partial<Field> = {}): Field => ({
  name,
  type,
  description,
  ...extra,
});
const req = { required: true } as const;

const dateFields = (name: string, what: string): Field[] => [
  f(
    name,
    'string',
    `${what}: ISO 8601 at the precision known ("1869", "2025-03", "2024-11-06", "2024-11-06T05:34-05:00"); empty when not known.`,
  ),
  f(`${name}Precision`, 'string', `The precision of \`${name}\`: year, month, day or minute; empty when not known.`),
  f(`${name}Approximate`, 'boolean', `true when \`${name}\` is given only roughly; empty when not known.`),
];
const dateCells = (name: string, d: ExportDate | null): Row => ({
  [name]: d?.value ?? null,
  [`${name}Precision`]: d?.precision ?? null,
  [`${name}Approximate`]: d ? d.approximate : null,
});
const list = (items: readonly string[]): string[] => [...items];

const page: Field[] = [
  f('path', 'string', "The entry's page on the site, as a path from the site's root.", req),
  f('url', 'string', "The entry's page as a full address; empty when the site was built without SITE_URL.", {
    format: 'uri',
  }),
];

/** The tables of an export, in the order the data package lists them. */
export function exportTables(data: RecordExport): Table[] {
  const entries = [
    ...data.people.map((e) => ['people', e] as const),
    ...data.events.map((e) => ['events', e] as const),
    ...data.sources.map((e) => ['sources', e] as const),
  ];
  return [
    {
      name: 'people',
      title: 'People',
      description: 'One row per person.',
      fields: [
        f('id', 'string', 'The id of the person: their file name under content/people/.', req),
        ...page,
        f('name', 'string', 'The name readers know the person by.', req),
        f('disambiguation', 'string', 'What tells them apart from another person of the same name.'),
        f('fullName', 'string', 'The full name, when it differs.'),
        f('description', 'string', 'One line saying who they are (prose).', req),
        ...dateFields('born', 'Birth date'),
        ...dateFields('died', 'Date of death'),
        f('birthplace', 'string', 'Where they were born.'),
        f('wikidata', 'string', 'The Wikidata item id.'),
      ],
      primaryKey: ['id'],
      foreignKeys: [],
      prose: true,
      rows: data.people.map((p) => ({
        id: p.id,
        path: p.path,
        url: p.url,
        name: p.name,
        disambiguation: p.disambiguation,
        fullName: p.fullName,
        description: p.description,
        ...dateCells('born', p.born),
        ...dateCells('died', p.died),
        birthplace: p.birthplace,
        wikidata: p.wikidata,
      })),
    },
    {
      name: 'roles',
      title: 'Roles',
      description: "One row per role a person held, in the order of the person's entry.",
      fields: [
        f('person', 'string', 'The id of the person.', req),
        f('position', 'integer', "The role's place in the person's list, from 1.", req),
        f('title', 'string', 'The office or job in full.', req),
        f('short', 'string', 'Its short name.'),
        f('organisation', 'string', 'Who the role was held at or for.'),
        ...dateFields('from', 'When the role began'),
        ...dateFields('to', 'When it ended'),
      ],
      primaryKey: ['person', 'position'],
      foreignKeys: [{ fields: ['person'], table: 'people', keys: ['id'] }],
      prose: false,
      rows: data.people.flatMap((p) =>
        p.roles.map((r, i) => ({
          person: p.id,
          position: i + 1,
          title: r.title,
          short: r.short,
          organisation: r.organisation,
          ...dateCells('from', r.from),
          ...dateCells('to', r.to),
        })),
      ),
    },
    {
      name: 'events',
      title: 'Events',
      description: 'One row per event, oldest first.',
      fields: [
        f('id', 'string', 'The id of the event: its file name under content/events/.', req),
        ...page,
        f('title', 'string', 'What happened, as a headline (prose).', req),
        f('summary', 'string', 'One sentence on what happened (prose).', req),
        ...dateFields('date', 'When it happened'),
        ...dateFields('end', 'When it ended'),
        f('time', 'string', 'The part of the day, when the sources give only that: morning, afternoon or evening.'),
        f('place', 'string', 'Where it happened.'),
        f('tags', 'array', 'Topic tags, as a JSON array: ["concession"].'),
      ],
      primaryKey: ['id'],
      foreignKeys: [],
      prose: true,
      rows: data.events.map((e) => ({
        id: e.id,
        path: e.path,
        url: e.url,
        title: e.title,
        summary: e.summary,
        ...dateCells('date', e.date),
        ...dateCells('end', e.end),
        time: e.time,
        place: e.place,
        tags: list(e.tags),
      })),
    },
    {
      name: 'participants',
      title: 'Participants',
      description: 'One row per person taking part in an event.',
      fields: [
        f('event', 'string', 'The id of the event.', req),
        f('person', 'string', 'The id of the person.', req),
        f('role', 'string', 'Their part in the event (prose).', req),
      ],
      primaryKey: ['event', 'person'],
      foreignKeys: [
        { fields: ['event'], table: 'events', keys: ['id'] },
        { fields: ['person'], table: 'people', keys: ['id'] },
      ],
      prose: true,
      rows: data.events.flatMap((e) => e.participants.map((p) => ({ event: e.id, person: p.person, role: p.role }))),
    },
    {
      name: 'sources',
      title: 'Sources',
      description: 'One row per source.',
      fields: [
        f('id', 'string', 'The id of the source: its file name under content/sources/.', req),
        ...page,
        f(
          'kind',
          'string',
          'What the source is: book, article, interview, statement, photo, reference, broadcast.',
          req,
        ),
        f('title', 'string', 'The title as published, or a description when titleIsDescriptive.', req),
        f(
          'titleIsDescriptive',
          'boolean',
          'true when the source has no title of its own and the record wrote `title`.',
          req,
        ),
        f('subtitle', 'string', 'The subtitle.'),
        f(
          'authors',
          'array',
          'The ids of the authors with a page, as a JSON array; every author is in source_authors.',
        ),
        f('publisher', 'string', 'The publisher or outlet.'),
        ...dateFields('published', 'When it was published'),
        f('link', 'string', 'Where to read it.', { format: 'uri' }),
        f('isbn', 'string', 'For books: the ISBN of the edition cited.'),
        f('description', 'string', 'One line on what it is (prose).'),
      ],
      primaryKey: ['id'],
      foreignKeys: [],
      prose: true,
      rows: data.sources.map((s) => ({
        id: s.id,
        path: s.path,
        url: s.url,
        kind: s.kind,
        title: s.title,
        titleIsDescriptive: s.titleIsDescriptive,
        subtitle: s.subtitle,
        authors: list(s.authors.flatMap((a) => (a.person ? [a.person] : []))),
        publisher: s.publisher,
        ...dateCells('published', s.published),
        link: s.link,
        isbn: s.isbn,
        description: s.description,
      })),
    },
    {
      name: 'source_authors',
      title: 'Source authors',
      description: 'One row per author of a source, in the order credited.',
      fields: [
        f('source', 'string', 'The id of the source.', req),
        f('position', 'integer', 'The place in the credits, from 1.', req),
        f('person', 'string', 'The id of an author with a page; empty otherwise.'),
        f('name', 'string', 'The name of an author without a page; empty when `person` is given.'),
      ],
      primaryKey: ['source', 'position'],
      foreignKeys: [
        { fields: ['source'], table: 'sources', keys: ['id'] },
        { fields: ['person'], table: 'people', keys: ['id'] },
      ],
      prose: false,
      rows: data.sources.flatMap((s) =>
        s.authors.map((a, i) => ({ source: s.id, position: i + 1, person: a.person, name: a.name })),
      ),
    },
    {
      name: 'entry_sources',
      title: 'Sources of entries',
      description: 'One row per source an entry lists in its frontmatter (an event or a person).',
      fields: [
        f('collection', 'string', 'The kind of entry: events or people.', req),
        f('entry', 'string', 'The id of the entry.', req),
        f('position', 'integer', "The source's place in the entry's list, from 1.", req),
        f('source', 'string', 'The id of the source.', req),
        f('locator', 'string', 'Where in the source.'),
        f('note', 'string', 'What the source supports (prose).'),
      ],
      primaryKey: ['collection', 'entry', 'position'],
      foreignKeys: [{ fields: ['source'], table: 'sources', keys: ['id'] }],
      prose: true,
      rows: [
        ...data.events.map((e) => ['events', e] as const),
        ...data.people.map((p) => ['people', p] as const),
      ].flatMap(([collection, e]) =>
        e.sources.map((s, i) => ({
          collection,
          entry: e.id,
          position: i + 1,
          source: s.source,
          locator: s.locator,
          note: s.note,
        })),
      ),
    },
    {
      name: 'quotes',
      title: 'Quotes',
      description:
        "One row per quote. The words (text) are the speaker's, not the record's: they are excluded from its licences.",
      fields: [
        f('event', 'string', 'The id of the event.', req),
        f(
          'id',
          'string',
          "The quote's stable id, unique within its event: the fragment of its place on the event's page.",
          req,
        ),
        f('text', 'string', 'The exact words.', req),
        f('speakers', 'array', 'The ids of the people who said or wrote the words, as a JSON array.'),
        f('speakerDescription', 'string', 'Who said it, when they have no page.'),
        f('addressee', 'string', 'The id of the person addressed.'),
        f('about', 'array', 'The ids of the people the words are about, as a JSON array.'),
        f('source', 'string', 'The id of the source the words come from.', req),
        f('locator', 'string', 'Where in that source.'),
        f('viaSource', 'string', 'The id of the source the words were read in, when it quotes `source`.'),
        f('viaLocator', 'string', 'Where in that source.'),
        f('attribution', 'string', 'firsthand, reported or paraphrase.', req),
        f('note', 'string', 'Context a reader needs (prose).'),
        f('licence', 'string', "Says the words are excluded from the record's licences.", req),
      ],
      primaryKey: ['event', 'id'],
      foreignKeys: [
        { fields: ['event'], table: 'events', keys: ['id'] },
        { fields: ['source'], table: 'sources', keys: ['id'] },
        { fields: ['addressee'], table: 'people', keys: ['id'] },
        { fields: ['viaSource'], table: 'sources', keys: ['id'] },
      ],
      prose: true,
      rows: data.quotes.map((q) => ({
        event: q.event,
        id: q.id,
        text: q.text,
        speakers: list(q.speakers),
        speakerDescription: q.speakerDescription,
        addressee: q.addressee,
        about: list(q.about),
        source: q.source,
        locator: q.locator,
        viaSource: q.via?.source ?? null,
        viaLocator: q.via?.locator ?? null,
        attribution: q.attribution,
        note: q.note,
        licence: q.licence,
      })),
    },
    {
      name: 'accounts',
      title: 'Differing accounts',
      description: "One row per source's version of a contested point of an event.",
      fields: [
        f('event', 'string', 'The id of the event.', req),
        f(
          'id',
          'string',
          "The account's stable id, unique within its event: the fragment of its place on the event's page.",
          req,
        ),
        f('point', 'string', 'The contested point (prose).', req),
        f('version', 'integer', "The version's place in the account, from 1.", req),
        f('source', 'string', 'The id of the source giving this version.', req),
        f('locator', 'string', 'Where in that source.'),
        f('viaSource', 'string', 'The id of the source this version was read in, when it reports `source`.'),
        f('viaLocator', 'string', 'Where in that source.'),
        f('says', 'string', "This source's version, in the record's words (prose).", req),
        f('note', 'string', 'How the versions relate (prose).'),
      ],
      primaryKey: ['event', 'id', 'version'],
      foreignKeys: [
        { fields: ['event'], table: 'events', keys: ['id'] },
        { fields: ['source'], table: 'sources', keys: ['id'] },
        { fields: ['viaSource'], table: 'sources', keys: ['id'] },
      ],
      prose: true,
      rows: data.accounts.flatMap((a) =>
        a.versions.map((v, i) => ({
          event: a.event,
          id: a.id,
          point: a.point,
          version: i + 1,
          source: v.source,
          locator: v.locator,
          viaSource: v.via?.source ?? null,
          viaLocator: v.via?.locator ?? null,
          says: v.says,
          note: a.note,
        })),
      ),
    },
    {
      name: 'claims',
      title: 'Claims',
      description:
        "One row per source cited after a sentence of an entry's text: which sentence rests on which source.",
      fields: [
        f('collection', 'string', 'The kind of entry: people, events or sources.', req),
        f('entry', 'string', 'The id of the entry.', req),
        f('claim', 'integer', "The sentence's place among the entry's cited sentences, from 1.", req),
        f(
          'id',
          'string',
          "The sentence's stable id, the fragment of its place on the entry's page; empty for a citation outside any paragraph.",
        ),
        f('position', 'integer', "The source's place among the sentence's citations, from 1.", req),
        f('sentence', 'string', 'The sentence, as plain text (prose).', req),
        f('source', 'string', 'The id of the cited source.', req),
        f('locator', 'string', 'Where in the source.'),
      ],
      primaryKey: ['collection', 'entry', 'claim', 'position'],
      foreignKeys: [{ fields: ['source'], table: 'sources', keys: ['id'] }],
      prose: true,
      rows: entries.flatMap(([collection, e]) =>
        e.claims.flatMap((c, i) =>
          c.sources.map((s, j) => ({
            collection,
            entry: e.id,
            claim: i + 1,
            id: c.id,
            position: j + 1,
            sentence: c.sentence,
            source: s.source,
            locator: s.locator,
          })),
        ),
      ),
    },
  ];
}

/**
 * A text that a spreadsheet would run as a formula (`=HYPERLINK(…)`, `+`, `-`, `@`, or a tab
 * or carriage return first): content is written by strangers, and opening a CSV must not run
 * what they wrote. Such a cell is written with an apostrophe before it, as OWASP advises;
 * `unformula` reads it back. record.json holds every value exactly as written.
 */
const FORMULA = /^[=+\-@\t\r]/;

/** A cell as Table Schema reads it back: empty for no value, arrays as JSON, booleans as true/false. */
function cell(value: Cell): string {
  if (value === null) return '';
  if (Array.isArray(value)) return JSON.stringify(value);
  const text = String(value);
  return typeof value === 'string' && FORMULA.test(text) ? `'${text}` : text;
}

/** A text cell as written, without the apostrophe `cell` put before what reads as a formula. */
export function unformula(text: string): string {
  return text.startsWith("'") && FORMULA.test(text.slice(1)) ? text.slice(1) : text;
}

/** A table as CSV (RFC 4180 quoting, a header row, UTF-8). */
export function tableCsv(table: Table): string {
  const names = table.fields.map((field) => field.name);
  return stringify(
    table.rows.map((row) => table.fields.map((field) => cell(row[field.name] ?? null))),
    { header: true, columns: names },
  );
}

const licence = (l: (typeof LICENCES)[keyof typeof LICENCES]) => ({ name: l.spdx, path: l.path, title: l.title });

/**
 * datapackage.json: every file under /data/, each CSV table with its Table Schema. Paths
 * are relative to the descriptor, so it needs no site address.
 */
export function dataPackage(data: RecordExport, tables: readonly Table[]) {
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: 'record',
    title: data.record.title,
    description: `${data.record.description} The structured data is CC0 1.0; the record's prose (summaries, titles, descriptions, roles, notes, accounts and claims' sentences, marked "(prose)" in each field's description) is CC BY-SA 4.0. ${data.licences.quotations}`,
    ...(data.record.url ? { homepage: data.record.url } : {}),
    version: `${data.format.version}.0.0`,
    licenses: [licence(LICENCES.data), licence(LICENCES.prose)],
    resources: [
      {
        name: 'record',
        path: 'record.json',
        title: 'The whole record',
        description:
          'Every entry with its body as HTML and text, claims, quotes and accounts; described by record.schema.json.',
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
        licenses: [licence(LICENCES.data), licence(LICENCES.prose)],
      },
      {
        name: 'record-schema',
        path: 'record.schema.json',
        title: 'The JSON Schema of record.json',
        format: 'json',
        mediatype: 'application/schema+json',
        encoding: 'utf-8',
        licenses: [licence(LICENCES.data)],
      },
      // The sources as a bibliography, for reference managers (src/pages/data/sources.*.ts).
      ...DOWNLOADS.map((d) => ({
        name: `sources-${d.format}`,
        path: `sources.${d.extension}`,
        title: `Every source of the record as ${d.label}`,
        format: d.extension,
        mediatype: d.type.split(';')[0]!,
        encoding: 'utf-8',
        licenses: [licence(LICENCES.data)],
      })),
      ...tables.map((t) => ({
        name: t.name,
        type: 'table',
        path: `${t.name}.csv`,
        title: t.title,
        description: t.description,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        licenses: t.prose ? [licence(LICENCES.data), licence(LICENCES.prose)] : [licence(LICENCES.data)],
        schema: {
          fields: t.fields.map((field) => ({
            name: field.name,
            type: field.type,
            description: field.description,
            ...(field.format ? { format: field.format } : {}),
            ...(field.required ? { constraints: { required: true } } : {}),
          })),
          missingValues: [''],
          primaryKey: [...t.primaryKey],
          // The profile refuses an empty list: a table without foreign keys leaves the field out.
          ...(t.foreignKeys.length
            ? {
                foreignKeys: t.foreignKeys.map((k) => ({
                  fields: [...k.fields],
                  reference: { resource: k.table, fields: [...k.keys] },
                })),
              }
            : {}),
        },
      })),
    ],
  };
}
