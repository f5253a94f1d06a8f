/**
 * The whole record as one JSON document, for researchers: every person, event, source,
 * quote and differing account, with ids, dates at their precision, each body as HTML and
 * as plain text, and every sentence that cites a source. The shape is src/schemas/export.ts,
 * published as /data/record.schema.json and documented on /data/.
 *
 * Plain input (an entry's id, data, rendered HTML and text, and citations), so the build and a
 * script over `loadRecord` make the same export.
 */
import { toISO, type HistoricalDate } from '../time/dates.ts';
import { LICENCES, QUOTATIONS_EXCLUDED, QUOTE_LICENCE } from './licences.ts';
import type { RecordContent } from '../record/entry.ts';
import { chronology } from '../graph/graph.ts';
import type { Collection } from '../kinds.ts';
import { entryUrl, pageUrl } from '../urls.ts';
import type { Event } from '../../schemas/event.ts';
import type { ExportDate, RecordExport } from '../../schemas/export.ts';
import type { Person } from '../../schemas/person.ts';
import type { RecordDescription } from '../../schemas/record-description.ts';
import type { Source } from '../../schemas/source.ts';

export const EXPORT_VERSION = 2;

function exportDate(d: HistoricalDate): ExportDate;
function exportDate(d: HistoricalDate | undefined): ExportDate | null;
function exportDate(d: HistoricalDate | undefined): ExportDate | null {
  return d ? { value: toISO(d), precision: d.precision, approximate: d.approximate } : null;
}

/** An entry as the export reads it: the loader's entries and the reader's both fit. */
export interface ExportEntry<D> {
  id: string;
  data: D;
  /** The rendered body. */
  html: string;
  /** The body as plain text, without citation marks (src/lib/record/body/render.ts). */
  text: string;
  /** The body's citations in order, each with the sentence it follows. */
  citations: readonly { source: string; locator?: string | undefined; sentence: string; claim?: string | undefined }[];
}

export interface ExportInput {
  about: RecordDescription;
  /** The site's public address with its base path, or undefined when SITE_URL is not set. */
  siteUrl: string | undefined;
  /** The site path of an entry's page: "/events/x/". */
  pathFor: (collection: Collection, id: string) => string;
  /** The site path of a page that is not an entry: "data/" → "/data/". */
  pagePath: (path: string) => string;
  people: readonly ExportEntry<Person>[];
  /** In chronological order, which the export keeps. */
  events: readonly ExportEntry<Event>[];
  sources: readonly ExportEntry<Source>[];
}

/**
 * Consecutive citations of one sentence are one claim with several sources: the reader
 * gives them one claim id (the sentence's anchor on the page); a citation outside any
 * paragraph has none, and is grouped by its sentence.
 */
function claimsOf(citations: ExportEntry<unknown>['citations']): RecordExport['events'][number]['claims'] {
  const claims: RecordExport['events'][number]['claims'] = [];
  for (const c of citations) {
    const source = { source: c.source, locator: c.locator ?? null };
    const id = c.claim ?? null;
    const last = claims.at(-1);
    if (last && last.id === id && last.sentence === c.sentence) last.sources.push(source);
    else claims.push({ id, sentence: c.sentence, sources: [source] });
  }
  return claims;
}

function citation(c: { source: string; locator?: string | undefined; note?: string | undefined }) {
  return { source: c.source, locator: c.locator ?? null, note: c.note ?? null };
}

