/**
 * The record as pages see it: the three collections as maps, in reading order, with
 * the link graph built once per build and shared by every page.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { bodyMeta } from '../lib/record/body-meta.ts';
import { buildGraph, type Graph, type GraphEntry } from '../lib/graph/graph.ts';
import { compareNames, defaultSortName } from '../lib/text/names.ts';
import type { Lookup } from '../lib/cite/structured-data.ts';
import { absoluteUrl, entryUrl } from '../lib/urls.ts';
import { perReading, type DevRecord } from '../loaders/dev-state.ts';

export type PersonEntry = CollectionEntry<'people'>;
export type EventEntry = CollectionEntry<'events'>;
export type SourceEntry = CollectionEntry<'sources'>;

export interface SiteRecord {
  people: Map<string, PersonEntry>;
  events: Map<string, EventEntry>;
  sources: Map<string, SourceEntry>;
  graph: Graph;
  /** Events, oldest first. */
  chronological: EventEntry[];
  /** People by sort name. */
  alphabetical: PersonEntry[];
}

function graphEntry<E extends PersonEntry | EventEntry | SourceEntry>(entry: E): GraphEntry<E['data']> {
  const meta = bodyMeta(entry);
  return { id: entry.id, data: entry.data, links: meta.links, citations: meta.citations };
}

export function sortNameOf(person: PersonEntry): string {
  return person.data.sortName ?? defaultSortName(person.data.name);
}

function fromStore(): Promise<[PersonEntry[], EventEntry[], SourceEntry[]]> {
  return Promise.all([getCollection('people'), getCollection('events'), getCollection('sources')]);
}

/**
 * In dev: the loader's last clean reading, in the form it stores (src/loaders/dev-state.ts).
 * The same shape `getCollection` returns, because the loader stores its entries as they are
 * (it does not pass them through Astro's `parseData`): if it ever did, this would differ.
 */
function fromMemory(record: DevRecord): [PersonEntry[], EventEntry[], SourceEntry[]] {
  const { people, events, sources } = record.collections;
  return [people as unknown as PersonEntry[], events as unknown as EventEntry[], sources as unknown as SourceEntry[]];
}

function build([people, events, sources]: [PersonEntry[], EventEntry[], SourceEntry[]]): SiteRecord {
  const graph = buildGraph({
    people: people.map(graphEntry),
    events: events.map(graphEntry),
    sources: sources.map(graphEntry),
  });
  const eventMap = new Map(events.map((e) => [e.id, e]));
  return {
    people: new Map(people.map((p) => [p.id, p])),
    events: eventMap,
    sources: new Map(sources.map((s) => [s.id, s])),
    graph,
    chronological: graph.chronology.map((id) => eventMap.get(id)).filter((e): e is EventEntry => e !== undefined),
    alphabetical: [...people].sort((a, b) => compareNames(sortNameOf(a), sortNameOf(b))),
  };
}

/**
 * Built once per build. In dev, built again only when the loader has read a change: from its
 * reading in memory, which Astro's store would give the pages 10 to 20 seconds later at
 * 10,000 events (src/loaders/dev-state.ts).
 */
export const siteRecord: () => Promise<SiteRecord> = perReading((reading) =>
  import.meta.env.DEV && reading ? Promise.resolve(build(fromMemory(reading))) : fromStore().then(build),
);

/** Names and full addresses of people and sources, for JSON-LD; no addresses without SITE_URL. */
export function jsonLdLookup(record: SiteRecord, site: URL | undefined): Lookup {
  const base = import.meta.env.BASE_URL;
  const absolute = (path: string) => absoluteUrl(path, site);
  return {
    person: (id) => {
      const p = record.people.get(id);
      return p && { name: p.data.name, url: absolute(entryUrl(base, 'people', id)) };
    },
    source: (id) => {
      const s = record.sources.get(id);
      return s && { title: s.data.title, url: absolute(entryUrl(base, 'sources', id)) };
    },
  };
}
