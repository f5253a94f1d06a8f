/**
 * The <meta> tags reference managers read. Zotero's generic "Embedded Metadata" translator
 * ignores JSON-LD; it reads `citation_*` (Highwire), `DC.*` (Dublin Core) and `og:*` tags,
 * and picks the item type by these rules (zotero/translators, "Embedded Metadata.js" and
 * the "RDF.js" it loads):
 * - a `citation_journal_title` tag makes a journal article whatever else is said, so no
 *   page has one;
 * - otherwise the first of zotero:type, bib/bibo, PRISM, eprints, `og:type`, `DC.type`:
 *   `og:type=book` gives a book; `DC.type` with a Zotero type name ("newspaperArticle",
 *   "webpage") gives that type; `og:type=article` is only a guess (journal article) that
 *   yields to them;
 * - a newspaper article's publication is `DC.source`; `citation_author` gives one author
 *   per tag.
 */
import { toISO, type HistoricalDate } from '../time/dates.ts';
import type { Source } from '../../schemas/source.ts';
import { fullTitle, type PersonNames } from './citations.ts';
import { plainText } from '../text/work-titles.ts';

export interface MetaTag {
  name: string;
  content: string;
}

/** The Dublin Core namespace, declared by `<link rel="schema.DC">` on pages with DC tags. */
export const DC_SCHEMA = 'http://purl.org/dc/elements/1.1/';

/** og:type values a page can have. */
export type OgType = 'website' | 'article' | 'profile' | 'book';

/** A date for a meta tag: ISO at its precision, a minute cut to its day. */
function metaDate(date: HistoricalDate): string {
  return toISO(date.precision === 'minute' ? { ...date, precision: 'day' } : date);
}

/** Authors by name, in the order credited: a person with a page under their page's name. */
function authorNames(source: Pick<Source, 'authors'>, people: PersonNames): string[] {
  return source.authors.map((a) => {
    if ('name' in a) return a.name;
    const person = people(a.person);
    if (!person) throw new Error(`No person "${a.person}": the content check should have reported it`);
    return person.name;
  });
}

/** Zotero's type for each kind of source, given as DC.type (books are told by og:type). */
const ZOTERO_TYPE: Readonly<Record<Exclude<Source['kind'], 'book'>, string>> = {
  article: 'newspaperArticle',
  interview: 'interview',
  photo: 'artwork',
  broadcast: 'tvBroadcast',
  reference: 'webpage',
  statement: 'webpage',
};

export interface SourceMeta {
  ogType: OgType;
  tags: MetaTag[];
  /** Whether the page needs the schema.DC link. */
  dublinCore: boolean;
}

/**
 * A source page's tags describe the source itself, so that saving the page saves the work:
 * a book as a book (Highwire tags, og:type=book), anything else by Dublin Core with its
 * Zotero type; a newspaper article names its paper in DC.source.
 */
export function sourceMeta(source: Source, people: PersonNames): SourceMeta {
  const title = fullTitle(source);
  const authors = authorNames(source, people);
  if (source.kind === 'book') {
    return {
      ogType: 'book',
      dublinCore: false,
      tags: [
        { name: 'citation_title', content: title },
        ...authors.map((a) => ({ name: 'citation_author', content: a })),
        ...(source.published ? [{ name: 'citation_publication_date', content: metaDate(source.published) }] : []),
        ...(source.publisher ? [{ name: 'citation_publisher', content: source.publisher }] : []),
        ...(source.isbn ? [{ name: 'citation_isbn', content: source.isbn }] : []),
      ],
    };
  }
  return {
    ogType: 'article',
    dublinCore: true,
    tags: [
      { name: 'DC.type', content: ZOTERO_TYPE[source.kind] },
      { name: 'DC.title', content: title },
      ...authors.map((a) => ({ name: 'DC.creator', content: a })),
      ...(source.published ? [{ name: 'DC.date', content: metaDate(source.published) }] : []),
      // A newspaper article's paper is its publication (DC.source); other sources' outlet is their publisher.
      ...(source.publisher
        ? [{ name: source.kind === 'article' ? 'DC.source' : 'DC.publisher', content: source.publisher }]
        : []),
    ],
  };
}

/** An event or person page: a web page by the record's contributors, dated by its version. */
export function entryMeta(input: { title: string; creator: string; updated?: string | undefined }): MetaTag[] {
  return [
    { name: 'DC.type', content: 'webpage' },
    { name: 'DC.title', content: plainText(input.title) },
    { name: 'DC.creator', content: input.creator },
    ...(input.updated ? [{ name: 'DC.date', content: input.updated }] : []),
  ];
}
