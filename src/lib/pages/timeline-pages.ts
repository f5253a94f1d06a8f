/**
 * Page models for the timeline's index and year pages (the page around the figure; the
 * figure's layout is src/lib/figures/timeline.ts).
 */
import type { HistoricalDate } from '../time/dates.ts';
import { pageUrl } from '../urls.ts';
import { groupByYear } from '../graph/views.ts';
import type { Entry } from './indexes.ts';

export interface YearLink {
  year: number;
  count: number;
  href: string;
}

/** Every year with events, oldest first, with how many and its page. */
export function yearLinks(base: string, chronological: readonly Entry<{ date: HistoricalDate }>[]): YearLink[] {
  return groupByYear(chronological).map((g) => ({
    year: g.year,
    count: g.events.length,
    href: pageUrl(base, `timeline/${g.year}/`),
  }));
}

export interface YearPage<E> {
  year: number;
  events: E[];
  previous?: YearLink | undefined;
  next?: YearLink | undefined;
  /** How many years have events. */
  total: number;
}

/** One page per year with events, each knowing its neighbours. */
export function yearPages<E extends Entry<{ date: HistoricalDate }>>(
  base: string,
  chronological: readonly E[],
): YearPage<E>[] {
  const groups = groupByYear(chronological);
  const links = yearLinks(base, chronological);
  return groups.map((g, i) => ({
    year: g.year,
    events: g.events,
    previous: links[i - 1],
    next: links[i + 1],
    total: groups.length,
  }));
}

/** "1 event", "15 events". */
export function eventCount(n: number): string {
  return `${n} event${n === 1 ? '' : 's'}`;
}

/** Fewer events than this are read at a glance in their list: a chart of them adds nothing. */
const MIN_FIGURE_EVENTS = 3;

/**
 * Whether a timeline figure shows more than the list of its events: at least
 * MIN_FIGURE_EVENTS of them, spread over more than one period (years for a person's or
 * the record's timeline, months for a year's). A figure of one event, or of a few on one
 * day or in one month, repeats its list; the page shows the list alone.
 */
export function figureShowsMore(
  dates: readonly { date: HistoricalDate; end?: HistoricalDate | undefined }[],
  period: 'year' | 'month',
): boolean {
  if (dates.length < MIN_FIGURE_EVENTS) return false;
  const key = (d: HistoricalDate) => (period === 'year' ? `${d.year}` : `${d.year}-${d.month ?? ''}`);
  const periods = new Set(dates.flatMap((d) => [key(d.date), ...(d.end ? [key(d.end)] : [])]));
  return periods.size > 1;
}
