/**
 * Page models for the index pages (events, people, sources): plain data built from the
 * record, so the templates only render and the grouping and wording are tested.
 */
import { plainText } from '../text/work-titles.ts';
import type { HistoricalDate } from '../time/dates.ts';
import type { SourceRelations } from '../graph/graph.ts';
import { groupByInitial } from '../text/names.ts';
import { entryUrl } from '../urls.ts';
import { authorNames, compareSources, groupByYear, joinNames, KIND_LABEL } from '../graph/views.ts';
import type { Person } from '../../schemas/person.ts';
import type { Source } from '../../schemas/source.ts';
import { SOURCE_KINDS, STANDINGS } from '../../schemas/source.ts';

/** An entry as the builders read it: any collection entry has these. */
export interface Entry<D> {
  id: string;
  data: D;
}

/** A title as it should be shown: a work's title (set in italics) or a description. */
export interface TitleText {
  text: string;
  /**
   * True for a work's own title ("2024", "Uncharted"): shown in <cite>. False for a
   * description the record wrote (`titleIsDescriptive`: "PJ Media report on *Uncharted*'s
   * account…"), shown as plain text with any work it names in italics.
   */
  work: boolean;
}

export function titleText(source: { title: string; titleIsDescriptive: boolean }): TitleText {
  return { text: source.title, work: !source.titleIsDescriptive };
}

export interface EventsIndex<E> {
  count: number;
  years: { year: number; anchor: string; events: E[] }[];
}

/** Events, oldest first (as given), grouped by the year they began in. */
export function eventsIndex<E extends Entry<{ date: HistoricalDate }>>(chronological: readonly E[]): EventsIndex<E> {
  return {
    count: chronological.length,
    years: groupByYear(chronological).map((g) => ({ year: g.year, anchor: `y${g.year}`, events: g.events })),
  };
}

export interface PeopleIndex {
  count: number;
  letters: {
    initial: string;
    anchor: string;
    people: { href: string; sortName: string; disambiguation?: string | undefined; description: string }[];
  }[];
}

/** People A to Z by sort name, grouped under their initial. */
export function peopleIndex(
  base: string,
  people: readonly Entry<Person>[],
  sortNameOf: (person: Entry<Person>) => string,
): PeopleIndex {
  return {
    count: people.length,
    letters: groupByInitial(people, sortNameOf).map((g) => ({
      initial: g.initial,
      anchor: g.initial === '#' ? 'letter-other' : `letter-${g.initial}`,
      people: g.items.map((p) => ({
        href: entryUrl(base, 'people', p.id),
        sortName: sortNameOf(p),
        disambiguation: p.data.disambiguation,
        description: p.data.description,
      })),
    })),
  };
}

export interface ListedSource {
  href: string;
  title: TitleText;
  /** Authors and publisher: "Josh Dawsey, Tyler Pager and Isaac Arnsdorf, Penguin Press"; "" when neither is known. */
  byline: string;
  published?: HistoricalDate | undefined;
  /** How many entries rely on it, each counted once however it uses it. */
  uses: number;
  /** What kind of source it is for the reader: "wire service", "copy". */
  standing: string;
}

export interface SourcesIndex {
  count: number;
  kinds: { kind: Source['kind']; label: string; anchor: string; sources: ListedSource[] }[];
}

/** The number of entries that rely on a source, each counted once however it uses it. */
export function sourceUses(relations: SourceRelations | undefined): number {
  if (!relations) return 0;
  return new Set([
    ...relations.events.map((e) => `events/${e.event}`),
    ...relations.quotes.map((q) => `events/${q.event}`),
    ...relations.accounts.map((a) => `events/${a.event}`),
    ...relations.people.map((p) => `people/${p.person}`),
    ...relations.claims.map((c) => `${c.collection}/${c.id}`),
  ]).size;
}

/** Sources grouped by kind (in the schema's order), newest first within each kind. */
export function sourcesIndex(
  base: string,
  sources: readonly Entry<Source>[],
  person: (id: string) => Person | undefined,
  relations: (id: string) => SourceRelations | undefined,
): SourcesIndex {
  const sorted = [...sources].sort((a, b) => compareSources(a.data, b.data));
  const kinds = SOURCE_KINDS.map((kind) => ({
    kind,
    label: PLURAL[kind],
    anchor: `kind-${kind}`,
    sources: sorted
      .filter((s) => s.data.kind === kind)
      .map((s) => ({
        href: entryUrl(base, 'sources', s.id),
        title: titleText(s.data),
        byline: [joinNames(authorNames(s.data, person)), s.data.publisher ?? ''].filter(Boolean).join(', '),
        published: s.data.published,
        uses: sourceUses(relations(s.id)),
        standing: STANDINGS[s.data.standing].label,
      })),
  }));
  return { count: sources.length, kinds: kinds.filter((k) => k.sources.length > 0) };
}

const PLURAL: Record<Source['kind'], string> = Object.fromEntries(
  Object.entries(KIND_LABEL).map(([kind, label]) => [
    kind,
    label === 'Reference work' ? 'Reference works' : `${label}s`,
  ]),
) as Record<Source['kind'], string>;

/** Every entry as [url, title], sorted by URL: the 404 page's list to find the nearest in. */
export function entryList(
  base: string,
  entries: {
    people: readonly Entry<{ name: string }>[];
    events: readonly Entry<{ title: string }>[];
    sources: readonly Entry<{ title: string }>[];
  },
): [url: string, title: string][] {
  const list: [string, string][] = [
    ...entries.people.map((p): [string, string] => [entryUrl(base, 'people', p.id), p.data.name]),
    ...entries.events.map((e): [string, string] => [entryUrl(base, 'events', e.id), plainText(e.data.title)]),
    ...entries.sources.map((s): [string, string] => [entryUrl(base, 'sources', s.id), plainText(s.data.title)]),
  ];
  return list.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
