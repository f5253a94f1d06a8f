/**
 * schema.org JSON-LD for entry pages (Person, Event, Book or NewsArticle, Quotation),
 * built from the data, and serialised so that no string can end the <script> element
 * it is written into.
 */
import { plainText } from '../text/work-titles.ts';
import { toISO, type HistoricalDate } from '../time/dates.ts';
import type { Event } from '../../schemas/event.ts';
import type { Person } from '../../schemas/person.ts';
import type { Source } from '../../schemas/source.ts';
import { normalizeIsbn } from '../text/isbn.ts';

type Json = string | number | boolean | null | undefined | Json[] | { [key: string]: Json };

/**
 * JSON for a <script type="application/ld+json">: `<`, `>` and `&` are written as
 * \\u escapes, so "</script>" or "<!--" inside a string stays inside the string.
 */
export function serializeJsonLd(data: Json): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** schema.org takes ISO 8601 at any precision: "1869", "2025-03", "2024-11-06". */
const date = (d: HistoricalDate | undefined) => (d ? toISO(d) : undefined);

/** Names and full addresses of entries; `url` is undefined when the site has no address (SITE_URL). */
export interface Lookup {
  person: (id: string) => { name: string; url: string | undefined } | undefined;
  source: (id: string) => { title: string; url: string | undefined } | undefined;
}

function personRef(id: string, lookup: Lookup): Json {
  const p = lookup.person(id);
  return p ? { '@type': 'Person', name: p.name, url: p.url } : undefined;
}

/** `url`: the page's full address, or undefined without SITE_URL (then left out). */
export function personJsonLd(person: Person, url: string | undefined): Json {
  const current = person.roles.filter((r) => !r.to).map((r) => r.title);
  return {
    '@context': 'https://schema.org',
    '@type': 'Person',
    name: person.name,
    url,
    description: plainText(person.description),
    alternateName: [...(person.fullName ? [person.fullName] : []), ...person.aliases],
    birthDate: date(person.born),
    deathDate: date(person.died),
    birthPlace: person.birthplace ? { '@type': 'Place', name: person.birthplace } : undefined,
    jobTitle: current.length ? current : undefined,
    sameAs: person.identifiers?.wikidata ? [`https://www.wikidata.org/wiki/${person.identifiers.wikidata}`] : undefined,
  };
}

export function eventJsonLd(event: Event, url: string | undefined, lookup: Lookup): Json {
  const citations = event.sources.flatMap((s) => lookup.source(s.source)?.url ?? []);
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: plainText(event.title),
    url,
    description: plainText(event.summary),
    startDate: date(event.date),
    endDate: date(event.end),
    eventStatus: 'https://schema.org/EventScheduled',
    location: event.place ? { '@type': 'Place', name: event.place } : undefined,
    attendee: event.participants.map((p) => personRef(p.person, lookup)),
    subjectOf: event.quotes.map((q) => ({
      '@type': 'Quotation',
      text: q.text,
      creator: q.speakers.length
        ? q.speakers.map((s) => personRef(s, lookup))
        : q.speakerDescription && plainText(q.speakerDescription),
      isBasedOn: lookup.source(q.source)?.url,
    })),
    citation: citations.length ? citations : undefined,
  };
}

/**
 * An entry's JSON-LD with its corrections: schema.org's `correction` belongs to a creative
 * work, and an Event or Person is not one, so the corrections go on the page about it
 * (`mainEntityOfPage`, a WebPage), each a CorrectionComment with its text and date.
 */
export function withCorrections(data: Json, corrections: readonly { date: string; text: string }[]): Json {
  if (corrections.length === 0 || data === null || typeof data !== 'object' || Array.isArray(data)) return data;
  return {
    ...data,
    mainEntityOfPage: {
      '@type': 'WebPage',
      '@id': data['url'],
      correction: corrections.map((c) => ({ '@type': 'CorrectionComment', text: c.text, datePublished: c.date })),
    },
  };
}

export function sourceJsonLd(source: Source, url: string | undefined, lookup: Lookup): Json {
  const authors = source.authors.map((a) =>
    'person' in a ? personRef(a.person, lookup) : { '@type': 'Person', name: a.name },
  );
  const common = {
    '@context': 'https://schema.org',
    name: source.title,
    url,
    sameAs: source.url,
    author: authors,
    publisher: source.publisher ? { '@type': 'Organization', name: source.publisher } : undefined,
    datePublished: date(source.published),
    description: source.description && plainText(source.description),
  };
  switch (source.kind) {
    case 'book':
      return {
        ...common,
        '@type': 'Book',
        alternativeHeadline: source.subtitle,
        isbn: source.isbn ? normalizeIsbn(source.isbn) : undefined,
      };
    case 'article':
      return { ...common, '@type': 'NewsArticle', headline: source.title };
    case 'photo':
      return { ...common, '@type': 'Photograph' };
    case 'broadcast':
      return { ...common, '@type': 'CreativeWork', genre: 'broadcast' };
    default:
      return { ...common, '@type': 'CreativeWork' };
  }
}
