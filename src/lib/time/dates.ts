/**
 * Historical dates: a date keeps the precision it was written with.
 *
 * "March 2025" is not "2025-03-01", and "1869" is not "1 January 1869". Every date is
 * also an interval (the first and last instant it can mean), which is what sorting,
 * ages and integrity checks work from. Impossible calendar dates are refused instead of
 * being rolled over the way `new Date('2024-02-30')` does.
 */

export type Precision = 'year' | 'month' | 'day' | 'minute';

/**
 * A part of a day, for an event the sources place only as "that afternoon". Local clock
 * hours: morning before noon, afternoon noon to 18:00, evening from 18:00.
 */
export const DAY_PARTS = ['morning', 'afternoon', 'evening'] as const;
export type DayPart = (typeof DAY_PARTS)[number];
const PART_HOURS: Record<DayPart, [number, number]> = { morning: [0, 12], afternoon: [12, 18], evening: [18, 24] };

/** A parsed date. Plain data, so it survives Astro's content store serialisation. */
export interface HistoricalDate {
  precision: Precision;
  year: number;
  /** 1–12, present from month precision. */
  month?: number;
  /** 1–31, present from day precision. */
  day?: number;
  /** 0–23, minute precision only. */
  hour?: number;
  /** 0–59, minute precision only. */
  minute?: number;
  /** Offset from UTC in minutes (−300 for −05:00), minute precision only. */
  offset?: number;
  /** True when the source gives the date only roughly ("about October 2024"). */
  approximate: boolean;
  /** Day precision only: the part of the day, when that is all the sources give. */
  part?: DayPart;
}

export type ParseResult = { ok: true; value: HistoricalDate } | { ok: false; message: string };

export const ACCEPTED_FORMS =
  '1869 (a year), 2025-03 (a month), 2024-11-06 (a day) or 2024-11-06T14:30-05:00 (a time, with its offset from UTC)';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const PRECISION_RANK: Record<Precision, number> = { year: 0, month: 1, day: 2, minute: 3 };

/** The written forms of a date; the values (month 13, 30 February) are checked after. */
export const DATE_FORM =
  /^(?<year>\d{4})(?:-(?<month>\d{2})(?:-(?<day>\d{2})(?:T(?<hour>\d{2}):(?<minute>\d{2})(?<zone>Z|[+-]\d{2}:\d{2})?)?)?)?$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function monthName(month: number): string {
  return MONTHS[month - 1] ?? String(month);
}

/**
 * Parses a date as a contributor writes it in frontmatter. YAML reads a bare `1869` as
 * a number, so whole numbers are accepted as years.
 */
export function parseHistoricalDate(input: unknown, approximate = false): ParseResult {
  if (typeof input === 'number') {
    if (!Number.isInteger(input) || input < 1 || input > 9999) {
      return { ok: false, message: `${input} is not a year. Write ${ACCEPTED_FORMS}.` };
    }
    return { ok: true, value: { precision: 'year', year: input, approximate } };
  }
  if (input instanceof Date) {
    return { ok: false, message: `write the date in quotes so it keeps its precision: ${ACCEPTED_FORMS}.` };
  }
  if (typeof input !== 'string') {
    return { ok: false, message: `must be a date: ${ACCEPTED_FORMS}.` };
  }
  const text = input.trim();
  const match = DATE_FORM.exec(text);
  if (!match?.groups) {
    return { ok: false, message: `"${text}" is not a date this record accepts. Write ${ACCEPTED_FORMS}.` };
  }
  const g = match.groups;
  const year = Number(g['year']);
  if (year < 1) return { ok: false, message: `"${text}": there is no year 0. Write ${ACCEPTED_FORMS}.` };
  const value: HistoricalDate = { precision: 'year', year, approximate };
  if (g['month'] !== undefined) {
    const month = Number(g['month']);
    if (month < 1 || month > 12) {
      return { ok: false, message: `"${text}": month ${g['month']} does not exist (months run 01 to 12).` };
    }
    value.precision = 'month';
    value.month = month;
  }
  if (g['day'] !== undefined && value.month !== undefined) {
    const day = Number(g['day']);
    const last = daysInMonth(year, value.month);
    if (day < 1 || day > last) {
      return {
        ok: false,
        message: `"${text}" does not exist: ${monthName(value.month)} ${year} has ${last} days.`,
      };
    }
    value.precision = 'day';
    value.day = day;
  }
  if (g['hour'] !== undefined) {
    const hour = Number(g['hour']);
    const minute = Number(g['minute']);
    if (hour > 23 || minute > 59) {
      return { ok: false, message: `"${text}": ${g['hour']}:${g['minute']} is not a time of day (00:00 to 23:59).` };
    }
    if (g['zone'] === undefined) {
      return {
        ok: false,
        message: `"${text}" needs its offset from UTC, for example ${text}-05:00 for US Eastern Standard Time or ${text}Z for UTC.`,
      };
    }
    const offset = parseOffset(g['zone']);
    if (offset === undefined) {
      return { ok: false, message: `"${text}": ${g['zone']} is not a UTC offset (−14:00 to +14:00).` };
    }
    value.precision = 'minute';
    value.hour = hour;
    value.minute = minute;
    value.offset = offset;
  }
  return { ok: true, value };
}

