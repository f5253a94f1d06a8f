/**
 * The source page as data: what the source is, then what the record uses it for (the
 * events it supports, the sentences cited to it, the quotations and versions it gives),
 * then what links here.
 */
import { bodyMeta } from '../record/body-meta.ts';
import { formatDate, type HistoricalDate } from '../time/dates.ts';
import type { Collection } from '../kinds.ts';
import type { SearchDocument } from '../search/document.ts';
import { KIND_LABEL } from '../graph/views.ts';
import { parseArchiveAddress } from '../record/archive-url.ts';
import { STANDINGS, type Standing } from '../../schemas/source.ts';
import {
  groupMentions,
  headingsOf,
  personName,
  quoteItem,
  referenceCiter,
  referenceList,
  type Heading,
  type MentionGroup,
  type PageSite,
  type QuoteItem,
  type References,
  entryFor,
  entryTitle,
} from './shared.ts';
import { SOURCE_SECTIONS } from '../sections.ts';

export interface SourcePage {
  id: string;
  title: string;
  /** The record wrote the title: plain text, never italics. */
  descriptive: boolean;
  /** For the page's meta description: what it is, or its kind and publisher. */
  description: string;
  kindLabel: string;
  subtitle?: string | undefined;
  /** "Photographer", "Author", "Authors". */
  authorsLabel: string;
  /** Authors in credit order: those with a page carry their id. */
  authors: { id?: string | undefined; name: string }[];
  publisherLabel: string;
  publisher?: string | undefined;
  published?: HistoricalDate | undefined;
  isbn?: string | undefined;
  url?: string | undefined;
  host?: string | undefined;
  /** What kind of source it is for the reader, and what that means. */
  standing: { value: Standing; label: string; description: string; weak: boolean };
  /** The original a copy or aggregator reproduces, when known: its page here, or its address. */
  copyOf?: { href: string; text: string; external: boolean } | undefined;
  /** An archived copy of `url`, with Robust Links' version date. */
  archived?: { url: string; versionDate: string; captured: HistoricalDate } | undefined;
  /** The day the record last read the page. */
  accessed?: HistoricalDate | undefined;
  events: { id: string; title: string; locator?: string | undefined }[];
  claims: {
    collection: Collection;
    id: string;
    title: string;
    work: boolean;
    sentence: string;
    locator?: string | undefined;
    /** The sentence's id on its entry's page, where the claim links. */
    claim?: string | undefined;
  }[];
  quotes: QuoteItem[];
  /** Its versions of contested points, each with the account's id on the event page. */
  accounts: { event: { id: string; title: string }; id: string; point: string; says: string }[];
  people: { id: string; name: string; locator?: string | undefined }[];
  /** How many entries and passages it supports, of every kind. */
  supportCount: number;
  mentions: MentionGroup[];
  references: References;
  headings: Heading[];
  search: SearchDocument;
  updated?: string | undefined;
}

function copyOfLink(site: PageSite, copyOf: string): NonNullable<SourcePage['copyOf']> {
  if (copyOf.includes(':')) return { href: copyOf, text: new URL(copyOf).hostname, external: true };
  return { href: copyOf, text: entryTitle(site, 'sources', copyOf).title, external: false };
}

