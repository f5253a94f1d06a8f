import { describe, expect, test } from 'vitest';
import {
  ACCEPTED_FORMS,
  ageOn,
  ageOver,
  bounds,
  compareDates,
  compareEvents,
  dayLabel,
  type DayPart,
  formatAge,
  formatDate,
  formatRange,
  isCertainlyBefore,
  parseHistoricalDate,
  rangeParts,
  toISO,
} from '../../src/lib/time/dates.ts';
import { date as d } from '../support/dates.ts';

describe('parseHistoricalDate', () => {
  test.each([
    ['1869', 'year', '1869'],
    [1869, 'year', '1869'],
    ['2025-03', 'month', '2025-03'],
    ['2024-11-06', 'day', '2024-11-06'],
    ['2024-02-29', 'day', '2024-02-29'],
    ['2000-02-29', 'day', '2000-02-29'],
    ['2024-11-06T14:30-05:00', 'minute', '2024-11-06T14:30-05:00'],
    ['2024-11-06T05:34Z', 'minute', '2024-11-06T05:34Z'],
    ['2025-01-20T12:00+05:30', 'minute', '2025-01-20T12:00+05:30'],
  ])('accepts %s as %s precision', (input, precision, iso) => {
    const value = d(input);
    expect(value.precision).toBe(precision);
    expect(toISO(value)).toBe(iso);
  });

  test.each([
    ['2024-02-30', '"2024-02-30" does not exist: February 2024 has 29 days.'],
    ['2023-02-29', '"2023-02-29" does not exist: February 2023 has 28 days.'],
    ['1900-02-29', '"1900-02-29" does not exist: February 1900 has 28 days.'],
    ['2024-04-31', '"2024-04-31" does not exist: April 2024 has 30 days.'],
    ['2024-13', '"2024-13": month 13 does not exist (months run 01 to 12).'],
    ['2024-00-10', '"2024-00-10": month 00 does not exist (months run 01 to 12).'],
    ['2024-11-06T24:00-05:00', '"2024-11-06T24:00-05:00": 24:00 is not a time of day (00:00 to 23:59).'],
    [
      '2024-11-06T14:30',
      '"2024-11-06T14:30" needs its offset from UTC, for example 2024-11-06T14:30-05:00 for US Eastern Standard Time or 2024-11-06T14:30Z for UTC.',
    ],
    ['11/06/2024', `"11/06/2024" is not a date this record accepts. Write ${ACCEPTED_FORMS}.`],
    ['6 November 2024', `"6 November 2024" is not a date this record accepts. Write ${ACCEPTED_FORMS}.`],
    ['2024-1-6', `"2024-1-6" is not a date this record accepts. Write ${ACCEPTED_FORMS}.`],
    ['0000', '"0000": there is no year 0. Write ' + ACCEPTED_FORMS + '.'],
  ])('rejects %s', (input, message) => {
    expect(parseHistoricalDate(input)).toEqual({ ok: false, message });
  });

  test('rejects a number that is not a whole year', () => {
    expect(parseHistoricalDate(2024.5).ok).toBe(false);
  });

  test('rejects a Date object, which has lost its precision already', () => {
    expect(parseHistoricalDate(new Date('2024-11-06')).ok).toBe(false);
  });

  test('keeps the approximate flag', () => {
    expect(d('2024-10', true).approximate).toBe(true);
  });
});

describe('compareDates', () => {
  test('sorts mixed precisions: a period before what happened within it', () => {
    const dates = [
      '2024-11-06T14:30-05:00',
      '2024-11-06',
      '2024',
      '2024-11',
      '1869-03-04',
      '2025-03',
      '2024-11-05',
    ].map((t) => d(t));
    expect(dates.sort(compareDates).map(toISO)).toEqual([
      '1869-03-04',
      '2024',
      '2024-11',
      '2024-11-05',
      '2024-11-06',
      '2024-11-06T14:30-05:00',
      '2025-03',
    ]);
  });

  test('orders times by their instant, whatever their offsets', () => {
    const newYork = d('2024-11-06T09:00-05:00'); // 14:00 UTC
    const paris = d('2024-11-06T15:00+01:00'); // 14:00 UTC
    const london = d('2024-11-06T14:30Z');
    expect(compareDates(newYork, paris)).toBe(0);
    expect(compareDates(paris, london)).toBeLessThan(0);
    expect(compareDates(london, newYork)).toBeGreaterThan(0);
  });
});

describe('isCertainlyBefore', () => {
  test.each([
    ['1869', '1946-06-14', true],
    ['2024-11', '2024-11-06', false],
    ['2024-11-05', '2024-11-06', true],
    ['2024-11-06', '2024-11-06', false],
    ['2024-12', '2024-06-01', false],
    ['2023-12', '2024-01-01', true],
  ])('%s before %s: %s', (a, b, expected) => {
    expect(isCertainlyBefore(d(a), d(b))).toBe(expected);
  });
});

