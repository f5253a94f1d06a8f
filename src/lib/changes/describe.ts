/**
 * An entry's fields as a reader sees them: dates as the pages format them, people by
 * name, sources by title. Comparing two such descriptions gives "date: 6 November 2024 →
 * 7 November 2024" instead of a YAML diff.
 */
import { referenceKey } from '../record/body/references.ts';
import { formatDate, type HistoricalDate } from '../time/dates.ts';
import type { Collection } from '../kinds.ts';
import type { Entry, Kind, RecordContent } from '../record/entry.ts';
import { ATTRIBUTION_LABEL, joinNames, KIND_LABEL } from '../graph/views.ts';
import type { Event } from '../../schemas/event.ts';
import type { Person } from '../../schemas/person.ts';
import type { RecordDescription } from '../../schemas/record-description.ts';
import { STANDINGS, type Source } from '../../schemas/source.ts';
import { firstWords, type Item } from './items.ts';

/** Names and titles of one side's entries; an id that names nothing says so. */
export interface Names {
  person(id: string): string;
  source(id: string): string;
  event(id: string): string;
  title(collection: Collection, id: string): string;
  /** The id a reference is compared by: the entry's id in the newer record, where it was renamed. */
  key(collection: Collection, id: string): string;
}

export function namesOf(record: RecordContent, key: Names['key'] = (_collection, id) => id): Names {
  const person = (id: string) => record.people.get(id)?.data.name ?? `“${id}” (no such person)`;
  const source = (id: string) => record.sources.get(id)?.data.title ?? `“${id}” (no such source)`;
  const event = (id: string) => record.events.get(id)?.data.title ?? `“${id}” (no such event)`;
  return {
    person,
    source,
    event,
    title: (collection, id) =>
      collection === 'people' ? person(id) : collection === 'sources' ? source(id) : event(id),
    key,
  };
}

const field = (list: string, value: string | undefined): Item[] =>
  value === undefined || value === '' ? [] : [{ list, noun: '', key: '', name: list, parts: [['', value]] }];
const date = (d: HistoricalDate | undefined) => (d ? formatDate(d) : undefined);
const cited = (title: string, locator?: string) => (locator ? `${title}, ${locator}` : title);

function citations(
  list: readonly { source: string; locator?: string | undefined; note?: string | undefined }[],
  names: Names,
): Item[] {
  return list.map((c) => ({
    list: 'sources',
    noun: 'source',
    key: referenceKey(names.key('sources', c.source), c.locator),
    name: names.source(c.source),
    parts: [
      ['locator', c.locator ?? ''],
      ['note', c.note ?? ''],
    ],
  }));
}

/** Keys that pair a quotation with itself across two versions: its words, numbered when repeated. */
export function quoteKeys(texts: readonly string[]): string[] {
  const count = new Map<string, number>();
  return texts.map((t) => {
    const n = (count.get(t) ?? 0) + 1;
    count.set(t, n);
    return n === 1 ? t : `${t}\u0000${n}`;
  });
}

/**
 * Quotation keys for the newer version, where a quotation whose words were edited keeps
 * the key of the unmatched older one in the same order, so it reads as changed words.
 */
export function pairQuoteKeys(before: readonly string[], after: readonly string[]): string[] {
  const old = new Set(before);
  const now = new Set(after);
  const spare = before.filter((k) => !now.has(k));
  return after.map((k) => (old.has(k) ? k : (spare.shift() ?? k)));
}

function quotes(event: Event, names: Names, keys: readonly string[]): Item[] {
  return event.quotes.map((q, i) => ({
    list: 'quotes',
    noun: 'quote',
    key: keys[i] ?? q.text,
    name: firstWords(keys[i] ?? q.text),
    parts: [
      ['words', `“${q.text}”`],
      ['speaker', q.speakers.length ? joinNames(q.speakers.map(names.person)) : (q.speakerDescription ?? '')],
      ['to', q.addressee ? names.person(q.addressee) : ''],
      ['about', joinNames(q.about.map(names.person))],
      ['source', cited(names.source(q.source), q.locator)],
      ['as quoted in', q.via ? cited(names.source(q.via.source), q.via.locator) : ''],
      ['attribution', ATTRIBUTION_LABEL[q.attribution]],
      ['note', q.note ?? ''],
    ],
  }));
}

