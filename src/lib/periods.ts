/** Grouping events by year for the timeline's period pages. */
import type { HistoricalDate } from './dates.ts';

export interface YearCount {
  year: number;
  count: number;
}

/** Years that have events, with how many, oldest first. */
export function yearCounts(events: readonly { data: { date: HistoricalDate } }[]): YearCount[] {
  const counts = new Map<number, number>();
  for (const e of events) counts.set(e.data.date.year, (counts.get(e.data.date.year) ?? 0) + 1);
  return [...counts].sort((a, b) => a[0] - b[0]).map(([year, count]) => ({ year, count }));
}
