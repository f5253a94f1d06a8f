/**
 * The link graph: every relation between entries, built once per build in one pass
 * over the record. Pure functions returning maps, so pages look relations up instead
 * of scanning all entries, and the cost stays linear in the size of the record.
 */
import { compareEvents } from '../time/dates.ts';
import type { Collection } from '../kinds.ts';
import type { BodyCitation, BodyLink } from '../record/body/parse.ts';
import type { Event } from '../../schemas/event.ts';
import type { Person } from '../../schemas/person.ts';
import type { Source } from '../../schemas/source.ts';

export interface GraphEntry<D> {
  id: string;
  data: D;
  links: readonly Pick<BodyLink, 'collection' | 'id' | 'sentence'>[];
  citations: readonly Pick<BodyCitation, 'source' | 'locator' | 'sentence' | 'claim'>[];
}

export interface GraphInput {
  people: readonly GraphEntry<Person>[];
  events: readonly GraphEntry<Event>[];
  sources: readonly GraphEntry<Source>[];
}

export interface EntryRef {
  collection: Collection;
  id: string;
}

/** A body that links to an entry, with the sentence the link stands in. */
export interface Mention extends EntryRef {
  sentence: string;
}

export interface QuoteRef {
  event: string;
  /** Index in the event's `quotes`. */
  quote: number;
}

export interface PersonRelations {
  /** Events they took part in, chronological, with their part. */
  participant: { event: string; role: string }[];
  /** Quotes they said or wrote. */
  quoted: QuoteRef[];
  /** Quotes said to them. */
  addressed: QuoteRef[];
  /** Quotes that name them in `about`. */
  about: QuoteRef[];
  /** Sources they wrote, photographed or spoke. */
  authored: string[];
  /** Entries whose body links to them. */
  mentionedIn: Mention[];
  /** People they share events with, most shared events first. */
  coParticipants: { person: string; events: string[] }[];
}

export interface SourceRelations {
  /** Events that list it among their sources. */
  events: { event: string; locator?: string }[];
  /** Quotes it records, or through which we read a quote (`via`). */
  quotes: (QuoteRef & { via: boolean; locator?: string })[];
  /** Differing accounts in which it gives a version. */
  accounts: { event: string; account: number; version: number }[];
  /** People pages that rely on it. */
  people: { person: string; locator?: string }[];
  /** Sentences that cite it inline: the claims it supports. */
  claims: (EntryRef & { sentence: string; locator?: string; claim?: string })[];
  /** Entries whose body links to it. */
  mentionedIn: Mention[];
}

export interface EventRelations {
  mentionedIn: Mention[];
}

export interface Graph {
  /** Event ids in chronological order. */
  chronology: string[];
  people: Map<string, PersonRelations>;
  events: Map<string, EventRelations>;
  sources: Map<string, SourceRelations>;
}

function emptyPerson(): PersonRelations {
  return { participant: [], quoted: [], addressed: [], about: [], authored: [], mentionedIn: [], coParticipants: [] };
}

function emptySource(): SourceRelations {
  return { events: [], quotes: [], accounts: [], people: [], claims: [], mentionedIn: [] };
}

/** Chronological order of events, same-day ties included: see compareEvents. */
export function chronology(events: readonly GraphEntry<Event>[]): string[] {
  return [...events]
    .sort((a, b) =>
      compareEvents({ id: a.id, date: a.data.date, end: a.data.end }, { id: b.id, date: b.data.date, end: b.data.end }),
    )
    .map((e) => e.id);
}

export function buildGraph(input: GraphInput): Graph {
  const people = new Map(input.people.map((p) => [p.id, emptyPerson()]));
  const sources = new Map(input.sources.map((s) => [s.id, emptySource()]));
  const events = new Map(input.events.map((e) => [e.id, { mentionedIn: [] as Mention[] }]));
  const order = chronology(input.events);
  const byId = new Map(input.events.map((e) => [e.id, e]));
  const pairs = new Map<string, Map<string, string[]>>();

  const mention = (from: EntryRef, entry: GraphEntry<unknown>) => {
    const seen = new Set<string>();
    for (const link of entry.links) {
      const key = `${link.collection}/${link.id}`;
      // One mention per target and entry: the first sentence that links to it.
      if (seen.has(key) || (link.collection === from.collection && link.id === from.id)) continue;
      seen.add(key);
      const target =
        link.collection === 'people'
          ? people.get(link.id)
          : link.collection === 'sources'
            ? sources.get(link.id)
            : events.get(link.id);
      target?.mentionedIn.push({ ...from, sentence: link.sentence });
    }
    for (const cite of entry.citations) {
      sources.get(cite.source)?.claims.push({
        ...from,
        sentence: cite.sentence,
        ...(cite.locator ? { locator: cite.locator } : {}),
        ...(cite.claim ? { claim: cite.claim } : {}),
      });
    }
  };

  // Events in chronological order, so every list built from them is chronological too.
  for (const id of order) {
    const event = byId.get(id);
    if (!event) continue;
    const e = event.data;
    for (const p of e.participants) people.get(p.person)?.participant.push({ event: id, role: p.role });
    for (const p of e.participants) {
      for (const other of e.participants) {
        if (other.person === p.person) continue;
        let row = pairs.get(p.person);
        if (!row) pairs.set(p.person, (row = new Map()));
        const shared = row.get(other.person);
        if (shared) shared.push(id);
        else row.set(other.person, [id]);
      }
    }
    for (const s of e.sources)
      sources.get(s.source)?.events.push({ event: id, ...(s.locator ? { locator: s.locator } : {}) });
    e.quotes.forEach((q, quote) => {
      for (const speaker of q.speakers) people.get(speaker)?.quoted.push({ event: id, quote });
      if (q.addressee) people.get(q.addressee)?.addressed.push({ event: id, quote });
      for (const person of q.about) people.get(person)?.about.push({ event: id, quote });
      sources
        .get(q.source)
        ?.quotes.push({ event: id, quote, via: false, ...(q.locator ? { locator: q.locator } : {}) });
      if (q.via)
        sources
          .get(q.via.source)
          ?.quotes.push({ event: id, quote, via: true, ...(q.via.locator ? { locator: q.via.locator } : {}) });
    });
    e.accounts.forEach((a, account) => {
      a.versions.forEach((v, version) => {
        sources.get(v.source)?.accounts.push({ event: id, account, version });
        if (v.via && v.via.source !== v.source)
          sources.get(v.via.source)?.accounts.push({ event: id, account, version });
      });
    });
    mention({ collection: 'events', id }, event);
  }

  for (const person of input.people) {
    for (const s of person.data.sources) {
      sources.get(s.source)?.people.push({ person: person.id, ...(s.locator ? { locator: s.locator } : {}) });
    }
    mention({ collection: 'people', id: person.id }, person);
  }

  for (const source of input.sources) {
    for (const author of source.data.authors) {
      if ('person' in author) people.get(author.person)?.authored.push(source.id);
    }
    mention({ collection: 'sources', id: source.id }, source);
  }

  for (const [person, row] of pairs) {
    const relations = people.get(person);
    if (!relations) continue;
    relations.coParticipants = [...row]
      .map(([other, shared]) => ({ person: other, events: shared }))
      .sort((a, b) => b.events.length - a.events.length || (a.person < b.person ? -1 : 1));
  }

  return { chronology: order, people, events, sources };
}