function byId<T extends { id: string }>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function exportRecord(input: ExportInput): RecordExport {
  const absolute = (path: string) => (input.siteUrl ? new URL(path, input.siteUrl).href : null);
  const common = (collection: Collection, entry: ExportEntry<unknown>) => {
    const path = input.pathFor(collection, entry.id);
    return {
      id: entry.id,
      path,
      url: absolute(path),
      body: { html: entry.html, text: entry.text },
      claims: claimsOf(entry.citations),
    };
  };
  const licence = (l: (typeof LICENCES)[keyof typeof LICENCES]) => ({
    name: l.spdx,
    title: l.title,
    path: l.path,
    covers: l.covers,
  });
  const documentation = input.pagePath('data/');
  const schema = input.pagePath('data/record.schema.json');
  return {
    format: {
      name: 'record-export',
      version: EXPORT_VERSION,
      documentation: absolute(documentation) ?? documentation,
      schema: absolute(schema) ?? schema,
    },
    licences: { data: licence(LICENCES.data), prose: licence(LICENCES.prose), quotations: QUOTATIONS_EXCLUDED },
    record: {
      title: input.about.title,
      description: input.about.description,
      language: input.about.language,
      url: input.siteUrl ?? null,
    },
    people: byId(input.people).map((entry) => {
      const p = entry.data;
      return {
        ...common('people', entry),
        name: p.name,
        disambiguation: p.disambiguation ?? null,
        fullName: p.fullName ?? null,
        description: p.description,
        born: exportDate(p.born),
        died: exportDate(p.died),
        birthplace: p.birthplace ?? null,
        aliases: p.aliases,
        roles: p.roles.map((r) => ({
          title: r.title,
          short: r.short ?? null,
          organisation: r.organisation ?? null,
          from: exportDate(r.from),
          to: exportDate(r.to),
        })),
        wikidata: p.identifiers?.wikidata ?? null,
        sources: p.sources.map(citation),
      };
    }),
    events: input.events.map((entry) => {
      const e = entry.data;
      return {
        ...common('events', entry),
        title: e.title,
        summary: e.summary,
        date: exportDate(e.date),
        end: exportDate(e.end),
        time: e.date.part ?? null,
        place: e.place ?? null,
        participants: e.participants.map((p) => ({ person: p.person, role: p.role })),
        sources: e.sources.map(citation),
        tags: e.tags,
      };
    }),
    sources: byId(input.sources).map((entry) => {
      const s = entry.data;
      return {
        ...common('sources', entry),
        kind: s.kind,
        title: s.title,
        titleIsDescriptive: s.titleIsDescriptive,
        subtitle: s.subtitle ?? null,
        authors: s.authors.map((a) =>
          'person' in a ? { person: a.person, name: null } : { person: null, name: a.name },
        ),
        publisher: s.publisher ?? null,
        published: exportDate(s.published),
        link: s.url ?? null,
        isbn: s.isbn ?? null,
        description: s.description ?? null,
        standing: s.standing,
        copyOf: s.copyOf ?? null,
        archived: s.archived ?? null,
        accessed: exportDate(s.accessed),
      };
    }),
    quotes: input.events.flatMap(({ id, data: e }) =>
      e.quotes.map((q) => ({
        id: q.id,
        event: id,
        text: q.text,
        speakers: q.speakers,
        speakerDescription: q.speakerDescription ?? null,
        addressee: q.addressee ?? null,
        about: q.about,
        source: q.source,
        locator: q.locator ?? null,
        via: q.via ? citation(q.via) : null,
        attribution: q.attribution,
        note: q.note ?? null,
        licence: QUOTE_LICENCE,
      })),
    ),
    accounts: input.events.flatMap(({ id, data: e }) =>
      e.accounts.map((a) => ({
        id: a.id,
        event: id,
        point: a.point,
        versions: a.versions.map((v) => ({
          source: v.source,
          locator: v.locator ?? null,
          via: v.via ? citation(v.via) : null,
          says: v.says,
        })),
        note: a.note ?? null,
      })),
    ),
  };
}

/**
 * The export's input from the reader (`loadRecord` with `render`), without Astro: for
 * tests and for measuring the export of a generated record. The build reads the same
 * entries from its collections (src/site/export-input.ts).
 */
export function exportInputFromRecord(
  record: RecordContent,
  options: { base: string; siteUrl: string | undefined },
): ExportInput {
  if (!record.about) throw new Error('content/record.mdx is missing or has problems: run npm run check:content');
  const events = new Map([...record.events.values()].map((e) => [e.id, e]));
  const order = chronology([...events.values()].map((e) => ({ ...e, links: [] })));
  return {
    about: record.about.data,
    siteUrl: options.siteUrl,
    pathFor: (collection, id) => entryUrl(options.base, collection, id),
    pagePath: (path) => pageUrl(options.base, path),
    people: [...record.people.values()],
    events: order.flatMap((id) => events.get(id) ?? []),
    sources: [...record.sources.values()],
  };
}
