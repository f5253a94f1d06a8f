/**
 * Timeline layout, computed at build time and drawn as inline SVG.
 *
 * The axis is piecewise: each period (a year, or a whole record's years with events) gets
 * a band of equal width, and empty stretches between them are cut out with a break, so a
 * record spanning 1869 to 2025 still shows the days of November 2024 apart. A date is
 * drawn as what it is: a day or a time is a point, a month or a year is a span over the
 * month or year, an approximate date is marked so. Labels are placed in lanes so that
 * none overlaps another, however dense a day is.
 */
import { bounds, compareEvents, type HistoricalDate } from './dates.ts';

export interface TimelineItem {
  id: string;
  label: string;
  href: string;
  date: HistoricalDate;
  end?: HistoricalDate | undefined;
}

export interface Band {
  /** The period's start and end instants (ms). */
  start: number;
  end: number;
  x: number;
  width: number;
  label: string;
  href?: string;
}

export interface Mark {
  item: TimelineItem;
  /** Left and right of the drawn date: equal for a point. */
  x1: number;
  x2: number;
  span: boolean;
  approximate: boolean;
  lane: number;
  /** Where the label's text starts, and which way it runs. */
  labelX: number;
  anchor: 'start' | 'end';
}

export interface Tick {
  x: number;
  label: string;
}

export interface TimelineLayout {
  width: number;
  height: number;
  bands: Band[];
  /** Positions of axis breaks (cut-out time) between bands. */
  breaks: number[];
  ticks: Tick[];
  marks: Mark[];
  lanes: number;
  axisY: number;
  laneHeight: number;
}

export interface TimelineOptions {
  width: number;
  /** Periods to draw, in order; each gets an equal share of the width. */
  periods: { start: HistoricalDate; end: HistoricalDate; label: string; href?: string }[];
  /** Ticks inside each band: months for a single year, none for many. */
  ticks?: 'months' | 'none';
  laneHeight?: number;
  /** Approximate width of a label character, in SVG units. */
  charWidth?: number;
  gap?: number;
}

/** Above this many events a figure draws years, not events: labels would stack too high. */
export const MAX_TIMELINE_EVENTS = 80;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The distinct years of a set of dates (and their ends), as one period each. */
export function yearPeriods(dates: readonly { date: HistoricalDate; end?: HistoricalDate | undefined }[], href?: (year: number) => string) {
  const years = new Set<number>();
  for (const d of dates) {
    const last = d.end ?? d.date;
    for (let y = d.date.year; y <= last.year; y++) years.add(y);
  }
  return [...years]
    .sort((a, b) => a - b)
    .map((year) => ({
      start: { precision: 'year' as const, year, approximate: false },
      end: { precision: 'year' as const, year, approximate: false },
      label: String(year),
      ...(href ? { href: href(year) } : {}),
    }));
}

/** Lays out items on bands of equal width. Items outside every period are left out. */
export function layoutTimeline(items: readonly TimelineItem[], options: TimelineOptions): TimelineLayout {
  const laneHeight = options.laneHeight ?? 22;
  const charWidth = options.charWidth ?? 6.6;
  const gap = options.periods.length > 1 ? (options.gap ?? 14) : 0;
  const padding = 4;
  const n = options.periods.length;
  const bandWidth = n ? (options.width - gap * (n - 1)) / n : options.width;
  const bands: Band[] = options.periods.map((p, i) => ({
    start: bounds(p.start).start,
    end: bounds(p.end).end,
    x: i * (bandWidth + gap),
    width: bandWidth,
    label: p.label,
    ...(p.href ? { href: p.href } : {}),
  }));
  const breaks = bands.slice(1).map((b) => b.x - gap / 2);

  /** x of an instant, or undefined when it falls in no band. */
  const xOf = (t: number): number | undefined => {
    const band = bands.find((b) => t >= b.start && t <= b.end);
    return band ? band.x + ((t - band.start) / (band.end - band.start)) * band.width : undefined;
  };

  const ticks: Tick[] = [];
  if (options.ticks === 'months') {
    for (const band of bands) {
      const year = new Date(band.start).getUTCFullYear();
      for (let m = 0; m < 12; m++) {
        const x = xOf(Date.UTC(year, m, 1));
        if (x !== undefined) ticks.push({ x, label: MONTHS[m] ?? '' });
      }
    }
  }

  const sorted = [...items].sort(compareEvents);
  const laneEnds: number[] = [];
  const marks: Mark[] = [];
  for (const item of sorted) {
    const from = bounds(item.date);
    const to = item.end ? bounds(item.end) : from;
    const span = item.date.precision === 'year' || item.date.precision === 'month' || item.end !== undefined;
    // A span running past the drawn periods (into the next year, on a year's page) is
    // clipped at their edge rather than left out.
    const first = bands[0];
    const last = bands.at(-1);
    if (!first || !last || to.end < first.start || from.start > last.end) continue;
    const x1 = xOf(Math.max(from.start, first.start));
    const x2 = xOf(span ? Math.min(to.end, last.end) : from.start);
    if (x1 === undefined || x2 === undefined) continue;
    const labelWidth = item.label.length * charWidth;
    // A label runs right from the end of its mark, or left from its start when it would
    // leave the figure; it never lies over its own span.
    const anchor: Mark['anchor'] = x2 + padding + labelWidth > options.width && x1 - padding - labelWidth >= 0 ? 'end' : 'start';
    const left = anchor === 'start' ? x1 : x1 - padding - labelWidth;
    const right = anchor === 'start' ? x2 + padding + labelWidth : x2;
    let lane = laneEnds.findIndex((end) => end + padding * 2 <= left);
    if (lane === -1) {
      lane = laneEnds.length;
      laneEnds.push(right);
    } else {
      laneEnds[lane] = right;
    }
    marks.push({
      item,
      x1,
      x2,
      span,
      approximate: item.date.approximate,
      lane,
      labelX: anchor === 'start' ? x2 + padding + 2 : x1 - padding - 2,
      anchor,
    });
  }
  const lanes = laneEnds.length;
  const axisY = 28;
  return { width: options.width, height: axisY + 12 + lanes * laneHeight + 8, bands, breaks, ticks, marks, lanes, axisY, laneHeight };
}
