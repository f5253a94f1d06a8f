/**
 * Citations of the record: each entry page as a CSL-JSON item ("Cite this page") and
 * each source as one (the bibliography), formatted by Citation.js at build time in APA,
 * MLA and Chicago and written as BibTeX, RIS and CSL-JSON. Nothing here reaches the
 * browser: pages get the formatted HTML and files.
 *
 * APA is the style plugin-csl ships; MLA and Chicago are CSL files from the CSL styles
 * project (src/citation-styles/, CC BY-SA), handed in by the caller so that this module
 * reads no files. Wikipedia's {{cite web}} has no CSL style or Citation.js output, so it
 * is the one format written here, from the same item.
 */
import type { DownloadFormat } from './formats.ts';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import { formatDate, toISO, type HistoricalDate } from '../time/dates.ts';
import type { Collection } from '../kinds.ts';
import type { Source } from '../../schemas/source.ts';
import { plainText } from '../text/work-titles.ts';

export interface CslName {
  family?: string;
  given?: string;
  /** A name the record cannot split: an organisation, or a person without a page. */
  literal?: string;
}

export interface CslDate {
  'date-parts': number[][];
  circa?: boolean;
}

/** The CSL types the record uses (CSL 1.0.2 item types). */
export type CslType = 'webpage' | 'book' | 'article-newspaper' | 'interview' | 'graphic' | 'broadcast';

export interface CslItem {
  id: string;
  'citation-key': string;
  type: CslType;
  title: string;
  author?: CslName[];
  'container-title'?: string;
  publisher?: string;
  issued?: CslDate;
  URL?: string;
  ISBN?: string;
}

/** The styles a page offers, in the order shown. */
export const STYLES = [
  { key: 'apa', label: 'APA (7th edition)' },
  { key: 'mla', label: 'MLA (9th edition)' },
  { key: 'chicago', label: 'Chicago (18th edition, notes and bibliography)' },
] as const;
export type StyleKey = (typeof STYLES)[number]['key'];

/** Citation.js's name for each style: APA is built into plugin-csl as "apa". */
const TEMPLATE: Readonly<Record<StyleKey, string>> = { apa: 'apa', mla: 'record-mla', chicago: 'record-chicago' };

/** The name each style is registered under as cut to format one item alone (`oneItemStyle`). */
const ONE_ITEM: Readonly<Record<StyleKey, string>> = {
  apa: 'record-apa-one',
  mla: 'record-mla-one',
  chicago: 'record-chicago-one',
};

/** The element `name` (first found) of a CSL style's XML: its start, and the end of its closing tag. */
function element(xml: string, name: string, from = 0): { start: number; end: number } | undefined {
  const open = new RegExp(`<${name}[\\s>/]`, 'g');
  open.lastIndex = from;
  const start = open.exec(xml)?.index;
  if (start === undefined) return undefined;
  const close = xml.indexOf(`</${name}>`, start);
  if (close < 0) throw new Error(`CSL style: <${name}> is not closed`);
  return { start, end: close + name.length + 3 };
}

/**
 * A CSL style cut to what formatting one item alone reads: the bibliography's layout and
 * the style's options, without what only relates items to one another. For one item
 * citeproc still builds sort keys, renders the item in its citation form (to know which
 * items a citation could confuse) and runs the disambiguation of those, each costing
 * about what formatting the entry does; none of it can change a bibliography of one
 * item. So the variant has no `<sort>` (one item has no order), a citation layout of one
 * constant (nothing is ever cited, and with one item nothing is ambiguous) and no
 * `subsequent-author-substitute` (there is no earlier entry by the same author). An
 * entry formatted with it is the same, byte for byte, as with the whole style
 * (tests/unit/citations.test.ts compares them on every entry and source of the record and
 * on titles with quotes, markup and end punctuation), in about a third of the time.
 */
export function oneItemStyle(xml: string): string {
  const citation = element(xml, 'citation');
  if (!citation) throw new Error('CSL style: no <citation> element');
  let out = `${xml.slice(0, citation.start)}<citation><layout><text value="-"/></layout></citation>${xml.slice(citation.end)}`;
  for (let sort = element(out, 'sort'); sort; sort = element(out, 'sort', sort.start))
    out = out.slice(0, sort.start) + out.slice(sort.end);
  return out.replace(/\ssubsequent-author-substitute="[^"]*"/g, '');
}

