/**
 * What the entry page models share: the record as the models read it, and the display
 * data every entry page needs (how a source is named, quotations resolved to names,
 * references with the marks that cite them, backlinks grouped by kind).
 *
 * Pure functions of plain data: `src/site/site-record.ts` builds the site once per build and
 * passes it here, and tests build a small one by hand.
 */
import { textFragmentUrl } from '../record/anchors.ts';
import { formatDate, type HistoricalDate } from '../time/dates.ts';
import type { Graph, Mention } from '../graph/graph.ts';
import { KINDS, type Collection } from '../kinds.ts';
import { plainText } from '../text/work-titles.ts';
import { citationId, referenceKey, type Reference } from '../record/body/references.ts';
import { ATTRIBUTION_LABEL } from '../graph/views.ts';
import type { Event, Quote } from '../../schemas/event.ts';
import type { Person } from '../../schemas/person.ts';
import { STANDINGS, type Source } from '../../schemas/source.ts';
import { weakChain, type StandingOf } from '../record/standing.ts';

/** An entry as a page model reads it: an Astro collection entry fits. */
export interface PageEntry<D> {
  id: string;
  data: D;
  filePath?: string | undefined;
  rendered?: { metadata?: Record<string, unknown> } | undefined;
}

export interface PageSite {
  people: ReadonlyMap<string, PageEntry<Person>>;
  events: ReadonlyMap<string, PageEntry<Event>>;
  sources: ReadonlyMap<string, PageEntry<Source>>;
  graph: Graph;
}

/** The entry a page model is built for; an unknown id is a programming error that names it. */
export function entryFor<C extends Collection>(
  site: PageSite,
  collection: C,
  id: string,
): PageSite[C] extends ReadonlyMap<string, infer E> ? E : never {
  const entry = site[collection].get(id);
  if (!entry) throw new Error(`no ${KINDS[collection].noun} "${id}" in the record`);
  return entry as PageSite[C] extends ReadonlyMap<string, infer E> ? E : never;
}

/** A heading of the page, for its contents list ("On this page"). */
export interface Heading {
  id: string;
  text: string;
  depth: 2 | 3;
}

/** A person as a link: id and name. */
export interface Named {
  id: string;
  name: string;
}

/**
 * A source as readers see it named. `title` is in italics (a work's title) unless
 * `descriptive`; `short` is how an attribution names it: a book by its title, an article
 * by its outlet and date ("The Daily Beast, 8 July 2025"), which says more than a headline.
 */
export interface SourceLabel {
  id: string;
  title: string;
  /** The record wrote the title: plain text, never italics. */
  descriptive: boolean;
  kind: Source['kind'];
  publisher?: string | undefined;
  published?: HistoricalDate | undefined;
  short: { text: string; italic: boolean };
  /** What kind of source it is for the reader ("wire service", "copy"): see STANDINGS. */
  standing?: string | undefined;
}

/** The standing of each source of the site, for the "better source needed" rule (src/lib/record/standing.ts). */
export function siteStandings(site: PageSite): StandingOf {
  return (id) => site.sources.get(id)?.data.standing;
}

export function sourceLabel(site: PageSite, id: string): SourceLabel {
  const s = site.sources.get(id)?.data;
  if (!s) return { id, title: id, descriptive: true, kind: 'article', short: { text: id, italic: false } };
  const descriptive = s.titleIsDescriptive;
  const byOutlet = s.kind !== 'book' && s.publisher !== undefined;
  const short = byOutlet
    ? { text: s.published ? `${s.publisher}, ${formatDate(s.published)}` : (s.publisher ?? s.title), italic: false }
    : { text: s.title, italic: !descriptive };
  return {
    id,
    title: s.title,
    descriptive,
    kind: s.kind,
    publisher: s.publisher,
    published: s.published,
    short,
    standing: STANDINGS[s.standing].label,
  };
}

/** A mark [n] in the page that cites a reference; `id` is its anchor, which the reference links back to. */
export interface CiteMark {
  n: number;
  id: string;
}

