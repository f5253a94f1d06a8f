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

/**
 * Parts of an entry page that are labels, marks or boilerplate rather than what the record
 * says: the indexing step (src/integrations/search.ts) marks every element matching one
 * of these `data-pagefind-ignore` in the copy Pagefind reads, so they neither match a
 * query nor fill an excerpt. A rule names an element, a class, or both. Parts with no
 * class of their own carry `data-pagefind-ignore` in their template instead: in "At a
 * glance" (AtAGlance.astro) its heading, the date and place the page's header line
 * already gives, and the count of sources; in a source's facts (pages/sources/[id].astro)
 * its standing, a description shared by every source of its kind, and its address.
 */
export const NOT_INDEXED: readonly { element?: string; className?: string; why: string }[] = [
  { element: 'p', className: 'kind', why: 'the kind label ("Event."): a filter and the result card say it' },
  { element: 'sup', className: 'cite', why: 'citation marks ("[6]")' },
  { element: 'sup', className: 'weak-support', why: 'the "[better source needed]" mark' },
  { element: 'thead', why: 'table headers ("Source What it says How we know it")' },
  {
    element: 'td',
    className: 'how',
    why: 'how a version reached the record ("As quoted in …", "From the source itself")',
  },
  { element: 'dt', why: 'fact-list labels ("When", "Who", "Published by", "Born")' },
  { element: 'summary', why: 'toggles ("Note", "Show 3 more")' },
];

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
  /** An event's topics ("concession", "phone call"): a topic typed exactly leads to the events about it (META_WEIGHTS). */
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

/**
 * Metadata keys a result carries; `title` comes from the page's h1, and a source's
 * `publisher` from its facts (`data-pagefind-meta="publisher"` on the element that shows
 * it, in pages/sources/[id].astro), so neither is a field of SearchDocument.
 */
export type MetaKey =
  'title' | 'kind' | 'kindLabel' | 'date' | 'aliases' | 'authors' | 'publisher' | 'form' | 'topics' | 'sources';

/**
 * How much a query word found in each metadata field lifts a page (Pagefind's
 * `ranking.metaWeights`; a field not listed counts 1, and Pagefind's own default for
 * `title` is 5). Metadata is searched as well as the page's text: names lift their page
 * as its title does, a source's publisher and authors a little less, and the fields that
 * only describe the result card (kind, date, form, the count of sources) not at all, so
 * "article" or "2024" does not lift every page that merely is one or has that date. An
 * event's topics count as much as a title ("concession" finds the events about one before
 * pages that mention it), and are left out of its text, where a list of them would fill
 * excerpts.
 */
export const META_WEIGHTS: Readonly<Record<MetaKey, number>> = {
  title: 5,
  aliases: 5,
  authors: 2,
  publisher: 3,
  topics: 5,
  kind: 0,
  kindLabel: 0,
  date: 0,
  form: 0,
  sources: 0,
};

/** A result's metadata read back into typed fields. */
export interface ResultFields {
  title: string;
  kind: EntryKind | undefined;
  kindLabel: string;
  dateText: string;
  aliases: string[];
  authors: string[];
  publisher: string;
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
    publisher: meta['publisher'] ?? '',
    form: meta['form'],
    topics: names(meta['topics']),
    sourceCount: Number(meta['sources'] ?? 0) || 0,
  };
}

/** What Pagefind puts where an excerpt is cut (its `excerptEllipsis` option). */
export const EXCERPT_ELLIPSIS = '…';

/**
 * A word that ends a sentence: a full stop, question or exclamation mark, perhaps followed
 * by closing quotes or brackets; and a word that can begin one: a capital, a digit, or an
 * opening quote.
 */
const SENTENCE_END = /[.!?][”’"')\]]*$/u;
const SENTENCE_START = /^(?:<mark>)?[“‘"'(\p{Lu}\p{N}]/u;

/**
 * An excerpt that Pagefind cut mid-sentence, started instead at the sentence that holds its
 * first match, so it never opens with the tail of the sentence before (another
 * quotation's note, a cell of the table above). When that sentence begins before the cut,
 * the excerpt keeps its opening ellipsis. Excerpts are Pagefind's: words separated by
 * single spaces, matches in <mark>.
 */
export function excerptFromSentence(excerpt: string, ellipsis: string = EXCERPT_ELLIPSIS): string {
  const opening = `${ellipsis} `;
  if (!excerpt.startsWith(opening)) return excerpt;
  const parts = excerpt.slice(opening.length).split(' ');
  const startsAfter = (i: number) => {
    const next = parts[i + 1];
    return SENTENCE_END.test(parts[i] ?? '') && next !== undefined && SENTENCE_START.test(next);
  };
  const firstMatch = parts.findIndex((w) => w.includes('<mark>'));
  // The last sentence to start before the first match; with no match, the first to start.
  const indexes = [...parts.keys()].slice(0, firstMatch < 0 ? -1 : firstMatch);
  const cut = firstMatch < 0 ? indexes.find(startsAfter) : indexes.reverse().find(startsAfter);
  return cut === undefined ? excerpt : parts.slice(cut + 1).join(' ');
}