export function sourcePage(site: PageSite, id: string): SourcePage {
  const entry = entryFor(site, 'sources', id);
  const s = entry.data;
  const meta = bodyMeta(entry);
  const relations = site.graph.sources.get(id);
  const eventTitle = (e: string) => entryTitle(site, 'events', e).title;

  const events = (relations?.events ?? []).map((r) => ({
    id: r.event,
    title: eventTitle(r.event),
    locator: r.locator,
  }));
  const claims = (relations?.claims ?? []).map((c) => ({ ...c, ...entryTitle(site, c.collection, c.id) }));
  const quotes = (relations?.quotes ?? []).flatMap((ref) => {
    const event = site.events.get(ref.event);
    const quote = event?.data.quotes[ref.quote];
    return event && quote ? [quoteItem(site, quote, { event: { id: event.id, title: event.data.title } })] : [];
  });
  const accounts = (relations?.accounts ?? []).flatMap((ref) => {
    const event = site.events.get(ref.event);
    const account = event?.data.accounts[ref.account];
    const version = account?.versions[ref.version];
    return event && account && version
      ? [{ event: { id: event.id, title: event.data.title }, id: account.id, point: account.point, says: version.says }]
      : [];
  });
  const people = (relations?.people ?? []).map((r) => ({ ...personName(site, r.person), locator: r.locator }));
  const mentions = groupMentions(site, relations?.mentionedIn ?? []);
  const { backlinks } = referenceCiter(meta.references);
  const references = referenceList(site, meta.references, backlinks);
  const kindLabel = KIND_LABEL[s.kind];
  const archive = s.archived === undefined ? undefined : parseArchiveAddress(s.archived);
  const standing = STANDINGS[s.standing];

  return {
    id,
    title: s.title,
    descriptive: s.titleIsDescriptive,
    description: s.description ?? `${kindLabel}${s.publisher ? `, ${s.publisher}` : ''}`,
    kindLabel,
    subtitle: s.subtitle,
    authorsLabel: s.kind === 'photo' ? 'Photographer' : s.authors.length === 1 ? 'Author' : 'Authors',
    authors: s.authors.map((a) => ('person' in a ? personName(site, a.person) : { name: a.name })),
    publisherLabel: s.kind === 'book' ? 'Publisher' : 'Published by',
    publisher: s.publisher,
    published: s.published,
    isbn: s.isbn,
    url: s.url,
    host: s.url === undefined ? undefined : new URL(s.url).hostname,
    standing: { value: s.standing, label: standing.label, description: standing.description, weak: standing.weak },
    copyOf: s.copyOf === undefined ? undefined : copyOfLink(site, s.copyOf),
    archived:
      archive?.ok && s.archived
        ? { url: s.archived, versionDate: archive.value.capturedAt, captured: archive.value.captured }
        : undefined,
    accessed: s.accessed,
    events,
    claims,
    quotes,
    accounts,
    people,
    supportCount: events.length + claims.length + quotes.length + accounts.length + people.length,
    mentions,
    references,
    headings: headingsOf([
      ...meta.headings.filter((h) => h.depth === 2).map((h) => ({ id: h.slug, text: h.text, depth: 2 as const })),
      events.length + claims.length + quotes.length + accounts.length + people.length > 0 && {
        id: SOURCE_SECTIONS.supports,
        text: 'What this source supports',
        depth: 2,
      },
      events.length > 0 && { id: SOURCE_SECTIONS.events, text: 'Events it supports', depth: 3 },
      claims.length > 0 && { id: SOURCE_SECTIONS.claims, text: 'Sentences cited to it', depth: 3 },
      quotes.length > 0 && { id: SOURCE_SECTIONS.quotes, text: 'Quotations it records', depth: 3 },
      accounts.length > 0 && { id: SOURCE_SECTIONS.accounts, text: 'Its versions of contested points', depth: 3 },
      people.length > 0 && { id: SOURCE_SECTIONS.people, text: 'People', depth: 3 },
      meta.references.length > 0 && { id: SOURCE_SECTIONS.sources, text: 'Sources', depth: 2 },
      mentions.length > 0 && { id: SOURCE_SECTIONS.mentions, text: 'Mentioned in', depth: 2 },
    ]),
    search: {
      kind: 'source',
      kindLabel,
      dateText: s.published && formatDate(s.published),
      sources: [s.title],
      years: s.published ? [s.published.year] : [],
      authors: s.authors.map((a) => ('person' in a ? (site.people.get(a.person)?.data.name ?? a.person) : a.name)),
      form: s.kind,
    },
    updated: meta.updated,
  };
}