/** A source named in an attribution, with where in it, and its mark when the page numbers its sources. */
export interface Attributed {
  source: SourceLabel;
  locator?: string | undefined;
  mark?: CiteMark | undefined;
}

/** A quotation's or an account's own anchor on its event page: its id, and the ids it had before. */
export interface Anchor {
  id: string;
  aliases: string[];
}

export interface QuoteItem {
  /** On its event page: its stable id and old ids, and a link to itself. */
  anchor?: Anchor | undefined;
  /** Its stable id (src/lib/record/anchors.ts): away from the event page, the link to it there. */
  id: string;
  /** The source's own address with a text fragment, when the source printed these exact words. */
  wordsUrl?: string | undefined;
  text: string;
  attribution: Quote['attribution'];
  /** "reportedly", "paraphrased": how directly the source knows the words. */
  attributionLabel: string;
  speakers: Named[];
  speakerDescription?: string | undefined;
  addressee?: Named | undefined;
  /** The event it was said in, when shown away from the event page. */
  event?: { id: string; title: string } | undefined;
  source: Attributed;
  /** The source we read the words in, when it quotes `source`. */
  via?: Attributed | undefined;
  note?: string | undefined;
  /** Read only through a weak source (an encyclopedia, an aggregator, a copy): marked "better source needed". */
  weak: boolean;
}

export function personName(site: PageSite, id: string): Named {
  return { id, name: site.people.get(id)?.data.name ?? id };
}

/**
 * Marks citing the page's references, counted on from the body's own marks. A mark in a
 * quotation or an account takes an id made from the part's own (`markId`), so that adding
 * a part changes no other mark's id.
 */
export type Citer = (source: string, locator?: string, markId?: string) => CiteMark | undefined;

/** Kinds of source whose address shows their text, where a text fragment can find words. */
const WRITTEN_KINDS: ReadonlySet<Source['kind']> = new Set(['article', 'interview', 'statement', 'reference']);

export function quoteItem(
  site: PageSite,
  quote: Quote,
  options: {
    anchor?: Anchor | undefined;
    event?: { id: string; title: string } | undefined;
    cite?: Citer | undefined;
  } = {},
): QuoteItem {
  const attributed = (source: string, locator: string | undefined, mark: string): Attributed => ({
    source: sourceLabel(site, source),
    locator,
    mark: options.cite?.(source, locator, `${quote.id}-${mark}`),
  });
  // The page that prints the words: where we read them when another source quotes them,
  // else the source's own; only a written text (a book's address is a catalogue page, a broadcast's a recording).
  const printedIn = site.sources.get(quote.via?.source ?? quote.source)?.data;
  const url = printedIn && WRITTEN_KINDS.has(printedIn.kind) ? printedIn.url : undefined;
  return {
    anchor: options.anchor,
    id: quote.id,
    // Only words the source printed itself: a report or a paraphrase is not on the page word for word.
    wordsUrl: quote.attribution === 'firsthand' && url ? textFragmentUrl(url, quote.text) : undefined,
    text: quote.text,
    attribution: quote.attribution,
    attributionLabel: ATTRIBUTION_LABEL[quote.attribution],
    speakers: quote.speakers.map((s) => personName(site, s)),
    speakerDescription: quote.speakerDescription,
    addressee: quote.addressee === undefined ? undefined : personName(site, quote.addressee),
    event: options.event,
    source: attributed(quote.source, quote.locator, 'source'),
    via: quote.via && attributed(quote.via.source, quote.via.locator, 'via'),
    note: quote.note,
    weak: weakChain([quote.source, quote.via?.source], siteStandings(site)),
  };
}

export interface ReferenceItem {
  n: number;
  source: SourceLabel;
  locator?: string | undefined;
  note?: string | undefined;
  /** Ids of every mark that cites it, in the order they were handed out. */
  backlinks: string[];
}

export interface References {
  /** Sources the page cites, each with links back to where. */
  cited: ReferenceItem[];
  /** Listed for the entry but cited nowhere on the page: each says what it supports. */
  further: (ReferenceItem & { supports?: string | undefined })[];
}

