import { date } from '../support/dates.ts';
import { describe, expect, test } from 'vitest';
import { officeOn } from '../../src/lib/time/offices.ts';
import type { Role } from '../../src/schemas/person.ts';
import type { DayPart } from '../../src/lib/time/dates.ts';

// The roles as content/people/ gives them: the race call at 05:34 ET, the swearing-in at noon ET.
const NOON_2021 = date('2021-01-20T12:00-05:00');
const NOON_2025 = date('2025-01-20T12:00-05:00');
const biden: Role[] = [
  { title: 'President of the United States', short: 'President', sources: [], from: NOON_2021, to: NOON_2025 },
];
const harris: Role[] = [
  {
    title: 'Vice President of the United States',
    short: 'Vice President',
    sources: [],
    from: date(2021),
    to: date(2025),
  },
];
const trump: Role[] = [
  { title: 'President of the United States', short: 'President', sources: [], to: NOON_2021 },
  {
    title: 'President-elect of the United States',
    short: 'President-elect',
    sources: [],
    from: date('2024-11-06T05:34-05:00'),
    to: NOON_2025,
  },
  { title: 'President of the United States', short: 'President', sources: [], from: NOON_2025 },
];
// The same, known only to the day.
const trumpByDay: Role[] = [
  { title: 'President of the United States', short: 'President', sources: [], to: date('2021-01-20') },
  {
    title: 'President-elect of the United States',
    short: 'President-elect',
    sources: [],
    from: date('2024-11-06'),
    to: date('2025-01-20'),
  },
  { title: 'President of the United States', short: 'President', sources: [], from: date('2025-01-20') },
];

const on = (day: string, part?: DayPart) => ({ ...date(day), ...(part ? { part } : {}) });

describe('officeOn', () => {
  test.each<[string, Role[], ReturnType<typeof on>, string | undefined]>([
    // 6 November 2024: the race call at 05:34 made Trump President-elect.
    ['Trump at the concession call, that afternoon', trump, on('2024-11-06', 'afternoon'), 'President-elect'],
    ['Trump at 04:00 ET, before the race call', trump, date('2024-11-06T04:00-05:00'), 'former President'],
    ['Trump at 05:34 ET, the race call itself', trump, date('2024-11-06T05:34-05:00'), 'President-elect'],
    ['Trump on 6 November with no time known', trump, on('2024-11-06'), 'President-elect; former President'],
    ['Biden on 6 November 2024', biden, on('2024-11-06'), 'President'],
    ['Harris on 6 November 2024', harris, on('2024-11-06'), 'Vice President'],
    // 20 January 2025: the morning tea before the noon swearing-in.
    ['Biden at the morning tea', biden, on('2025-01-20', 'morning'), 'President'],
    ['Trump at the morning tea', trump, on('2025-01-20', 'morning'), 'President-elect'],
    ['Biden that afternoon', biden, on('2025-01-20', 'afternoon'), 'former President'],
    ['Trump that afternoon', trump, on('2025-01-20', 'afternoon'), 'President'],
    ['Biden on 20 January with no time known', biden, on('2025-01-20'), 'former President; President'],
    ['Trump on 20 January with no time known', trump, on('2025-01-20'), 'President; President-elect'],
    // A handover day with no times known, on the roles or on the event: nothing is said.
    ['Trump on 6 November, roles known to the day', trumpByDay, on('2024-11-06'), undefined],
    ['Trump on 6 November afternoon, roles known to the day', trumpByDay, on('2024-11-06', 'afternoon'), undefined],
    ['Trump on 20 January, roles known to the day', trumpByDay, on('2025-01-20', 'morning'), undefined],
    ['Harris on 20 January 2025, her term known to the year', harris, on('2025-01-20', 'morning'), undefined],
    // Away from handover days.
    ['Trump on 13 November 2024', trump, on('2024-11-13'), 'President-elect'],
    ['Trump in November 2020 (a role without a start)', trump, date('2020-11'), 'President'],
    ['Trump in March 2025', trump, date('2025-03'), 'President'],
    ['Biden in March 2025', biden, date('2025-03'), 'former President'],
    ['Biden in 2021, which began before his term', biden, date(2021), undefined],
    ['nobody with no roles', [], date('2025-03'), undefined],
  ])('%s: %s', (_, roles, when, expected) => {
    expect(officeOn(roles, when)).toBe(expected);
  });

  test('over Election Night, ending at the race call, Trump goes from former President to President-elect', () => {
    expect(officeOn(trump, on('2024-11-05', 'evening'), date('2024-11-06T05:34-05:00'))).toBe(
      'President-elect; former President',
    );
  });

  test('over a span without a change it is the office held throughout', () => {
    expect(officeOn(harris, date('2024-07-22'), date('2024-11-02'))).toBe('Vice President');
    expect(officeOn(trump, date('2024-07-22'), date('2024-11-02'))).toBe('former President');
  });
});
