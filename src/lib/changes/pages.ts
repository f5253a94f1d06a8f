/**
 * What each page of the site shows that comes from other entries or from computation:
 * backlinks, relations, names and titles of what it links to, offices and ages on the
 * day, timeline marks, counts. Computed from the record and the link graph the build
 * uses, without building; comparing two versions names every page a change reaches.
 * Mirrors src/pages/: a section added to a page belongs here too.
 */
import { formatRange, type HistoricalDate } from '../time/dates.ts';
import { buildGraph, type Graph, type QuoteRef } from '../graph/graph.ts';
import { KINDS, type Collection } from '../kinds.ts';
import { defaultSortName } from '../text/names.ts';
import { officeOn } from '../time/offices.ts';
import type { RecordContent } from '../record/entry.ts';
import { MAX_TIMELINE_EVENTS } from '../figures/timeline.ts';
import { ageText, groupByYear, joinNames, KIND_LABEL } from '../graph/views.ts';
import type { Event, Quote } from '../../schemas/event.ts';
import { namesOf, quoteKeys } from './describe.ts';
import { firstWords, type Item } from './items.ts';

export interface Page {
  /** "events/harris-concession-call", "people/", "timeline/2024", "home". */
  id: string;
  /** The entry behind an entry page. */
  entry?: { collection: Collection; id: string };
  title: string;
  items: Item[];
}

/** Maps an id of the older record to the id the entry has now (renames). */
export type Canon = (collection: Collection, id: string) => string;
const same: Canon = (_c, id) => id;

export function graphOf(record: RecordContent): Graph {
  return buildGraph({
    people: [...record.people.values()],
    events: [...record.events.values()],
    sources: [...record.sources.values()],
  });
}

type Parts = [string, string][];
/** A page's item; a change names its section first: "Spoken about: quote “…”: speaker A → B". */
const item = (list: string, noun: string, key: string, name: string, parts: Parts, own = false): Item => ({
  list,
  noun: `${list}: ${noun}`,
  key,
  name,
  parts,
  ...(own ? { own } : {}),
});
const dateText = (d: { date: HistoricalDate; end?: HistoricalDate | undefined }) => formatRange(d.date, d.end);
/** Own data in a key: when the page's own file changes it, the item reads as replaced, not as a consequence. */
const ownKey = (key: string, data: unknown) => `${key}\u0000${JSON.stringify(data)}`;

/**
 * `only` limits entry pages to those named ("people/donald-trump", ids as they are after
 * renames); index pages are always computed. At 10,000 events, computing every page
 * twice costs more than reading the records.
 */
