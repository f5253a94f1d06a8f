/**
 * The item type Zotero's generic "Embedded Metadata" translator gives a page, by its rules
 * (zotero/translators, "Embedded Metadata.js" init() and "RDF.js" detectType(), read at
 * commit 2814370161d0 of June 2026), reduced to the tags this site can write. A test model
 * of the rules, so that tests check the tags against them rather than against themselves.
 */

export interface PageTag {
  /** The name or property attribute: "citation_title", "DC.type", "og:type". */
  name: string;
  content: string;
}

/** Zotero item type names that DC.type may carry as they are (ZU.itemTypeExists). */
const ZOTERO_TYPES = new Set([
  'artwork',
  'book',
  'bookSection',
  'encyclopediaArticle',
  'interview',
  'journalArticle',
  'magazineArticle',
  'newspaperArticle',
  'tvBroadcast',
  'webpage',
]);

export function zoteroItemType(tags: readonly PageTag[]): string | undefined {
  const first = (name: string) => tags.find((t) => t.name.toLowerCase() === name.toLowerCase())?.content;
  const has = (name: string) => tags.some((t) => t.name === name);
  // Embedded Metadata.js: a Highwire tag naming a container wins over everything
  // ("hwTypes are generally most accurate"): citation_journal_title → journalArticle, …
  if (has('citation_journal_title')) return 'journalArticle';
  if (has('citation_technical_report_institution')) return 'report';
  if (has('citation_conference_title') || has('citation_conference')) return 'conferencePaper';
  if (has('citation_book_title') || has('citation_inbook_title')) return 'bookSection';
  if (has('citation_dissertation_institution')) return 'thesis';
  // RDF.js detectType: itemType = t.zotero || t.bib || t.prism || t.eprints || t.og || t.dc || …
  // og:type "book" → book, "website" → webpage ("article" is only a guess, ogGuess).
  const og = first('og:type');
  if (og === 'book') return 'book';
  if (og === 'website') return 'webpage';
  // dc:type holding a Zotero type name is taken as it is.
  const dc = first('DC.type');
  if (dc && ZOTERO_TYPES.has(dc)) return dc;
  // …|| defaultUnknownType: citation_isbn guesses book, citation_title journalArticle, else webpage.
  if (has('citation_isbn')) return 'book';
  if (has('citation_title')) return 'journalArticle';
  return og === 'article' ? 'webpage' : undefined;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', quot: '"', lt: '<', gt: '>', '#39': "'", apos: "'" };

/** Text of an attribute or element as Astro escapes it, decoded. */
export function decodeHtml(text: string): string {
  return text.replace(/&(amp|quot|lt|gt|#39|apos);/g, (_, e: string) => ENTITIES[e] ?? '');
}

/** The <meta> tags of a page's <head> as Astro writes them (name or property, then content). */
export function headTags(html: string): PageTag[] {
  const head = html.slice(0, html.indexOf('</head>'));
  return [...head.matchAll(/<meta (?:name|property)="([^"]*)" content="([^"]*)"/g)].map((m) => ({
    name: m[1] ?? '',
    content: decodeHtml(m[2] ?? ''),
  }));
}
