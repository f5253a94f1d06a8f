/**
 * The event page as data: what the template at src/pages/events/[id].astro renders, in
 * the order a reader needs it (the lead, the facts at a glance, the narrative of what
 * happened, how the accounts of it differ, the quotations, the sources).
 */
import { tagLabel } from './tags.ts';
import { bodyMeta } from '../record/body-meta.ts';
import { formatRange, type HistoricalDate } from '../time/dates.ts';
import { KINDS } from '../kinds.ts';
import type { SearchDocument } from '../search/document.ts';
import { weakChain } from '../record/standing.ts';
import { participantRows, type ParticipantRow } from '../graph/views.ts';
import { EVENT_SECTIONS } from '../sections.ts';
import {
  groupMentions,
  headingsOf,
  quoteItem,
  referenceCiter,
  referenceList,
  siteStandings,
  sourceLabel,
  type Attributed,
  type Heading,
  type MentionGroup,
  type PageSite,
  type QuoteItem,
  type References,
  entryFor,
} from './shared.ts';

export interface AccountItem {
  /** Its stable id (src/lib/record/anchors.ts): the section's id, and the target of its link to itself. */
  id: string;
  /** Ids it had before, still resolved on the page (content/ids.yaml). */
  aliases: string[];
  point: string;
  note?: string | undefined;
  /** `weak`: read only through a weak source, marked "better source needed". */
  versions: { source: Attributed; via?: Attributed | undefined; says: string; weak: boolean }[];
}

export interface EventPage {
  id: string;
  title: string;
  summary: string;
  date: HistoricalDate;
  end?: HistoricalDate | undefined;
  /** "6 November 2024", "4–5 March 1869". */
  dateText: string;
  place?: string | undefined;
  /** The event's tags, each linking to its page. */
  topics: { tag: string; label: string }[];
  participants: ParticipantRow[];
  /** How many sources the event lists. */
  sourceCount: number;
  accounts: AccountItem[];
  quotes: QuoteItem[];
  references: References;
  mentions: MentionGroup[];
  /** The contents list, in page order: template sections around the body's own headings. */
  headings: Heading[];
  search: SearchDocument;
  updated?: string | undefined;
}

export function eventPage(site: PageSite, id: string): EventPage {
  const entry = entryFor(site, 'events', id);
  const e = entry.data;
  const meta = bodyMeta(entry);
  const { cite, backlinks } = referenceCiter(meta.references);
  const participants = participantRows(e, (p) => site.people.get(p)?.data);
  const aliases = new Map(Object.entries(meta.aliases ?? {}));

  // Marks are handed out in page order: after the narrative's own, the accounts', then the quotations'.
  const accounts: AccountItem[] = e.accounts.map((account) => ({
    id: account.id,
    aliases: aliases.get(account.id) ?? [],
    point: account.point,
    note: account.note,
    versions: account.versions.map((v, j) => ({
      source: {
        source: sourceLabel(site, v.source),
        locator: v.locator,
        mark: cite(v.source, v.locator, `${account.id}-${j + 1}-source`),
      },
      via: v.via && {
        source: sourceLabel(site, v.via.source),
        locator: v.via.locator,
        mark: cite(v.via.source, v.via.locator, `${account.id}-${j + 1}-via`),
      },
      says: v.says,
      weak: weakChain([v.source, v.via?.source], siteStandings(site)),
    })),
  }));
  const quotes = e.quotes.map((quote) =>
    quoteItem(site, quote, { anchor: { id: quote.id, aliases: aliases.get(quote.id) ?? [] }, cite }),
  );
  const references = referenceList(site, meta.references, backlinks);
  const mentions = groupMentions(site, site.graph.events.get(id)?.mentionedIn ?? []);
  const body = meta.headings
    .filter((h) => h.depth === 2 || h.depth === 3)
    .map((h) => ({ id: h.slug, text: h.text, depth: h.depth as 2 | 3 }));
  const citedSources = [...new Set(meta.references.map((r) => r.source))];

  return {
    id,
    title: e.title,
    summary: e.summary,
    date: e.date,
    end: e.end,
    dateText: formatRange(e.date, e.end),
    place: e.place,
    topics: e.tags.map((tag) => ({ tag, label: tagLabel(tag) })),
    participants,
    sourceCount: meta.references.length,
    accounts,
    quotes,
    references,
    mentions,
    headings: headingsOf([
      { id: EVENT_SECTIONS.glance, text: 'At a glance', depth: 2 },
      ...body,
      accounts.length > 0 && { id: EVENT_SECTIONS.accounts, text: 'How the accounts differ', depth: 2 },
      quotes.length > 0 && { id: EVENT_SECTIONS.quotes, text: 'Quotations', depth: 2 },
      meta.references.length > 0 && { id: EVENT_SECTIONS.sources, text: 'Sources', depth: 2 },
      mentions.length > 0 && { id: EVENT_SECTIONS.mentions, text: 'Mentioned in', depth: 2 },
    ]),
    search: {
      kind: 'event',
      kindLabel: KINDS.events.label,
      dateText: formatRange(e.date, e.end),
      years: [e.date.year],
      people: participants.map((r) => r.name),
      sources: citedSources.map((s) => site.sources.get(s)?.data.title ?? s),
      topics: e.tags.map(tagLabel),
      tags: e.tags.map(tagLabel),
      sourceCount: e.sources.length,
    },
    updated: meta.updated,
  };
}