describe('bounds', () => {
  const iso = (ms: number) => new Date(ms).toISOString();
  test.each([
    ['2024-12', '2024-12-01T00:00:00.000Z', '2024-12-31T23:59:59.999Z'],
    ['2024-02', '2024-02-01T00:00:00.000Z', '2024-02-29T23:59:59.999Z'],
    ['2024', '2024-01-01T00:00:00.000Z', '2024-12-31T23:59:59.999Z'],
    ['2024-12-31', '2024-12-31T00:00:00.000Z', '2024-12-31T23:59:59.999Z'],
    ['0079-12', '0079-12-01T00:00:00.000Z', '0079-12-31T23:59:59.999Z'],
  ])('%s runs from %s to %s', (text, start, end) => {
    const b = bounds(d(text));
    expect([iso(b.start), iso(b.end)]).toEqual([start, end]);
  });
});

describe('formatDate', () => {
  test.each([
    ['1869', false, '1869'],
    ['2025-03', false, 'March 2025'],
    ['2024-11-06', false, '6 November 2024'],
    ['2024-10', true, 'about October 2024'],
    ['2024-11-06T05:34-05:00', false, '6 November 2024, 05:34 UTC−5'],
    ['2024-11-06T05:34Z', false, '6 November 2024, 05:34 UTC'],
  ])('formats %s (approximate: %s) as %s', (input, approximate, expected) => {
    expect(formatDate(d(input, approximate))).toBe(expected);
  });
});

describe('formatRange', () => {
  test.each([
    ['2024-11-05', '2024-11-06', '5–6 November 2024'],
    ['2024-11-30', '2024-12-01', '30 November – 1 December 2024'],
    ['2024-12-31', '2025-01-01', '31 December 2024 – 1 January 2025'],
    ['2024-11', '2025-01', 'November 2024 – January 2025'],
    ['2024-11-06', '2024-11-06', '6 November 2024'],
  ])('%s to %s reads %s', (start, end, expected) => {
    expect(formatRange(d(start), d(end))).toBe(expected);
  });

  test('splits a range for two <time> elements', () => {
    expect(rangeParts(d('2024-11-05'), d('2024-11-06'))).toEqual({ start: '5', end: '6 November 2024' });
    expect(rangeParts(d('2024-11-05'))).toEqual({ start: '5 November 2024' });
  });
});

describe('ageOn', () => {
  const trump = d('1946-06-14');
  test.each([
    ['2024-11-06', '78'],
    ['2024-06-13', '77'],
    ['2024-06-14', '78'],
    ['2021-01-20', '74'],
  ])('Trump (born 1946-06-14) on %s is %s', (on, age) => {
    const result = ageOn(trump, d(on));
    expect(result && formatAge(result)).toBe(age);
  });

  test('is 81 the day before the 82nd birthday (Biden, 6 November 2024)', () => {
    expect(ageOn(d('1942-11-20'), d('2024-11-19'))).toEqual({ min: 81, max: 81 });
    expect(ageOn(d('1942-11-20'), d('2024-11-20'))).toEqual({ min: 82, max: 82 });
  });

  test('turns a year older on 1 March for a 29 February birthday in a common year', () => {
    const leap = d('2000-02-29');
    expect(ageOn(leap, d('2023-02-28'))).toEqual({ min: 22, max: 22 });
    expect(ageOn(leap, d('2023-03-01'))).toEqual({ min: 23, max: 23 });
    expect(ageOn(leap, d('2024-02-29'))).toEqual({ min: 24, max: 24 });
  });

  test('is exact at month precision when the birthday is outside the month', () => {
    expect(ageOn(trump, d('2025-03'))).toEqual({ min: 78, max: 78 });
  });

  test('is a range when the month contains the birthday', () => {
    expect(ageOn(trump, d('2024-06'))).toEqual({ min: 77, max: 78 });
    expect(formatAge({ min: 77, max: 78 })).toBe('77 or 78');
  });

  test('is a range for a birth year alone', () => {
    expect(ageOn(d('1995'), d('2025-03-15'))).toEqual({ min: 29, max: 30 });
  });

  test('says nothing for approximate dates', () => {
    expect(ageOn(d('1995', true), d('2025-03-15'))).toBeUndefined();
    expect(ageOn(trump, d('2024-10', true))).toBeUndefined();
  });

  test('says nothing before birth', () => {
    expect(ageOn(trump, d('1869-03-04'))).toBeUndefined();
  });

  test('uses the local date of a time, not its UTC date', () => {
    // 23:30 in New York on 13 June is 14 June in UTC: still 77.
    expect(ageOn(trump, d('2024-06-13T23:30-05:00'))).toEqual({ min: 77, max: 77 });
  });
});