function parseOffset(zone: string): number | undefined {
  if (zone === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const hours = Number(zone.slice(1, 3));
  const minutes = Number(zone.slice(4, 6));
  if (minutes > 59 || hours * 60 + minutes > 14 * 60) return undefined;
  return sign * (hours * 60 + minutes);
}

/** Milliseconds since the epoch for a UTC calendar instant, correct for years below 100. */
function utc(year: number, month: number, day: number, hour = 0, minute = 0): number {
  // Date.UTC reads years 0-99 as 1900-1999, so the year is set on its own; setting it with
  // the month and day lets a day past the month's end (December 32) roll into the next year.
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, 0, 0);
  return d.getTime();
}

/**
 * The first and last millisecond a date can mean. A date without a time has no zone of its
 * own: it is read as the local calendar of `zone` (minutes from UTC), UTC by default.
 */
export function bounds(d: HistoricalDate, zone = 0): { start: number; end: number } {
  const shift = zone * 60_000;
  switch (d.precision) {
    case 'year':
      return { start: utc(d.year, 1, 1) - shift, end: utc(d.year + 1, 1, 1) - 1 - shift };
    case 'month': {
      const month = d.month ?? 1;
      return {
        start: utc(d.year, month, 1) - shift,
        end: utc(d.year, month, daysInMonth(d.year, month) + 1) - 1 - shift,
      };
    }
    case 'day': {
      const [from, to] = d.part ? PART_HOURS[d.part] : [0, 24];
      const start = utc(d.year, d.month ?? 1, d.day ?? 1, from) - shift;
      return { start, end: start + (to - from) * 3_600_000 - 1 };
    }
    case 'minute': {
      const local = utc(d.year, d.month ?? 1, d.day ?? 1, d.hour ?? 0, d.minute ?? 0);
      const start = local - (d.offset ?? 0) * 60_000;
      return { start, end: start + 60_000 - 1 };
    }
  }
}

/**
 * Chronological order for dates of mixed precision: by first instant, and on a tie the
 * coarser date first ("2024" before "November 2024" before "6 November 2024"), so a
 * period is listed before what happened within it. A part of a day counts from its first
 * hour ("afternoon" from noon), so on one day: the untimed day, morning, afternoon, evening,
 * with times among them by their instant. Dates without a time are read in UTC here, which
 * keeps the order transitive across time zones.
 */
export function compareDates(a: HistoricalDate, b: HistoricalDate): number {
  const ba = bounds(a);
  const bb = bounds(b);
  return (
    ba.start - bb.start ||
    PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision] ||
    Number(a.part !== undefined) - Number(b.part !== undefined) ||
    ba.end - bb.end
  );
}