/**
 * Registers the MLA and Chicago CSL files (their XML) with Citation.js, and each style's
 * one-item variant, once per process.
 */
export function registerStyles(xml: { mla: string; chicago: string }): void {
  const styles = plugins.config.get('@csl').styles;
  if (!styles.has(TEMPLATE.mla)) styles.add(TEMPLATE.mla, xml.mla);
  if (!styles.has(TEMPLATE.chicago)) styles.add(TEMPLATE.chicago, xml.chicago);
  for (const { key } of STYLES)
    if (!styles.has(ONE_ITEM[key])) styles.add(ONE_ITEM[key], oneItemStyle(styles.get(TEMPLATE[key])));
}

/** A date at its precision: a year stays a year ([[1869]]), never 1 January. */
export function cslDate(date: HistoricalDate): CslDate {
  const parts = [date.year];
  if (date.month !== undefined && date.precision !== 'year') parts.push(date.month);
  if (date.day !== undefined && (date.precision === 'day' || date.precision === 'minute')) parts.push(date.day);
  return date.approximate ? { 'date-parts': [parts], circa: true } : { 'date-parts': [parts] };
}

/** "2026-12-01" (a last-commit date) as a CSL date; undefined for anything else. */
function dayDate(iso: string | undefined): CslDate | undefined {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return m ? { 'date-parts': [[Number(m[1]), Number(m[2]), Number(m[3])]] } : undefined;
}

/**
 * The BibTeX key of an id: Citation.js replaces a key holding characters outside BibTeX's
 * safe set (`-` among them) with one made from author, year and title, which can repeat
 * across entries; ids are lowercase letters, digits and hyphens, so `_` for `-` keeps them
 * unique and readable.
 */
function citationKey(id: string): string {
  return id.replace(/-/g, '_');
}

/** Who an entry page is by: the record's contributors, as Wikipedia credits its own. */
export function contributors(recordTitle: string): string {
  return `${recordTitle} contributors`;
}

export interface EntryCitationInput {
  collection: Collection;
  id: string;
  /** The page's title as plain text. */
  title: string;
  /** The record's own name (content/record.mdx). */
  record: string;
  /** YYYY-MM-DD of the last commit that changed the entry: the version cited. */
  updated?: string | undefined;
  /** The page's absolute address; unknown when the site is built without SITE_URL. */
  url?: string | undefined;
}

/** An entry page as a web page by the record's contributors, dated by its version. */
export function entryItem(input: EntryCitationInput): CslItem {
  const id = `${input.collection}-${input.id}`;
  const issued = dayDate(input.updated);
  return {
    id,
    'citation-key': citationKey(id),
    type: 'webpage',
    title: input.title,
    author: [{ literal: contributors(input.record) }],
    'container-title': input.record,
    ...(issued ? { issued } : {}),
    ...(input.url ? { URL: input.url } : {}),
  };
}

/** How a source's kind is cited: a newspaper article for articles, as the JSON-LD's NewsArticle. */
const SOURCE_TYPE: Readonly<Record<Source['kind'], CslType>> = {
  book: 'book',
  article: 'article-newspaper',
  interview: 'interview',
  photo: 'graphic',
  broadcast: 'broadcast',
  reference: 'webpage',
  statement: 'webpage',
};

/** The person behind a `person:` author: their name and the name they are filed under. */
export type PersonNames = (id: string) => { name: string; sortName: string } | undefined;

/**
 * An author as a CSL name. A person with a page is split at their sort name's comma
 * ("Whipple, Chris"); a `name:` author stays whole, since the record cannot tell a person
 * ("Travis Dorman") from an agency ("Reuters") and would rather say less than misname one.
 */
export function authorName(author: Source['authors'][number], people: PersonNames): CslName {
  if ('name' in author) return { literal: author.name };
  const person = people(author.person);
  if (!person) throw new Error(`No person "${author.person}": the content check should have reported it`);
  const comma = person.sortName.indexOf(', ');
  if (comma < 0) return { literal: person.name };
  return { family: person.sortName.slice(0, comma), given: person.sortName.slice(comma + 2) };
}

