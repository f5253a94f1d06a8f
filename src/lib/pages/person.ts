/**
 * The person page as data: who they are, their part in events over time, what they said
 * and what was said to them, what they wrote, who they appear with, and what links here.
 */
import { bodyMeta } from '../record/body-meta.ts';
import type { HistoricalDate } from '../time/dates.ts';
import type { QuoteRef } from '../graph/graph.ts';
import { KINDS } from '../kinds.ts';
import type { SearchDocument } from '../search/document.ts';
import { relationInput, relationsOf, type Relation } from '../graph/network.ts';
import { ageText } from '../graph/views.ts';
import {
  groupMentions,
  headingsOf,
  quoteItem,
  referenceCiter,
  referenceList,
  sourceLabel,
  type Heading,
  type MentionGroup,
  type PageSite,
  type QuoteItem,
  type References,
  type SourceLabel,
  type CiteMark,
  entryFor,
  entryTitle,
} from './shared.ts';
import { PERSON_SECTIONS } from '../sections.ts';
import { MAX_TIMELINE_EVENTS } from '../figures/timeline.ts';
import { figureShowsMore } from './timeline-pages.ts';

export interface PersonEvent {
  id: string;
  title: string;
  summary: string;
  date: HistoricalDate;
  end?: HistoricalDate | undefined;
  /** Their part, and their age on the day when the record can say: "conceded by phone; age 60". */
  detail: string;
  /** Age on the day ("60", "77 or 78"), when the record can say. */
  age?: string | undefined;
}

/** A role as the page lists it: dates only as far as the record knows them, and a mark for each source. */
export interface RoleItem {
  title: string;
  organisation?: string | undefined;
  from?: HistoricalDate | undefined;
  to?: HistoricalDate | undefined;
  marks: CiteMark[];
}

export interface PersonPage {
  id: string;
  name: string;
  /** What tells this person apart from another of the same name ("the journalist"). */
  disambiguation?: string | undefined;
  description: string;
  fullName?: string | undefined;
  born?: HistoricalDate | undefined;
  birthplace?: string | undefined;
  died?: HistoricalDate | undefined;
  /** Age at death, when the record can say. */
  agedAtDeath?: string | undefined;
  aliases: string[];
  /** Whether the entry has a biography (its body), shown under its own heading. */
  biography: boolean;
  roles: RoleItem[];
  /** Events they took part in, oldest first. */
  events: PersonEvent[];
  /** Whether their events are drawn as a timeline above their list: only where it shows more than the list. */
  figure: boolean;
  said: QuoteItem[];
  saidTo: QuoteItem[];
  saidAbout: QuoteItem[];
  authored: { source: SourceLabel }[];
  /** People they are related to and how (events together, quotations, writing), most relations first. */
  related: (Relation & { name: string })[];
  mentions: MentionGroup[];
  references: References;
  /** How many entries they appear in, of every kind. */
  appearances: number;
  headings: Heading[];
  search: SearchDocument;
  updated?: string | undefined;
}

/** Per build: everyone each source covers, found once however many person pages ask. */
const covered = new WeakMap<PageSite, Map<string, readonly string[]>>();

/** The participants of the events citing a source and the people whose pages cite it. */
function coveredBy(site: PageSite, source: string): readonly string[] {
  let bySource = covered.get(site);
  if (!bySource) covered.set(site, (bySource = new Map()));
  let people = bySource.get(source);
  if (!people) {
    const uses = site.graph.sources.get(source);
    people = [
      ...(uses?.events ?? []).flatMap((e) => site.events.get(e.event)?.data.participants.map((x) => x.person) ?? []),
      ...(uses?.people ?? []).map((x) => x.person),
    ];
    bySource.set(source, people);
  }
  return people;
}