/** True when `a` certainly ends before `b` begins, whatever the imprecision of either. */
export function isCertainlyBefore(a: HistoricalDate, b: HistoricalDate): boolean {
  return bounds(a).end < bounds(b).start;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function formatOffset(offset: number): string {
  if (offset === 0) return 'Z';
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The date as written in frontmatter and as an HTML `datetime` attribute value. */
export function toISO(d: HistoricalDate): string {
  const year = pad(d.year, 4);
  switch (d.precision) {
    case 'year':
      return year;
    case 'month':
      return `${year}-${pad(d.month ?? 1)}`;
    case 'day':
      return `${year}-${pad(d.month ?? 1)}-${pad(d.day ?? 1)}`;
    case 'minute':
      return `${year}-${pad(d.month ?? 1)}-${pad(d.day ?? 1)}T${pad(d.hour ?? 0)}:${pad(d.minute ?? 0)}${formatOffset(d.offset ?? 0)}`;
  }
}

/**
 * The zone of a time as the record writes it: its offset from UTC, "UTC−5", "UTC+5:30".
 * Not a zone's name: −5 is Eastern Standard Time in January and Central Daylight Time in
 * July, and a date holds only the offset, so a name would be a guess.
 */
function formatUtcOffset(offset: number): string {
  if (offset === 0) return 'UTC';
  const sign = offset < 0 ? '−' : '+';
  const abs = Math.abs(offset);
  return `UTC${sign}${Math.floor(abs / 60)}${abs % 60 ? `:${pad(abs % 60)}` : ''}`;
}

/** A clock time as the record writes it, the way newspapers do: "5:34 a.m.", "4 p.m.", "noon", "midnight". */
function formatClock(hour: number, minute: number): string {
  if (minute === 0 && hour === 12) return 'noon';
  if (minute === 0 && hour === 0) return 'midnight';
  const h = hour % 12 === 0 ? 12 : hour % 12;
  return `${h}${minute ? `:${pad(minute)}` : ''} ${hour < 12 ? 'a.m.' : 'p.m.'}`;
}

/**
 * For readers, in the record's one style (CONTRIBUTING.md, "Dates"): "1869", "March 2025",
 * "6 November 2024", "about October 2024", "20 January 2021, noon UTC−5".
 */
export function formatDate(d: HistoricalDate): string {
  const about = d.approximate ? 'about ' : '';
  switch (d.precision) {
    case 'year':
      return `${about}${d.year}`;
    case 'month':
      return `${about}${monthName(d.month ?? 1)} ${d.year}`;
    case 'day':
      return `${about}${d.day} ${monthName(d.month ?? 1)} ${d.year}${d.part ? `, ${d.part}` : ''}`;
    case 'minute':
      return `${about}${d.day} ${monthName(d.month ?? 1)} ${d.year}, ${formatClock(d.hour ?? 0, d.minute ?? 0)} ${formatUtcOffset(d.offset ?? 0)}`;
  }
}

/**
 * A calendar day written YYYY-MM-DD ("Last updated", a commit's day) for readers:
 * "8 July 2025"; undefined for anything else, so the caller says what it shows instead.
 */
export function dayLabel(day: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const parsed = parseHistoricalDate(day);
  return parsed.ok && parsed.value.precision === 'day' ? formatDate(parsed.value) : undefined;
}

/**
 * A start and optional end split for two `<time>` elements, sharing what they have in
 * common, with the en dash between them: { start: "5", end: "6 November 2024", dash: "–" }.
 * `end` and `dash` are absent for a single date.
 */
export function rangeParts(
  start: HistoricalDate,
  end?: HistoricalDate,
): { start: string; end?: string; dash?: string } {
  if (!end || toISO(end) === toISO(start)) return { start: formatDate(start) };
  const days =
    start.precision === 'day' &&
    end.precision === 'day' &&
    !start.approximate &&
    !end.approximate &&
    !start.part &&
    !end.part;
  if (days && start.year === end.year && start.month === end.month) {
    // "5–6 November 2024": the day stands for "5 November 2024".
    return { start: String(start.day), end: formatDate(end), dash: '–' };
  }
  const parts =
    days && start.year === end.year
      ? { start: `${start.day} ${monthName(start.month ?? 1)}`, end: formatDate(end) }
      : { start: formatDate(start), end: formatDate(end) };
  return { ...parts, dash: rangeDash(parts.start, parts.end) };
}

/**
 * The en dash of a range: closed up between single words ("2021–2025"), spaced when
 * either end has words of its own ("November 2024 – January 2025", "2021 – 6 November 2024").
 */
function rangeDash(start: string, end: string): string {
  return start.includes(' ') || end.includes(' ') ? ' – ' : '–';
}

/** A start and optional end as one string: "5–6 November 2024", "November 2024 – January 2025". */
export function formatRange(start: HistoricalDate, end?: HistoricalDate): string {
  const parts = rangeParts(start, end);
  return parts.end === undefined ? parts.start : `${parts.start}${parts.dash ?? '–'}${parts.end}`;
}

/** The calendar days (UTC for dates without a time, local for times) a date can fall on. */
function dayRange(d: HistoricalDate): { first: [number, number, number]; last: [number, number, number] } {
  const month = d.month ?? 1;
  switch (d.precision) {
    case 'year':
      return { first: [d.year, 1, 1], last: [d.year, 12, 31] };
    case 'month':
      return { first: [d.year, month, 1], last: [d.year, month, daysInMonth(d.year, month)] };
    case 'day':
    case 'minute':
      return { first: [d.year, month, d.day ?? 1], last: [d.year, month, d.day ?? 1] };
  }
}

function completedYears(born: [number, number, number], on: [number, number, number]): number {
  const [by, bm, bd] = born;
  const [oy, om, od] = on;
  return oy - by - (om < bm || (om === bm && od < bd) ? 1 : 0);
}

export interface Age {
  min: number;
  max: number;
  /** True when a birthday falls inside the span the age is for: "59–60" rather than "59 or 60". */
  spans?: boolean;
}

/**
 * Age on a date, in completed years. Exact when the answer is certain (always so when
 * both dates are days); a range when the precision of either date leaves it open;
 * undefined when either date is approximate or the date precedes the birth. Never a guess.
 */
export function ageOn(born: HistoricalDate, on: HistoricalDate): Age | undefined {
  if (born.approximate || on.approximate) return undefined;
  const b = dayRange(born);
  const o = dayRange(on);
  const min = completedYears(b.last, o.first);
  const max = completedYears(b.first, o.last);
  if (max < 0) return undefined;
  return { min: Math.max(0, min), max };
}

/**
 * Age over an event that may last more than a day: from the age on its first day to the
 * age on its last, "59–60" when a birthday falls inside. Nothing after a death: undefined
 * when the event certainly begins after `died`, and a span running past a death stops at it.
 */
export function ageOver(
  born: HistoricalDate,
  start: HistoricalDate,
  end?: HistoricalDate,
  died?: HistoricalDate,
): Age | undefined {
  if (died && isCertainlyBefore(died, start)) return undefined;
  const last = end && died && isCertainlyBefore(died, end) ? died : end;
  const first = ageOn(born, start);
  if (!last || !first) return first;
  const final = ageOn(born, last);
  if (!final) return undefined;
  if (final.min === first.min && final.max === first.max) return first;
  return { min: first.min, max: Math.max(first.max, final.max), spans: true };
}

/** "78"; "77 or 78" when the dates leave two possibilities, "40–42" for more; "59–60" over a span. */
export function formatAge(age: Age): string {
  if (age.min === age.max) return String(age.min);
  if (age.max - age.min === 1 && !age.spans) return `${age.min} or ${age.max}`;
  return `${age.min}–${age.max}`;
}

/**
 * Same-day order for listed events, one rule for every list and figure: by date (see
 * compareDates: a day's untimed events, then morning, afternoon and evening, times by their
 * instant), then by the earlier end, then by id (the file name) so that the order of events
 * the record cannot place within their day is stable between builds.
 */
export function compareEvents(
  a: { id: string; date: HistoricalDate; end?: HistoricalDate | undefined },
  b: { id: string; date: HistoricalDate; end?: HistoricalDate | undefined },
): number {
  const byDate = compareDates(a.date, b.date);
  if (byDate) return byDate;
  const byEnd = a.end && b.end ? compareDates(a.end, b.end) : 0;
  return byEnd || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