/** The title as published, with a book's subtitle after a colon. */
export function fullTitle(source: Pick<Source, 'title' | 'subtitle'>): string {
  const title = plainText(source.title);
  return source.subtitle ? `${title}: ${plainText(source.subtitle)}` : title;
}

/** A source as a CSL item: the work itself, not the record's page about it. */
export function sourceItem(id: string, source: Source, people: PersonNames): CslItem {
  const type = SOURCE_TYPE[source.kind];
  // Where a newspaper, site or programme is the container, CSL calls it container-title.
  const container = type === 'article-newspaper' || type === 'webpage' || type === 'interview';
  return {
    id,
    'citation-key': citationKey(id),
    type,
    title: fullTitle(source),
    ...(source.authors.length ? { author: source.authors.map((a) => authorName(a, people)) } : {}),
    ...(source.publisher
      ? container
        ? { 'container-title': source.publisher }
        : { publisher: source.publisher }
      : {}),
    ...(source.published ? { issued: cslDate(source.published) } : {}),
    ...(source.url ? { URL: source.url } : {}),
    ...(source.isbn ? { ISBN: source.isbn } : {}),
  };
}

/** citeproc's one entry without the <div class="csl-entry"> around it: its text is escaped HTML. */
function entryHtml(entry: string): string {
  const start = entry.indexOf('>') + 1;
  const end = entry.lastIndexOf('</div>');
  if (start <= 0 || end < start) throw new Error(`Unexpected citeproc output: ${entry.slice(0, 80)}`);
  return entry.slice(start, end).trim();
}

/**
 * The item in one style, as HTML (titles in <i>). Needs registerStyles. Formats with the
 * style's one-item variant (`oneItemStyle`) on the engine Citation.js keeps per style,
 * without wrapping the item in a Cite (whose input parsing a CSL item does not need).
 */
export function formatStyle(item: CslItem, style: StyleKey): string {
  const csl = plugins.config.get('@csl');
  const template = ONE_ITEM[style];
  if (!csl.styles.has(template)) throw new Error(`The ${style} style is not registered: call registerStyles first`);
  const engine = csl.engine([item], template, 'en-US', 'html');
  engine.updateItems([item.id]);
  const bibliography = engine.makeBibliography();
  const first = bibliography ? bibliography[1][0] : undefined;
  if (first === undefined) throw new Error(`citeproc gave no ${style} entry for ${item.id}`);
  return entryHtml(first);
}

/**
 * The item in one style with the whole style, through Citation.js's own bibliography
 * output: what `formatStyle` must equal (tests, scripts/measure-citations.ts).
 */
export function formatStyleWhole(item: CslItem, style: StyleKey): string {
  const out = new Cite(item).format('bibliography', {
    format: 'html',
    template: TEMPLATE[style],
    lang: 'en-US',
    asEntryArray: true,
  }) as [string, string][];
  const first = out[0];
  if (!first) throw new Error(`citeproc gave no ${style} entry for ${item.id}`);
  return entryHtml(first[1]);
}

/**
 * Text for a value of a wikitext template parameter: `|` would start a new parameter and
 * `{{ }}` a template, `[ ]` a link, `<` a tag, `''` italics, `&lt;` an entity; each is
 * written so that it shows as itself. `=` needs nothing: every parameter is named, and only the first `=`
 * of a named parameter separates the name.
 */