export function personPage(site: PageSite, id: string): PersonPage {
  const entry = entryFor(site, 'people', id);
  const p = entry.data;
  const meta = bodyMeta(entry);
  const relations = site.graph.people.get(id);
  const events: PersonEvent[] = (relations?.participant ?? []).flatMap((r) => {
    const event = site.events.get(r.event)?.data;
    if (!event) return [];
    const age = ageText(p.born, event.date, { end: event.end, died: p.died });
    const detail = [r.role, age && `age ${age}`].filter(Boolean).join('; ');
    return [{ id: r.event, title: event.title, summary: event.summary, date: event.date, end: event.end, detail, age }];
  });
  const quotes = (refs: readonly QuoteRef[]) =>
    refs.flatMap((ref) => {
      const event = site.events.get(ref.event);
      const quote = event?.data.quotes[ref.quote];
      return event && quote ? [quoteItem(site, quote, { event: { id: event.id, title: event.data.title } })] : [];
    });
  const said = quotes(relations?.quoted ?? []);
  const saidTo = quotes(relations?.addressed ?? []);
  const saidAbout = quotes(relations?.about ?? []);
  const authored = (relations?.authored ?? [])
    .filter((s) => site.sources.has(s))
    .map((s) => ({ source: sourceLabel(site, s) }));
  const nameOf = (person: string) => entryTitle(site, 'people', person).title;
  const quoteData = (refs: readonly QuoteRef[]) =>
    refs.flatMap((ref) => site.events.get(ref.event)?.data.quotes[ref.quote] ?? []);
  const related = relationsOf(
    id,
    relationInput({
      together: relations?.coParticipants ?? [],
      quotes: [
        ...quoteData(relations?.quoted ?? []),
        ...quoteData(relations?.addressed ?? []),
        ...quoteData(relations?.about ?? []),
      ],
      sourceIds: [
        ...p.sources.map((s) => s.source),
        ...events.flatMap((e) => site.events.get(e.id)?.data.sources.map((s) => s.source) ?? []),
        ...(relations?.authored ?? []),
      ],
      authorsOf: (source) =>
        (site.sources.get(source)?.data.authors ?? []).flatMap((a) => ('person' in a ? [a.person] : [])),
      coveredBy: (source) => coveredBy(site, source),
    }),
    nameOf,
  ).map((r) => ({ ...r, name: nameOf(r.person) }));
  const mentions = groupMentions(site, relations?.mentionedIn ?? []);
  const { cite, backlinks } = referenceCiter(meta.references);
  // Marks are handed out in page order: the biography's own, then the roles' (which follow it).
  const roles: RoleItem[] = p.roles.map((r, i) => ({
    title: r.title,
    organisation: r.organisation,
    from: r.from,
    to: r.to,
    marks: r.sources.flatMap((c, j) => cite(c.source, c.locator, `role-${i + 1}-source-${j + 1}`) ?? []),
  }));
  const references = referenceList(site, meta.references, backlinks);
  const biography = (meta.text ?? '').trim() !== '';
  const agedAtDeath = p.died ? ageText(p.born, p.died) : undefined;
  const mentionCount = mentions.reduce((n, g) => n + g.items.length, 0);

  return {
    id,
    name: p.name,
    disambiguation: p.disambiguation,
    description: p.description,
    fullName: p.fullName,
    born: p.born,
    birthplace: p.birthplace,
    died: p.died,
    agedAtDeath,
    aliases: p.aliases,
    biography,
    roles,
    events,
    figure: events.length <= MAX_TIMELINE_EVENTS && figureShowsMore(events, 'year'),
    said,
    saidTo,
    saidAbout,
    authored,
    related,
    mentions,
    references,
    appearances: events.length + said.length + saidTo.length + saidAbout.length + authored.length + mentionCount,
    headings: headingsOf([
      // The body, the person's story in the record's words, comes first, under its own heading; then their roles.
      biography && { id: PERSON_SECTIONS.biography, text: 'Biography', depth: 2 },
      ...meta.headings.filter((h) => h.depth === 2).map((h) => ({ id: h.slug, text: h.text, depth: 2 as const })),
      p.roles.length > 0 && { id: PERSON_SECTIONS.roles, text: 'Roles', depth: 2 },
      events.length > 0 && { id: PERSON_SECTIONS.events, text: 'Timeline of events', depth: 2 },
      said.length > 0 && { id: PERSON_SECTIONS.quoted, text: `What ${p.name} said`, depth: 2 },
      saidTo.length > 0 && { id: PERSON_SECTIONS.addressed, text: `What was said to ${p.name}`, depth: 2 },
      saidAbout.length > 0 && { id: PERSON_SECTIONS.about, text: `What was said about ${p.name}`, depth: 2 },
      authored.length > 0 && { id: PERSON_SECTIONS.authored, text: 'Author of', depth: 2 },
      related.length > 0 && { id: PERSON_SECTIONS.related, text: 'Related people', depth: 2 },
      mentions.length > 0 && { id: PERSON_SECTIONS.mentions, text: 'Mentioned in', depth: 2 },
      meta.references.length > 0 && { id: PERSON_SECTIONS.sources, text: 'Sources', depth: 2 },
    ]),
    search: {
      kind: 'person',
      kindLabel: KINDS.people.label,
      people: [p.name],
      aliases: [...(p.fullName ? [p.fullName] : []), ...p.aliases],
    },
    updated: meta.updated,
  };
}