/**
 * Numbers the page's own marks on from the body's and collects the way back from each
 * reference. A source cited with a locator the list lacks is matched by source alone.
 */
export function referenceCiter(references: readonly Reference[]): { cite: Citer; backlinks: Map<number, string[]> } {
  const byKey = new Map(references.map((r) => [referenceKey(r.source, r.locator), r]));
  const bySource = new Map<string, Reference>();
  for (const r of references) if (!bySource.has(r.source)) bySource.set(r.source, r);
  const backlinks = new Map(
    references.map((r) => [r.n, Array.from({ length: r.uses }, (_, k) => citationId(r.n, k + 1))]),
  );
  const cite: Citer = (source, locator, markId) => {
    const ref = byKey.get(referenceKey(source, locator)) ?? bySource.get(source);
    if (!ref) return undefined;
    const ids = backlinks.get(ref.n) ?? [];
    const id = markId ?? citationId(ref.n, ids.length + 1);
    ids.push(id);
    backlinks.set(ref.n, ids);
    return { n: ref.n, id };
  };
  return { cite, backlinks };
}

export function referenceList(
  site: PageSite,
  references: readonly Reference[],
  backlinks: ReadonlyMap<number, readonly string[]>,
): References {
  const out: References = { cited: [], further: [] };
  for (const r of references) {
    const item: ReferenceItem = {
      n: r.n,
      source: sourceLabel(site, r.source),
      locator: r.locator,
      note: r.note,
      backlinks: [...(backlinks.get(r.n) ?? [])],
    };
    if (item.backlinks.length > 0) out.cited.push(item);
    else out.further.push({ ...item, supports: r.note ?? site.sources.get(r.source)?.data.description });
  }
  return out;
}

export interface MentionItem {
  id: string;
  title: string;
  /** The record's own sentence that links here: an excerpt of our text, not a quotation. */
  sentence: string;
  /** A source whose title is a work's: in italics. */
  work: boolean;
}

export interface MentionGroup {
  collection: Collection;
  /** "Event pages", "Person pages", "Source pages": never the same as another heading ("Sources"). */
  label: string;
  items: MentionItem[];
}

/**
 * How a page names another entry: a person by name, an event by title, a source by title, in
 * italics (`work`) when the title is a work's own rather than a description the record wrote.
 */
export function entryTitle(site: PageSite, collection: Collection, id: string): { title: string; work: boolean } {
  if (collection === 'people') return { title: site.people.get(id)?.data.name ?? id, work: false };
  if (collection === 'events') return { title: site.events.get(id)?.data.title ?? id, work: false };
  const source = site.sources.get(id)?.data;
  return { title: source?.title ?? id, work: source?.titleIsDescriptive === false };
}

/**
 * An entry's title as its page heads it, in plain text: a person's name with their
 * disambiguation ("Jane Doe (painter)"), so two people of one name read apart wherever
 * the record lists entries by title (history, changes, corrections, citations).
 */
export function plainEntryTitle(site: PageSite, collection: Collection, id: string): string | undefined {
  if (collection === 'people') {
    const p = site.people.get(id)?.data;
    return p && (p.disambiguation ? `${p.name} (${plainText(p.disambiguation)})` : p.name);
  }
  const title = site[collection].get(id)?.data.title;
  return title === undefined ? undefined : plainText(title);
}

/** Entries whose text links here, grouped by kind in the order events, people, sources. */
export function groupMentions(site: PageSite, mentions: readonly Mention[]): MentionGroup[] {
  const order: Collection[] = ['events', 'people', 'sources'];
  return order
    .map((collection) => ({
      collection,
      label: `${KINDS[collection].label} pages`,
      items: mentions
        .filter((m) => m.collection === collection)
        .map((m) => ({ id: m.id, ...entryTitle(site, collection, m.id), sentence: m.sentence })),
    }))
    .filter((g) => g.items.length > 0);
}

/** Headings for the contents list, leaving out any the page does not show. */
export function headingsOf(list: readonly (Heading | false | undefined)[]): Heading[] {
  return list.filter((h): h is Heading => Boolean(h));
}
