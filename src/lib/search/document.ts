/**
 * The search document: the fields an entry page gives Pagefind, defined once and used by
 * the page shell that writes them (src/layouts/Entry.astro), the browser script that
 * reads them back (src/scripts/search/), the ranking (src/lib/search/rank.ts) and the
 * indexing step (src/integrations/search.ts).
 */
import { plainText } from '../text/work-titles.ts';
import { COLLECTIONS, type EntryKind } from '../kinds.ts';

/** Filters, in the order the search page shows them. */
export const FILTER_KEYS = ['kind', 'year', 'person', 'source', 'tag'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export const FILTER_LABELS: Readonly<Record<FilterKey, string>> = {
  kind: 'Kind',
  year: 'Year',
  person: 'Person',
  source: 'Source',
  tag: 'Tag',
};

/** Separates the names in the `aliases` and `authors` metadata fields (a name never contains it). */
const NAME_SEPARATOR = ';';

/** The folders of dist/ whose pages are indexed: one per collection. */
export const INDEXED_FOLDERS: readonly string[] = COLLECTIONS;

/** What an entry page tells search about itself. */
export interface SearchDocument {
  /** Filter and ranking value: never a display label. */
  kind: EntryKind;
  /** Shown on the result card: "Person", "Book", "Event". */
  kindLabel: string;
  /** The date as readers see it on the result card. */
  dateText?: string | undefined;
  years?: readonly (string | number)[] | undefined;
  people?: readonly string[] | undefined;
  sources?: readonly string[] | undefined;
  /** An event's tags as readers read them ("phone call"): the Tag filter. */
  tags?: readonly string[] | undefined;
  /** Other names of a person, matched as exactly as the name by search. */
  aliases?: readonly string[] | undefined;
  /** A source's authors, by name: "Whipple Uncharted" names the book. */
  authors?: readonly string[] | undefined;
  /** What a source is, as its value in content ("book", "article"): "2024 book" names the book. */
  form?: string | undefined;
  /** An event's topics ("concession", "phone call"): a topic typed exactly leads to the events about it. */
  topics?: readonly string[] | undefined;
  /** How many sources the entry cites: among events about a topic typed, the best documented first. */
  sourceCount?: number | undefined;
}

// No data-pagefind-sort: search never sorts by date, and a sort key costs every visitor
// an entry per page in the index's first download (docs/performance.md).
type Attribute = 'data-pagefind-filter' | 'data-pagefind-meta';

/** One empty element's worth of search data: `<span data-pagefind-filter="kind[data-value]" data-value="person">`. */
export interface SearchAttribute {
  attr: Attribute;
  key: string;
  value: string;
}

/**
 * The attributes a page carries. Metadata is read from attributes of empty elements, so
 * it adds no words to the indexed text (a comma or colon in a title would also break
 * Pagefind's inline syntax).
 */
export function searchAttributes(doc: SearchDocument): SearchAttribute[] {
  const filter = (key: FilterKey, value: string | number): SearchAttribute => ({
    attr: 'data-pagefind-filter',
    key,
    value: plainText(String(value)),
  });
  const meta = (key: MetaKey, value: string): SearchAttribute => ({
    attr: 'data-pagefind-meta',
    key,
    value: plainText(value),
  });
  return [
    filter('kind', doc.kind),
    ...(doc.years ?? []).map((y) => filter('year', y)),
    ...(doc.people ?? []).map((p) => filter('person', p)),
    ...(doc.sources ?? []).map((s) => filter('source', s)),
    ...(doc.tags ?? []).map((t) => filter('tag', t)),
    meta('kind', doc.kind),
    meta('kindLabel', doc.kindLabel),
    ...(doc.dateText ? [meta('date', doc.dateText)] : []),
    ...(doc.aliases?.length ? [meta('aliases', doc.aliases.join(NAME_SEPARATOR))] : []),
    ...(doc.authors?.length ? [meta('authors', doc.authors.join(NAME_SEPARATOR))] : []),
    ...(doc.form ? [meta('form', doc.form)] : []),
    ...(doc.topics?.length ? [meta('topics', doc.topics.join(NAME_SEPARATOR))] : []),
    ...(doc.sourceCount ? [meta('sources', String(doc.sourceCount))] : []),
  ];
}

/** Metadata keys a result carries; `title` comes from the page's h1. */
export type MetaKey = 'title' | 'kind' | 'kindLabel' | 'date' | 'aliases' | 'authors' | 'form' | 'topics' | 'sources';

/** A result's metadata read back into typed fields. */
export interface ResultFields {
  title: string;
  kind: EntryKind | undefined;
  kindLabel: string;
  dateText: string;
  aliases: string[];
  authors: string[];
  form: string | undefined;
  topics: string[];
  sourceCount: number;
}

const names = (field: string | undefined) => (field ?? '').split(NAME_SEPARATOR).filter(Boolean);

export function readResultMeta(meta: Readonly<Record<string, string | undefined>>): ResultFields {
  const kind = meta['kind'];
  return {
    title: meta['title'] ?? '',
    kind: kind === 'event' || kind === 'person' || kind === 'source' ? kind : undefined,
    kindLabel: meta['kindLabel'] ?? '',
    dateText: meta['date'] ?? '',
    aliases: names(meta['aliases']),
    authors: names(meta['authors']),
    form: meta['form'],
    topics: names(meta['topics']),
    sourceCount: Number(meta['sources'] ?? 0) || 0,
  };
}
