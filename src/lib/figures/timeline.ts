/**
 * Timeline layout, computed at build time, drawn as HTML with small SVG marks (figures.ts).
 *
 * Each event is a row: its date and title as text, and beside them a track on which its
 * date is marked. Text is never drawn inside a scaled SVG, so it is read at the page's
 * own size at every width, and rows cannot overlap: they are laid out by the browser.
 * What the layout places is the axis: one band per period (a year), as wide as its
 * events need, with empty stretches between bands cut out, so a record spanning 1869 to
 * 2025 still shows the days of November 2024 apart; and the axis's year and month names,
 * placed so that none overlaps another or leaves its band at the narrowest width the
 * chart is drawn at (`trackWidth`). Positions are fractions of the track, so wider tracks
 * only move text further apart. Below that width the stylesheet shows the rows as a list.
 *
 * A date is drawn as what it is: a day or a time is a point, a month or a year is a span
 * over the month or year, an approximate date is marked so.
 */
import { bounds, compareEvents, type HistoricalDate } from '../time/dates.ts';

export interface TimelineItem {
  id: string;
  label: string;
  href: string;
  date: HistoricalDate;
  end?: HistoricalDate | undefined;
}

/** Horizontal extents are fractions of the track's width, 0 to 1. */
export interface Band {
  /** The period's start and end instants (ms). */
  start: number;
  end: number;
  x: number;
  width: number;
  label: string;
  href?: string;
  /** How many items fall in the period. */
  count: number;
  /** False where the band is too narrow for its name at the narrowest track. */
  labelled: boolean;
}

export interface Mark {
  item: TimelineItem;
  /** Left and right of the drawn date: equal for a point. */
  x1: number;
  x2: number;
  span: boolean;
  approximate: boolean;
}

export interface Tick {
  x: number;
  label: string;
  /** False where the name would not fit at the narrowest track: the tick is drawn without it. */
  labelled: boolean;
}

/** A piece of axis text and where it lies at the narrowest track, in CSS px. */
export interface TextBox {
  text: string;
  left: number;
  right: number;
  row: 'period' | 'tick';
}

export interface TimelineLayout {
  /** The narrowest track the chart is drawn on, in CSS px. */
  trackWidth: number;
  bands: Band[];
  ticks: Tick[];
  marks: Mark[];
  /** Axis text as placed at `trackWidth`: for checks that nothing overlaps. */
  text: TextBox[];
}

export interface TimelineOptions {
  /** Periods to draw, in order; each gets a band as wide as its events need. */
  periods: { start: HistoricalDate; end: HistoricalDate; label: string; href?: string }[];
  /** Ticks inside each band: months for a single year, none for many. */
  ticks?: 'months' | 'none';
  /** The narrowest track the chart is drawn on, in CSS px (figures.css draws a list below it). */
  trackWidth?: number;
  /** An upper estimate of the width of one character of axis text, in CSS px. */
  charWidth?: number;
  /** Space between bands at the narrowest track, in CSS px. */
  gap?: number;
}

/** Above this many events a figure draws years, not events: a list that long is the events list. */
export const MAX_TIMELINE_EVENTS = 80;

/**
 * Matches figures.css: the chart is drawn from a 36rem figure, whose track is half of it
 * less the 1rem column gap: (576 − 16) / 2 = 280 px.
 */
