/**
 * Generated dates. Each is a HistoricalDate of the record's own date module (so it means
 * exactly what the content check will parse from its text), plus the text written in
 * frontmatter and the whole days it can fall on, as day numbers (days since 1970-01-01),
 * which the generator compares and adds to.
 */
import { daysInMonth, formatDate, toISO, type HistoricalDate, type Precision } from '../../../src/lib/time/dates.ts';
import type { Rng } from './random.ts';

export interface GenDate extends HistoricalDate {
  /** As written in frontmatter: 1974, 1974-05, 1974-05-03, 1974-05-03T14:30-05:00. */
  text: string;
  /** First and last calendar day the date can mean (a day of slack either side for times). */
  first: number;
  last: number;
}

const DAY_MS = 86_400_000;

/** The day number of a calendar day (years from 100 on; Date.UTC reads 0–99 as 1900–1999). */
export function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

export const pad2 = (n: number) => String(n).padStart(2, '0');

// prettier-ignore
export const OFFSETS = ['-05:00', '-05:00', '-04:00', '-06:00', '-08:00', 'Z', '+00:00', '+01:00', '+01:00', '+02:00', '+03:00', '+05:30', '+09:00', '+10:00'] as const;

/** "-05:30" → −330 minutes, as HistoricalDate counts an offset. */
function offsetMinutes(offset: string): number {
  const match = /^([+-])(\d{2}):(\d{2})$/.exec(offset);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/**
 * The date of precision `precision` that holds day number `days`; for a time, `time` gives the
 * hour, minute and offset as written ("Z" and "+00:00" are both written as drawn).
 */
export function dateAt(
  days: number,
  precision: Precision,
  time?: { hour: number; minute: number; offset: string },
): GenDate {
  const day = new Date(days * DAY_MS);
  const civil = { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() };
  if (precision === 'minute') {
    const t = time ?? { hour: 12, minute: 0, offset: 'Z' };
    const date: HistoricalDate = {
      precision,
      ...civil,
      hour: t.hour,
      minute: t.minute,
      offset: offsetMinutes(t.offset),
      approximate: false,
    };
    const text = `${toISO({ ...civil, precision: 'day', approximate: false })}T${pad2(t.hour)}:${pad2(t.minute)}${t.offset}`;
    return { ...date, text, first: days - 1, last: days + 1 };
  }
  const { year, month } = civil;
  if (precision === 'year') {
    const date: HistoricalDate = { precision, year, approximate: false };
    return { ...date, text: toISO(date), first: dayNumber(year, 1, 1), last: dayNumber(year, 12, 31) };
  }
  if (precision === 'month') {
    const date: HistoricalDate = { precision, year, month, approximate: false };
    return {
      ...date,
      text: toISO(date),
      first: dayNumber(year, month, 1),
      last: dayNumber(year, month, daysInMonth(year, month)),
    };
  }
  const date: HistoricalDate = { precision, ...civil, approximate: false };
  return { ...date, text: toISO(date), first: days, last: days };
}

/** A uniformly random day in the given (inclusive) range of years. */
export function randomDay(rng: Rng, fromYear: number, toYear: number): number {
  const first = dayNumber(fromYear, 1, 1);
  const last = dayNumber(toYear + 1, 1, 1) - 1;
  return rng.int(first, last);
}

/** "on 14 June 1946", "in June 1946", "in 1946"; a time is left to the frontmatter. */
export function dateInWords(d: GenDate): string {
  if (d.precision === 'year' || d.precision === 'month') return `in ${formatDate(d)}`;
  return `on ${formatDate({ ...d, precision: 'day' })}`;
}

/** Index of the first element of sorted `list` greater than `value`. */
export function upperBound(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as number) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first element of sorted `list` greater than or equal to `value`. */
export function lowerBound(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
