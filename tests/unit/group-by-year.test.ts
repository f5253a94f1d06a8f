/** groupByYear: the one grouping of events by year, behind the events index, timeline pages and change report. */
import { describe, expect, test } from 'vitest';
import { groupByYear } from '../../src/lib/graph/views.ts';
import { date } from '../support/dates.ts';

const event = (id: string, text: string | number) => ({ id, data: { date: date(text) } });
const shape = (groups: ReturnType<typeof groupByYear<ReturnType<typeof event>>>) =>
  groups.map((g) => [g.year, g.events.map((e) => e.id)]);

describe('groupByYear', () => {
  test.each([
    { name: 'no events give no years', events: [], expected: [] },
    {
      name: 'events of one year form one group, in the given order',
      events: [event('a', '2024-11-05'), event('b', '2024-11-06'), event('c', 2024)],
      expected: [[2024, ['a', 'b', 'c']]],
    },
    {
      name: 'each year is its own group, years in the given order, empty years skipped',
      events: [event('a', 1869), event('b', '2024-01'), event('c', '2024-12-31'), event('d', '2025-01-20')],
      expected: [
        [1869, ['a']],
        [2024, ['b', 'c']],
        [2025, ['d']],
      ],
    },
  ])('$name', ({ events, expected }) => {
    expect(shape(groupByYear(events))).toEqual(expected);
  });

  test('an event is grouped by the year it began in, whatever its precision', () => {
    expect(shape(groupByYear([event('x', '1999-12-31'), event('y', 2000)]))).toEqual([
      [1999, ['x']],
      [2000, ['y']],
    ]);
  });
});