describe('ageOver', () => {
  const harris = d('1964-10-20');
  test.each([
    [
      'Harris over the attacks of 22 July – 2 November 2024 (60 on 20 October)',
      harris,
      '2024-07-22',
      '2024-11-02',
      undefined,
      '59–60',
    ],
    ['Harris over 22 July – 19 October 2024, no birthday inside', harris, '2024-07-22', '2024-10-19', undefined, '59'],
    ['Harris on one day, 6 November 2024', harris, '2024-11-06', undefined, undefined, '60'],
    [
      'Trump over Election Night, 5–6 November 2024',
      d('1946-06-14'),
      '2024-11-05',
      '2024-11-06T05:34-05:00',
      undefined,
      '78',
    ],
    [
      'a birth year alone: the same uncertainty at both ends',
      d('1995'),
      '2025-03-01',
      '2025-06-01',
      undefined,
      '29 or 30',
    ],
    ['a birth year alone over a whole year', d('1995'), '2025-01-01', '2025-12-31', undefined, '29–30'],
    ['a span running past a death stops at it', d('1808-12-29'), '1875-01-01', '1876-01-01', d('1875-07-31'), '66'],
    ['nothing after a death', d('1808-12-29'), '1880-01-01', undefined, d('1875-07-31'), undefined],
  ])('%s', (_, born, start, end, died, expected) => {
    const age = ageOver(born, d(start), end === undefined ? undefined : d(end), died);
    expect(age && formatAge(age)).toBe(expected);
  });

  test('writes a birthday inside the span as a range, not as an uncertainty', () => {
    expect(formatAge({ min: 59, max: 60, spans: true })).toBe('59–60');
    expect(formatAge({ min: 59, max: 60 })).toBe('59 or 60');
  });
});

describe('parts of a day', () => {
  const part = (day: string, p: DayPart) => ({ ...d(day), part: p });
  test('are shown as such', () => {
    expect(formatDate(part('2024-11-06', 'afternoon'))).toBe('6 November 2024, afternoon');
    expect(formatRange(part('2024-11-05', 'evening'), d('2024-11-06T05:34-05:00'))).toBe(
      '5 November 2024, evening – 6 November 2024, 05:34 UTC−5',
    );
  });

  test('order a day: untimed, morning, afternoon, evening, the next day', () => {
    const dates = [
      part('2024-11-05', 'evening'),
      d('2024-11-06'),
      part('2024-11-05', 'afternoon'),
      d('2024-11-05'),
      part('2024-11-05', 'morning'),
    ];
    expect(dates.sort(compareDates).map(formatDate)).toEqual([
      '5 November 2024',
      '5 November 2024, morning',
      '5 November 2024, afternoon',
      '5 November 2024, evening',
      '6 November 2024',
    ]);
  });
});

describe('compareEvents', () => {
  const ev = (id: string, date: ReturnType<typeof d>, end?: ReturnType<typeof d>) => ({
    id,
    date,
    ...(end ? { end } : {}),
  });
  test('lists the afternoon phone bank before Election Night, whatever their file names', () => {
    const phoneBank = ev('z-phone-bank', { ...d('2024-11-05'), part: 'afternoon' });
    const night = ev('a-election-night', { ...d('2024-11-05'), part: 'evening' }, d('2024-11-06T05:34-05:00'));
    expect([night, phoneBank].sort(compareEvents).map((e) => e.id)).toEqual(['z-phone-bank', 'a-election-night']);
  });

  test('falls back to the earlier end, then to the id, when the record cannot place events within their day', () => {
    const day = d('2024-11-06');
    expect([ev('b', day), ev('a', day)].sort(compareEvents).map((e) => e.id)).toEqual(['a', 'b']);
    expect([ev('a', day, d('2024-11-08')), ev('b', day, d('2024-11-07'))].sort(compareEvents).map((e) => e.id)).toEqual(
      ['b', 'a'],
    );
  });
});

describe('dayLabel', () => {
  test('writes a YYYY-MM-DD day for readers', () => {
    expect(dayLabel('2025-07-08')).toBe('8 July 2025');
    expect(dayLabel('2024-02-29')).toBe('29 February 2024');
  });

  test('is undefined for anything but a calendar day, so the caller says what it shows instead', () => {
    for (const bad of ['2025-02-30', '2025-13-01', '2025-07', '2025', '2025-07-08T10:00:00Z', ' 2025-07-08', ''])
      expect(dayLabel(bad)).toBeUndefined();
  });
});