export function wikiValue(text: string): string {
  return (
    text
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/&(?=#?\w+;)/g, '&amp;')
      .replace(/\{/g, '&#123;')
      .replace(/\}/g, '&#125;')
      .replace(/\|/g, '{{!}}')
      .replace(/\[/g, '&#91;')
      .replace(/\]/g, '&#93;')
      .replace(/</g, '&lt;')
      .replace(/''/g, '&#39;&#39;')
      // Three or more tildes become the editor's signature or a timestamp when the page is saved.
      .replace(/~(?=~~)/g, '&#126;')
  );
}

/** A character percent-encoded, as in a URL. */
const percent = (c: string) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;

/** A URL for a wikitext parameter: the characters wikitext reads, percent-encoded. */
function wikiUrl(url: string): string {
  return url.replace(/[|[\]{}\s<>]/g, percent);
}

/** A date as {{cite web}} takes it: ISO for a day, "November 2024" or "2024" otherwise. */
function wikiDate(date: CslDate): string {
  const [year, month, day] = date['date-parts'][0] ?? [];
  if (year === undefined) return '';
  if (month === undefined) return String(year);
  const d: HistoricalDate =
    day === undefined
      ? { precision: 'month', year, month, approximate: false }
      : { precision: 'day', year, month, day, approximate: false };
  return day === undefined ? formatDate(d) : toISO(d);
}

/**
 * Wikipedia's {{cite web}} for an item, as Special:CiteThisPage writes it, with
 * `access-date` empty for the editor to fill. Hand-written: Citation.js and the CSL styles
 * have no wikitext output.
 */
export function citeWeb(item: CslItem): string {
  const params: [string, string][] = [];
  if (item.URL) params.push(['url', wikiUrl(item.URL)]);
  params.push(['title', wikiValue(item.title)]);
  (item.author ?? []).forEach((name, i) => {
    const n = (item.author?.length ?? 0) > 1 ? String(i + 1) : '';
    if (name.literal !== undefined) params.push([`author${n}`, wikiValue(name.literal)]);
    else {
      if (name.family !== undefined) params.push([`last${n}`, wikiValue(name.family)]);
      if (name.given !== undefined) params.push([`first${n}`, wikiValue(name.given)]);
    }
  });
  if (item.issued) params.push(['date', wikiDate(item.issued)]);
  if (item['container-title']) params.push(['website', wikiValue(item['container-title'])]);
  if (item.publisher) params.push(['publisher', wikiValue(item.publisher)]);
  params.push(['access-date', '']);
  return `{{cite web ${params.map(([k, v]) => `|${k}=${v}`).join(' ')}}}`;
}

/**
 * RIS from Citation.js's own mapping of each item to RIS tags, one tag per line. Its text
 * output breaks every value after 70 characters and its reader joins the pieces with a
 * space, so a long title or URL comes back changed ("char acters"); RIS needs no such
 * breaks, so the lines are written whole here. Known loss in Citation.js 0.8.2: a newspaper
 * article (TY NEWS) is written without its authors and with its year only (its RIS table
 * maps NEWS authors to CSL `reporter` and NEWS dates to PY); BibTeX and CSL-JSON keep both.
 */
function writeRis(items: readonly CslItem[]): string {
  const records = new Cite([...items]).format('ris', { format: 'object' }) as Record<string, unknown>[];
  const line = (tag: string, value: unknown) => `${tag}  - ${String(value).replace(/\s+/g, ' ').trim()}`;
  return records
    .map((record) => {
      const lines = [line('TY', record['TY'])];
      for (const [tag, value] of Object.entries(record)) {
        if (tag === 'TY') continue;
        for (const v of Array.isArray(value) ? value : [value]) lines.push(line(tag, v));
      }
      lines.push('ER  - ');
      return `${lines.join('\n')}\n`;
    })
    .join('\n');
}

/** Items as a file in one of the download formats. */
export function writeItems(items: readonly CslItem[], format: DownloadFormat): string {
  if (format === 'csl') return `${JSON.stringify(items, null, 2)}\n`;
  if (items.length === 0) return '';
  if (format === 'ris') return writeRis(items);
  return String(new Cite(items.map(bibtexSafe)).format('bibtex', { format: 'text' }));
}

/**
 * Citation.js escapes BibTeX's special characters in every field but two: names and the
 * URL go out as written, so a `}` in an author's name or an address would close the field
 * and let the rest of the value write fields and entries of its own. Those two are escaped
 * here: braces and backslashes in names as TeX's own commands, in a URL percent-encoded.
 */
function bibtexSafe(item: CslItem): CslItem {
  const tex = (text: string) =>
    text.replace(/[\\{}]/g, (c) =>
      c === '\\' ? '\\textbackslash{}' : c === '{' ? '\\textbraceleft{}' : '\\textbraceright{}',
    );
  const name = (n: CslName): CslName => Object.fromEntries(Object.entries(n).map(([k, v]) => [k, tex(v)])) as CslName;
  return {
    ...item,
    ...(item.author ? { author: item.author.map(name) } : {}),
    ...(item.URL ? { URL: item.URL.replace(/[\\{}\s]/g, percent) } : {}),
  };
}