function accounts(event: Event, names: Names): Item[] {
  return event.accounts.flatMap((a) => [
    ...(a.note
      ? [
          {
            list: 'accounts',
            noun: 'account',
            key: a.point,
            name: `“${a.point}”`,
            parts: [['note', a.note]] as [string, string][],
          },
        ]
      : []),
    ...a.versions.map((v) => ({
      list: 'accounts',
      noun: 'account',
      key: `${a.point}\u0000${names.key('sources', v.source)}\u0000${v.via ? names.key('sources', v.via.source) : ''}`,
      name: `“${a.point}” per ${names.source(v.source)}${v.via ? ` as quoted in ${names.source(v.via.source)}` : ''}`,
      parts: [
        ['says', v.says],
        ['locator', v.locator ?? ''],
      ] as [string, string][],
    })),
  ]);
}

function describeEvent(e: Event, names: Names, keys: readonly string[]): Item[] {
  return [
    ...field('title', e.title),
    ...field('summary', e.summary),
    ...field('date', date(e.date)),
    ...field('end', date(e.end)),
    ...field('place', e.place),
    ...e.participants.map((p) => ({
      list: 'participants',
      noun: 'participant',
      key: names.key('people', p.person),
      name: names.person(p.person),
      parts: [['', p.role]] as [string, string][],
    })),
    ...citations(e.sources, names),
    ...quotes(e, names, keys),
    ...accounts(e, names),
    ...field('tags', e.tags.join(', ')),
  ];
}

function describePerson(p: Person, names: Names): Item[] {
  return [
    ...field('name', p.name),
    ...field('full name', p.fullName),
    ...field('sort name', p.sortName),
    ...field('description', p.description),
    ...field('born', date(p.born)),
    ...field('died', date(p.died)),
    ...field('birthplace', p.birthplace),
    ...field('also known as', p.aliases.join('; ')),
    ...p.roles.map((r) => ({
      list: 'roles',
      noun: 'role',
      key: `${r.title}\u0000${r.organisation ?? ''}`,
      name: r.organisation ? `${r.title}, ${r.organisation}` : r.title,
      parts: [
        ['from', date(r.from) ?? ''],
        ['to', date(r.to) ?? ''],
        ['short', r.short ?? ''],
      ] as [string, string][],
    })),
    ...field('Wikidata', p.identifiers?.wikidata),
    ...citations(p.sources, names),
  ];
}

function describeSource(s: Source, names: Names): Item[] {
  return [
    ...field('kind', KIND_LABEL[s.kind]),
    ...field('title', s.title),
    ...field('subtitle', s.subtitle),
    ...field('authors', joinNames(s.authors.map((a) => ('person' in a ? names.person(a.person) : a.name)))),
    ...field('publisher', s.publisher),
    ...field('published', date(s.published)),
    ...field('url', s.url),
    ...field('ISBN', s.isbn),
    ...field('description', s.description),
    ...field('standing', STANDINGS[s.standing].label),
    ...field('copy of', s.copyOf),
    ...field('archived', s.archived),
    ...field('accessed', date(s.accessed)),
  ];
}

function describeSite(s: RecordDescription): Item[] {
  return [
    ...field('title', s.title),
    ...field('tagline', s.tagline),
    ...field('description', s.description),
    ...field('language', s.language),
  ];
}

/** Fields each description covers; any other field (a schema added since) is compared as data. */
const DESCRIBED: Record<Kind, readonly string[]> = {
  events: [
    'title',
    'summary',
    'date',
    'end',
    'approximate',
    'place',
    'participants',
    'sources',
    'quotes',
    'accounts',
    'tags',
  ],
  people: [
    'name',
    'fullName',
    'sortName',
    'description',
    'born',
    'died',
    'birthplace',
    'aliases',
    'roles',
    'identifiers',
    'sources',
  ],
  sources: [
    'kind',
    'title',
    'subtitle',
    'authors',
    'publisher',
    'published',
    'url',
    'isbn',
    'description',
    'standing',
    'copyOf',
    'archived',
    'accessed',
  ],
  record: ['title', 'tagline', 'description', 'language'],
};

function undescribed(kind: Kind, data: object): Item[] {
  return Object.entries(data)
    .filter(([key, value]) => !DESCRIBED[kind].includes(key) && value !== undefined)
    .map(([key, value]) => ({ list: key, noun: '', key: '', name: key, parts: [['', JSON.stringify(value)]] }));
}

/** The entry's fields as items; `quoteKeys` pairs an event's quotations with another version's. */
export function describeEntry(entry: Entry, names: Names, keys?: readonly string[]): Item[] {
  const data = entry.data as object;
  const items =
    entry.collection === 'events'
      ? describeEvent(entry.data as Event, names, keys ?? quoteKeys((entry.data as Event).quotes.map((q) => q.text)))
      : entry.collection === 'people'
        ? describePerson(entry.data as Person, names)
        : entry.collection === 'sources'
          ? describeSource(entry.data as Source, names)
          : describeSite(entry.data as RecordDescription);
  return [...items, ...undescribed(entry.collection, data)];
}
