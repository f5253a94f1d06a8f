/**
 * The one vocabulary for the kinds of entry. Every spelling of a kind — the collection
 * (its folder under content/ and its URL segment), the value search filters and ranking
 * read, the noun used in messages, the label shown to readers — derives from this table.
 * Code branches on `EntryKind` or `Collection`, never on a display label.
 */

/** The collections an entry can belong to, named as their folders under content/. */
export const COLLECTIONS = ['people', 'events', 'sources'] as const;
export type Collection = (typeof COLLECTIONS)[number];

/** The value a kind has in search filters, metadata and ranking: "person". */
export type EntryKind = 'event' | 'person' | 'source';

export interface KindInfo {
  collection: Collection;
  kind: EntryKind;
  /** One entry, in running text: "no person "x"". */
  noun: string;
  /** Many entries, in running text: "3 people". */
  plural: string;
  /** Shown to readers above a title and as a filter value: "Person". */
  label: string;
  /** A filter heading or index title: "People". */
  pluralLabel: string;
}

export const KINDS: Readonly<Record<Collection, KindInfo>> = {
  events: {
    collection: 'events',
    kind: 'event',
    noun: 'event',
    plural: 'events',
    label: 'Event',
    pluralLabel: 'Events',
  },
  people: {
    collection: 'people',
    kind: 'person',
    noun: 'person',
    plural: 'people',
    label: 'Person',
    pluralLabel: 'People',
  },
  sources: {
    collection: 'sources',
    kind: 'source',
    noun: 'source',
    plural: 'sources',
    label: 'Source',
    pluralLabel: 'Sources',
  },
};

const BY_KIND: Readonly<Record<EntryKind, KindInfo>> = {
  event: KINDS.events,
  person: KINDS.people,
  source: KINDS.sources,
};

/** The table row for a search or filter value; undefined for anything else. */
export function kindInfo(kind: string): KindInfo | undefined {
  return Object.hasOwn(BY_KIND, kind) ? BY_KIND[kind as EntryKind] : undefined;
}

export function isCollection(value: string): value is Collection {
  return (COLLECTIONS as readonly string[]).includes(value);
}