export function pagesOf(
  record: RecordContent,
  graph: Graph,
  canon: Canon = same,
  only?: ReadonlySet<string>,
): Map<string, Page> {
  const wanted = (collection: Collection, id: string) => !only || only.has(`${collection}/${canon(collection, id)}`);
  const names = namesOf(record);
  const pages = new Map<string, Page>();
  const add = (page: Page) => pages.set(page.id, page);
  const keysOf = new Map<string, string[]>();
  const quoteKey = (event: string, i: number) => {
    let keys = keysOf.get(event);
    if (!keys) keysOf.set(event, (keys = quoteKeys(record.events.get(event)?.data.quotes.map((q) => q.text) ?? [])));
    return keys[i] ?? String(i);
  };
  const ref = (collection: Collection, id: string) => `${collection}/${canon(collection, id)}`;
  const speakerOf = (q: Quote) =>
    q.speakers.length ? joinNames(q.speakers.map(names.person)) : (q.speakerDescription ?? '');
  const quoteParts = (q: Quote, event: string, withEvent: boolean): Parts => [
    ['speaker', speakerOf(q)],
    ['to', q.addressee ? names.person(q.addressee) : ''],
    ...(withEvent ? ([['in', names.event(event)]] as Parts) : []),
    ['source', names.source(q.source)],
    ['as quoted in', q.via ? names.source(q.via.source) : ''],
  ];
  const quoteItems = (list: string, refs: readonly (QuoteRef & { via?: boolean })[]) =>
    refs.flatMap((r) => {
      const q = record.events.get(r.event)?.data.quotes[r.quote];
      if (!q) return [];
      const key = `${ref('events', r.event)}#${quoteKey(r.event, r.quote)}${r.via ? '#via' : ''}`;
      return [item(list, 'quote', key, firstWords(q.text), quoteParts(q, r.event, true))];
    });
  const mentions = (list: { collection: Collection; id: string; sentence: string }[]) =>
    list.map((m) =>
      item('Mentioned in', 'mention in', ref(m.collection, m.id), names.title(m.collection, m.id), [
        ['sentence', m.sentence],
      ]),
    );
  const references = (
    sources: readonly { source: string; locator?: string | undefined }[],
    cites: readonly { source: string; locator?: string | undefined }[],
  ) => {
    const seen = new Set<string>();
    return [...cites, ...sources].flatMap((s) => {
      if (seen.has(s.source)) return [];
      seen.add(s.source);
      return [
        item(
          'Sources',
          'source',
          ownKey(ref('sources', s.source), s.source),
          names.source(s.source),
          [['title', names.source(s.source)]],
          true,
        ),
      ];
    });
  };

  for (const [id, entry] of record.events) {
    if (!wanted('events', id)) continue;
    const e = entry.data;
    const participants = e.participants.map((p) => {
      const person = record.people.get(p.person)?.data;
      const parts: Parts = [
        ['name', names.person(p.person)],
        ['office', person ? (officeOn(person.roles, e.date) ?? '') : ''],
        ['age', person ? (ageText(person.born, e.date) ?? '') : ''],
      ];
      return item(
        'Participants',
        'participant',
        ownKey(ref('people', p.person), p),
        names.person(p.person),
        parts,
        true,
      );
    });
    const keys = quoteKeys(e.quotes.map((q) => q.text));
    const quotes = e.quotes.map((q, i) =>
      item(
        'What was said',
        'quote',
        ownKey(keys[i] ?? String(i), q),
        firstWords(q.text),
        quoteParts(q, id, false),
        true,
      ),
    );
    add({
      id: `events/${canon('events', id)}`,
      entry: { collection: 'events', id: canon('events', id) },
      title: e.title,
      items: [
        ...participants,
        ...quotes,
        ...references(e.sources, entry.citations),
        ...mentions(graph.events.get(id)?.mentionedIn ?? []),
      ],
    });
  }

  for (const [id, entry] of record.people) {
    if (!wanted('people', id)) continue;
    const p = entry.data;
    const r = graph.people.get(id);
    const events = (r?.participant ?? []).flatMap(({ event, role }) => {
      const e = record.events.get(event)?.data;
      if (!e) return [];
      return [
        item('Took part in', 'event', ref('events', event), e.title, [
          ['title', e.title],
          ['date', dateText(e)],
          ['role', role],
          ['age', ageText(p.born, e.date) ?? ''],
        ]),
      ];
    });
    const authored = (r?.authored ?? []).map((s) => {
      const source = record.sources.get(s)?.data;
      return item('Author of', 'source', ref('sources', s), names.source(s), [
        ['published', source?.published ? formatRange(source.published) : ''],
      ]);
    });
    const related = (r?.coParticipants ?? []).map((c) =>
      item('Related people', 'related person', ref('people', c.person), names.person(c.person), [
        ['shared', `${c.events.length} shared event${c.events.length === 1 ? '' : 's'}`],
      ]),
    );
    add({
      id: `people/${canon('people', id)}`,
      entry: { collection: 'people', id: canon('people', id) },
      title: p.name,
      items: [
        ...events,
        ...quoteItems('Quoted', r?.quoted ?? []),
        ...quoteItems('Addressed', r?.addressed ?? []),
        ...quoteItems('Spoken about', r?.about ?? []),
        ...authored,
        ...mentions(r?.mentionedIn ?? []),
        ...related,
        ...references(p.sources, entry.citations),
      ],
    });
  }

  const uses = new Map<string, number>();
  for (const [id, entry] of record.sources) {
    const s = entry.data;
    const r = graph.sources.get(id);
    uses.set(
      id,
      new Set([
        ...(r?.events ?? []).map((x) => `events/${x.event}`),
        ...(r?.quotes ?? []).map((x) => `events/${x.event}`),
        ...(r?.accounts ?? []).map((x) => `events/${x.event}`),
        ...(r?.people ?? []).map((x) => `people/${x.person}`),
        ...(r?.claims ?? []).map((x) => `${x.collection}/${x.id}`),
      ]).size,
    );
    if (!wanted('sources', id)) continue;
    const authors = s.authors.flatMap((a) =>
      'person' in a
        ? [
            item(
              'Authors',
              'author',
              ownKey(ref('people', a.person), a),
              names.person(a.person),
              [['name', names.person(a.person)]],
              true,
            ),
          ]
        : [],
    );
    const events = (r?.events ?? []).map((x) =>
      item('Events', 'event', `${ref('events', x.event)}\u0000${x.locator ?? ''}`, names.event(x.event), [
        ['locator', x.locator ?? ''],
      ]),
    );
    const claims = (r?.claims ?? []).map((c) =>
      item(
        'Claims cited to it',
        'claim in',
        `${ref(c.collection, c.id)}\u0000${c.sentence}`,
        names.title(c.collection, c.id),
        [['sentence', c.sentence]],
      ),
    );
    const accounts = (r?.accounts ?? []).flatMap((a) => {
      const account = record.events.get(a.event)?.data.accounts[a.account];
      const version = account?.versions[a.version];
      if (!account || !version) return [];
      return [
        item(
          'Its versions of contested points',
          'version of',
          `${ref('events', a.event)}\u0000${account.point}\u0000${a.version}`,
          `“${account.point}”`,
          [
            ['in', names.event(a.event)],
            ['says', version.says],
          ],
        ),
      ];
    });
    const people = (r?.people ?? []).map((x) =>
      item('People', 'person', `${ref('people', x.person)}\u0000${x.locator ?? ''}`, names.person(x.person), [
        ['name', names.person(x.person)],
      ]),
    );
    add({
      id: `sources/${canon('sources', id)}`,
      entry: { collection: 'sources', id: canon('sources', id) },
      title: s.title,
      items: [
        ...authors,
        ...events,
        ...claims,
        ...quoteItems('Quotations it records', r?.quotes ?? []),
        ...accounts,
        ...people,
        ...mentions(r?.mentionedIn ?? []),
        ...references([], entry.citations),
      ],
    });
  }

  const chronological = graph.chronology.flatMap((id) => {
    const e = record.events.get(id);
    return e ? [e] : [];
  });
  const listed = (list: string, e: { id: string; data: Event }, summary: boolean) =>
    item(list, 'event', ref('events', e.id), e.data.title, [
      ['title', e.data.title],
      ['date', dateText(e.data)],
      ...(summary ? ([['summary', e.data.summary]] as Parts) : []),
    ]);
  const counts = (['events', 'people', 'sources'] as const).map((c) =>
    item('Counts', 'number of', c, KINDS[c].plural, [['', String(record[c].size)]]),
  );
  const years = groupByYear(chronological);
  const perYear = years.map(({ year, events }) =>
    item('Years', 'year', String(year), String(year), [['events', String(events.length)]]),
  );
  add({
    id: 'home',
    title: 'Home page',
    items: [
      ...counts,
      ...(chronological.length <= MAX_TIMELINE_EVENTS
        ? chronological.map((e) => listed('Timeline', e, true))
        : perYear),
    ],
  });
  add({ id: 'events/', title: 'Events index', items: chronological.map((e) => listed('Events', e, true)) });
  add({
    id: 'people/',
    title: 'People index',
    items: [...record.people.values()].map((p) =>
      item('People', 'person', ref('people', p.id), p.data.name, [
        ['listed as', p.data.sortName ?? defaultSortName(p.data.name)],
        ['description', p.data.description],
      ]),
    ),
  });
  add({
    id: 'sources/',
    title: 'Sources index',
    items: [...record.sources.values()].map((s) =>
      item('Sources', 'source', ref('sources', s.id), s.data.title, [
        ['kind', KIND_LABEL[s.data.kind]],
        ['authors', joinNames(s.data.authors.map((a) => ('person' in a ? names.person(a.person) : a.name)))],
        ['published', s.data.published ? formatRange(s.data.published) : ''],
        ['used by', `${uses.get(s.id) ?? 0} entr${uses.get(s.id) === 1 ? 'y' : 'ies'}`],
      ]),
    ),
  });
  add({ id: 'timeline/', title: 'Timeline index', items: perYear });
  for (const { year, events: list } of years)
    add({ id: `timeline/${year}`, title: `Timeline of ${year}`, items: list.map((e) => listed('Timeline', e, false)) });
  return pages;
}
