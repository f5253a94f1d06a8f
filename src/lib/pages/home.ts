/** The page model of the home page: the record's size and span, and how to show its timeline. */
import type { HistoricalDate } from '../time/dates.ts';
import { pageUrl } from '../urls.ts';
import { yearLinks, type YearLink } from './timeline-pages.ts';
import type { Entry } from './indexes.ts';

export interface RecordCounts {
  events: number;
  people: number;
  sources: number;
}

export interface HomePage {
  counts: RecordCounts;
  /** The first and last event's dates, when there are events. */
  span?: { first: HistoricalDate; last: HistoricalDate } | undefined;
  years: YearLink[];
  /**
   * Whether the home timeline shows each event (a record of a few dozen) or, for a
   * larger record, one mark per year leading to the year pages.
   */
  detailed: boolean;
  /** The ways into the record, each with a count where one applies. */
  waysIn: { href: string; label: string; detail: string }[];
}

export function homePage(
  base: string,
  chronological: readonly Entry<{ date: HistoricalDate }>[],
  counts: Omit<RecordCounts, 'events'>,
  maxDetailed: number,
): HomePage {
  const first = chronological[0];
  const last = chronological.at(-1);
  const years = yearLinks(base, chronological);
  const n = chronological.length;
  return {
    counts: { events: n, ...counts },
    span: first && last ? { first: first.data.date, last: last.data.date } : undefined,
    years,
    detailed: n <= maxDetailed,
    waysIn: [
      { href: pageUrl(base, 'events/'), label: `${n} event${n === 1 ? '' : 's'}`, detail: 'oldest first' },
      {
        href: pageUrl(base, 'people/'),
        label: `${counts.people} ${counts.people === 1 ? 'person' : 'people'}`,
        detail: 'A to Z',
      },
      {
        href: pageUrl(base, 'sources/'),
        label: `${counts.sources} source${counts.sources === 1 ? '' : 's'}`,
        detail: 'and what each supports',
      },
      {
        href: pageUrl(base, 'timeline/'),
        label: 'The timeline',
        detail: `${years.length} year${years.length === 1 ? '' : 's'}`,
      },
    ],
  };
}
