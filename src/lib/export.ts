/**
 * The whole record as one JSON document, for researchers: every person, event, source,
 * quote and differing account, with ids, dates at their precision and site URLs. The
 * format is documented on /data/ and versioned by `format.version`.
 */
import { toISO, type HistoricalDate } from './dates.ts';
import type { Event } from '../schemas/event.ts';
import type { Person } from '../schemas/person.ts';
import type { RecordDescription } from '../schemas/record-description.ts';
import type { Source } from '../schemas/source.ts';

export const EXPORT_VERSION = 1;

export interface ExportDate {
  /** ISO 8601 at the date's precision: "1869", "2025-03", "2024-11-06", "2024-11-06T05:34-05:00". */
  value: string;
  precision: HistoricalDate['precision'];
  approximate: boolean;
}

function exportDate(d: HistoricalDate): ExportDate;
function exportDate(d: HistoricalDate | undefined): ExportDate | undefined;
function exportDate(d: HistoricalDate | undefined): ExportDate | undefined {
  return d && { value: toISO(d), precision: d.precision, approximate: d.approximate };
}

interface ExportInput {
  about: RecordDescription;
  siteUrl: string;
  urlFor: (collection: 'people' | 'events' | 'sources', id: string) => string;
  people: readonly { id: string; data: Person }[];
  /** In chronological order, which the export keeps. */
  events: readonly { id: string; data: Event }[];
  sources: readonly { id: string; data: Source }[];
}

export function exportRecord(input: ExportInput) {
  const byId = <T extends { id: string }>(list: readonly T[]) =>
    [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    format: { name: 'record-export', version: EXPORT_VERSION, documentation: new URL('data/', input.siteUrl).href },
    record: {
      title: input.about.title,
      description: input.about.description,
      language: input.about.language,
      url: input.siteUrl,
    },
    people: byId(input.people).map(({ id, data: p }) => ({
      id,
      url: input.urlFor('people', id),
      name: p.name,
      fullName: p.fullName ?? null,
      description: p.description,
      born: exportDate(p.born) ?? null,
      died: exportDate(p.died) ?? null,
      birthplace: p.birthplace ?? null,
      aliases: p.aliases,
      roles: p.roles.map((r) => ({
        title: r.title,
        short: r.short ?? null,
        organisation: r.organisation ?? null,
        from: exportDate(r.from) ?? null,
        to: exportDate(r.to) ?? null,
      })),
      wikidata: p.identifiers?.wikidata ?? null,
      sources: p.sources,
    })),
    // Events in the order given: chronological.
    events: input.events.map(({ id, data: e }) => ({
      id,
      url: input.urlFor('events', id),
      title: e.title,
      summary: e.summary,
      date: exportDate(e.date),
      end: exportDate(e.end) ?? null,
      place: e.place ?? null,
      participants: e.participants,
      sources: e.sources,
      tags: e.tags,
    })),
    sources: byId(input.sources).map(({ id, data: s }) => ({
      id,
      url: input.urlFor('sources', id),
      kind: s.kind,
      title: s.title,
      subtitle: s.subtitle ?? null,
      authors: s.authors,
      publisher: s.publisher ?? null,
      published: exportDate(s.published) ?? null,
      link: s.url ?? null,
      isbn: s.isbn ?? null,
    })),
    quotes: input.events.flatMap(({ id, data: e }) =>
      e.quotes.map((q, i) => ({
        id: `${id}#quote-${i + 1}`,
        event: id,
        text: q.text,
        speakers: q.speakers,
        speakerDescription: q.speakerDescription ?? null,
        addressee: q.addressee ?? null,
        about: q.about,
        source: q.source,
        locator: q.locator ?? null,
        via: q.via ?? null,
        attribution: q.attribution,
        note: q.note ?? null,
      })),
    ),
    accounts: input.events.flatMap(({ id, data: e }) =>
      e.accounts.map((a, i) => ({
        id: `${id}#account-${i + 1}`,
        event: id,
        point: a.point,
        versions: a.versions,
        note: a.note ?? null,
      })),
    ),
  };
}