export const TRACK_WIDTH = 280;
/** Axis text is 13px (0.8125rem); 8px a character bounds the widest digits and capitals in common UI fonts. */
const AXIS_CHAR_WIDTH = 8;
/** Space before a piece of axis text, from its band's start or its tick. */
const TEXT_INSET = 3;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The distinct years of a set of dates (and their ends), as one period each. */
export function yearPeriods(
  dates: readonly { date: HistoricalDate; end?: HistoricalDate | undefined }[],
  href?: (year: number) => string,
) {
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

/**
 * Widths in px for bands that each need at least `min[i]`, sharing `total` in proportion
 * to `weight[i]`: a band whose share falls below its minimum gets the minimum, and the rest
 * is shared again among the others.
 */
export function shareWidths(total: number, weight: readonly number[], min: readonly number[]): number[] {
  const fixed = new Set<number>();
  for (;;) {
    const free = total - [...fixed].reduce((sum, i) => sum + (min[i] ?? 0), 0);
    const weightLeft = weight.reduce((sum, w, i) => (fixed.has(i) ? sum : sum + w), 0);
    const open = weight.length - fixed.size;
    // Without weights the free width is shared equally.
    const widths = weight.map((w, i) =>
      fixed.has(i) ? (min[i] ?? 0) : weightLeft > 0 ? (free * w) / weightLeft : free / open,
    );
    const under = widths.findIndex((w, i) => !fixed.has(i) && w < (min[i] ?? 0));
    if (under === -1) return widths;
    fixed.add(under);
  }
}

/** Lays out items on the periods' bands. Items outside every period are left out. */
export function layoutTimeline(items: readonly TimelineItem[], options: TimelineOptions): TimelineLayout {
  const trackWidth = options.trackWidth ?? TRACK_WIDTH;
  const charWidth = options.charWidth ?? AXIS_CHAR_WIDTH;
  const n = options.periods.length;
  const gap = n > 1 ? (options.gap ?? 12) : 0;
  const periods = options.periods.map((p) => ({ ...p, start: bounds(p.start).start, end: bounds(p.end).end }));
  const textWidth = (text: string) => text.length * charWidth;
  const counts = periods.map(
    (p) =>
      items.filter((item) => {
        const from = bounds(item.date).start;
        const to = bounds(item.end ?? item.date).end;
        return to >= p.start && from <= p.end;
      }).length,
  );
  // A band is as wide as its share of the events, and never narrower than its name; when
  // the names of many periods cannot all fit, bands share the track by events alone and
  // only the names with room are drawn (every row's date still names its year).
  const named = periods.map((p) => TEXT_INSET * 2 + textWidth(p.label));
  const available = trackWidth - gap * (n - 1);
  const allNamed = named.reduce((a, b) => a + b, 0) <= available;
  const widths = shareWidths(
    available,
    counts.map((c) => Math.max(c, 1)),
    allNamed ? named : periods.map(() => 2),
  );
  let left = 0;
  const text: TextBox[] = [];
  const bands: Band[] = periods.map((p, i) => {
    const width = widths[i] ?? 0;
    const labelled = width >= (named[i] ?? 0);
    const band = {
      start: p.start,
      end: p.end,
      x: left / trackWidth,
      width: width / trackWidth,
      label: p.label,
      labelled,
      count: counts[i] ?? 0,
      ...(p.href ? { href: p.href } : {}),
    };
    if (labelled)
      text.push({
        text: p.label,
        left: left + TEXT_INSET,
        right: left + TEXT_INSET + textWidth(p.label),
        row: 'period',
      });
    left += width + gap;
    return band;
  });

  /** x of an instant, or undefined when it falls in no band. */
  const xOf = (t: number): number | undefined => {
    const band = bands.find((b) => t >= b.start && t <= b.end);
    return band ? band.x + ((t - band.start) / (band.end - band.start)) * band.width : undefined;
  };

  const ticks: Tick[] = [];
  if (options.ticks === 'months') {
    for (const band of bands) {
      const year = new Date(band.start).getUTCFullYear();
      const bandEnd = (band.x + band.width) * trackWidth;
      const months = MONTHS.flatMap((label, m) => {
        const x = xOf(Date.UTC(year, m, 1));
        return x === undefined
          ? []
          : [{ m, x, label, left: x * trackWidth + TEXT_INSET, right: x * trackWidth + TEXT_INSET + textWidth(label) }];
      });
      // Every month is ticked; its name is shown every month, or every second, third or
      // sixth, whichever is the first to let each name clear the next and end in its band.
      const fits = (step: number) => {
        const shown = months.filter((t) => t.m % step === 0);
        return shown.every((t, i) => t.right <= bandEnd && t.right + TEXT_INSET <= (shown[i + 1]?.left ?? Infinity));
      };
      const step = [1, 2, 3, 6, 12].find(fits) ?? 0;
      for (const t of months) {
        const labelled = step > 0 && t.m % step === 0;
        if (labelled) text.push({ text: t.label, left: t.left, right: t.right, row: 'tick' });
        ticks.push({ x: t.x, label: t.label, labelled });
      }
    }
  }

  const sorted = [...items].sort(compareEvents);
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
    marks.push({ item, x1, x2, span, approximate: item.date.approximate || (item.end?.approximate ?? false) });
  }
  return { trackWidth, bands, ticks, marks, text };
}

/** Pairs of axis text that overlap at the narrowest track, and text that leaves its band: none, by construction. */
export function axisCollisions(layout: TimelineLayout): string[] {
  const problems: string[] = [];
  const { text, bands, trackWidth } = layout;
  for (let i = 0; i < text.length; i++) {
    const a = text[i];
    if (!a) continue;
    const band = bands.find((b) => a.left >= b.x * trackWidth && a.left < (b.x + b.width) * trackWidth);
    if (!band || a.right > (band.x + band.width) * trackWidth + 1e-6) problems.push(`"${a.text}" leaves its band`);
    for (const b of text.slice(i + 1)) {
      if (a.row === b.row && a.left < b.right && b.left < a.right) problems.push(`"${a.text}" overlaps "${b.text}"`);
    }
  }
  return problems;
}
