import { date as d } from '../support/dates.ts';
import { describe, expect, test } from 'vitest';
import { relationsHtml, timelineHtml, timelineKeyHtml } from '../../src/lib/figures/figures.ts';
import { relationInput, relationsOf, type RelationInput } from '../../src/lib/graph/network.ts';
import {
  axisCollisions,
  layoutTimeline,
  shareWidths,
  TRACK_WIDTH,
  yearPeriods,
  type TimelineItem,
  type TimelineLayout,
} from '../../src/lib/figures/timeline.ts';

const item = (id: string, date: string, extra: Partial<TimelineItem> = {}): TimelineItem => ({
  id,
  label: id,
  href: `/events/${id}/`,
  date: d(date),
  ...extra,
});
const year = (y: number) => ({ start: d(y), end: d(y), label: String(y) });
const year2024 = year(2024);
const days = (n: number, y: number) =>
  Array.from({ length: n }, (_, i) =>
    item(`e${y}-${i}`, `${y}-${String((i % 12) + 1).padStart(2, '0')}-0${(i % 9) + 1}`),
  );

describe('layoutTimeline: marks', () => {
  test.each([
    // name, item, span, approximate, from, to (fractions of a 2024 track)
    ['a day is a point', item('a', '2024-11-06'), false, false, 310 / 366, 310 / 366],
    ['a month is a span over the month', item('b', '2024-11'), true, false, 305 / 366, 335 / 366],
    ['a year is a span over its band', item('c', '2024'), true, false, 0, 1],
    [
      'an approximate month is marked so',
      item('d', '2024-10', { date: d('2024-10', true) }),
      true,
      true,
      274 / 366,
      305 / 366,
    ],
    [
      'a span into the next year is clipped at the edge',
      item('e', '2024-11-05', { end: d('2025-01-20') }),
      true,
      false,
      309 / 366,
      1,
    ],
  ])('%s', (_name, it, span, approximate, from, to) => {
    const [mark] = layoutTimeline([it], { periods: [year2024] }).marks;
    expect(mark).toMatchObject({ span, approximate });
    expect(mark?.x1).toBeCloseTo(from, 2);
    expect(mark?.x2).toBeCloseTo(to, 2);
  });

  test('leaves out what falls outside every period', () => {
    expect(layoutTimeline([item('a', '2023-05-01')], { periods: [year2024] }).marks).toEqual([]);
  });

  test('puts each item in a band of its own year, in date order', () => {
    const items = [item('late', '2025-03-01'), item('early', '1869-03-04'), item('mid', '2024-11-06')];
    const layout = layoutTimeline(items, { periods: yearPeriods(items) });
    expect(layout.marks.map((m) => m.item.id)).toEqual(['early', 'mid', 'late']);
    for (const mark of layout.marks) {
      const band = layout.bands.find((b) => b.label === String(mark.item.date.year));
      expect(mark.x1).toBeGreaterThanOrEqual(band?.x ?? NaN);
      expect(mark.x2).toBeLessThanOrEqual((band?.x ?? NaN) + (band?.width ?? NaN));
    }
  });

  test('yearPeriods covers every year an event spans', () => {
    expect(
      yearPeriods([{ date: d('2024-11-05'), end: d('2025-01-20') }, { date: d(1869) }]).map((p) => p.label),
    ).toEqual(['1869', '2024', '2025']);
  });
});

describe('layoutTimeline: bands follow the content', () => {
  test('a year with eight events is wider than a year with one, and every band holds its name', () => {
    const items = [item('a', '1869-03-04'), ...days(8, 2024), ...days(3, 2025)];
    const layout = layoutTimeline(items, { periods: yearPeriods(items), gap: 12 });
    const [y1869, y2024, y2025] = layout.bands;
    expect(y2024?.width).toBeGreaterThan(y2025?.width ?? Infinity);
    expect(y2025?.width).toBeGreaterThan(y1869?.width ?? Infinity);
    expect(layout.bands.every((b) => b.labelled && b.width * TRACK_WIDTH >= 4 * 8)).toBe(true);
    // Bands fill the track, less the gaps between them, in order and without overlap.
    const widths = layout.bands.reduce((sum, b) => sum + b.width, 0) * TRACK_WIDTH;
    expect(widths + 12 * 2).toBeCloseTo(TRACK_WIDTH, 6);
    layout.bands
      .slice(1)
      .forEach((b, i) => expect(b.x).toBeGreaterThan((layout.bands[i]?.x ?? 0) + (layout.bands[i]?.width ?? 0)));
  });

  test.each([
    // total, weights, minimums, expected widths
    [100, [1, 1], [0, 0], [50, 50]],
    [100, [1, 3], [0, 0], [25, 75]],
    [100, [1, 9], [30, 0], [30, 70]],
    [100, [1, 1, 8], [20, 20, 20], [20, 20, 60]],
    [100, [0, 0], [10, 10], [50, 50]],
  ])('shareWidths(%i, %j, %j) is %j', (total, weight, min, expected) => {
    const widths = shareWidths(total, weight, min);
    widths.forEach((w, i) => expect(w).toBeCloseTo(expected[i] ?? NaN, 6));
  });
});

describe('layoutTimeline: axis text never overlaps', () => {
  const manyYears = (n: number) => Array.from({ length: n }, (_, i) => item(`y${i}`, `${1900 + i * 3}-06-01`));
  test.each([
    ['one year with months', [item('a', '2024-03-01'), item('b', '2024-11-06')], 'months', 280],
    ['one year with months, wide', [item('a', '2024-03-01')], 'months', 900],
    ['one year with months, very narrow', [item('a', '2024-03-01')], 'months', 100],
    [
      'five years',
      [item('a', '1869-03-04'), ...days(8, 2024), item('c', '2020-11-01'), item('d', '2021-01-20'), ...days(4, 2025)],
      'none',
      280,
    ],
    ['twelve years', manyYears(12), 'none', 280],
    ['forty years: names that do not fit are left out', manyYears(40), 'none', 280],
    [
      'three years with months',
      [item('a', '2023-01-01'), item('b', '2024-01-01'), item('c', '2025-01-01')],
      'months',
      280,
    ],
  ] as const)('%s', (_name, items, ticks, trackWidth) => {
    const layout = layoutTimeline(items, { periods: yearPeriods(items), ticks, trackWidth });
    expect(axisCollisions(layout)).toEqual([]);
    for (const t of layout.text) {
      expect(t.left).toBeGreaterThanOrEqual(0);
      expect(t.right).toBeLessThanOrEqual(trackWidth);
    }
    // A name left out is left out of the drawing too: only placed text is drawn.
    expect(layout.text.filter((t) => t.row === 'period').map((t) => t.text)).toEqual(
      layout.bands.filter((b) => b.labelled).map((b) => b.label),
    );
    expect(layout.text.filter((t) => t.row === 'tick').map((t) => t.text)).toEqual(
      layout.ticks.filter((t) => t.labelled).map((t) => t.label),
    );
  });

  test.each([
    [280, ['Jan', 'Mar', 'May', 'Jul', 'Sep', 'Nov']],
    [600, ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']],
    [150, ['Jan', 'Apr', 'Jul', 'Oct']],
  ])('on a %ipx track a year names the months %j, at a regular step, and ticks all twelve', (trackWidth, names) => {
    const layout = layoutTimeline([item('a', '2024-03-01')], { periods: [year2024], ticks: 'months', trackWidth });
    expect(layout.ticks).toHaveLength(12);
    expect(layout.ticks.filter((t) => t.labelled).map((t) => t.label)).toEqual(names);
  });

  test('the check finds overlapping text and text outside its band', () => {
    const layout: TimelineLayout = {
      trackWidth: 100,
      bands: [{ start: 0, end: 1, x: 0, width: 0.5, label: '2024', labelled: true, count: 1 }],
      ticks: [],
      marks: [],
      text: [
        { text: 'Jan', left: 0, right: 30, row: 'tick' },
        { text: 'Feb', left: 20, right: 60, row: 'tick' },
      ],
    };
    expect(axisCollisions(layout)).toEqual(['"Jan" overlaps "Feb"', '"Feb" leaves its band']);
  });
});

describe('the timeline as HTML', () => {
  const layout = layoutTimeline(
    [
      item('a', '2024-03-10', { label: 'Rally <&> "march"' }),
      item('b', '2024-07'),
      item('c', '2024-10', { date: d('2024-10', true) }),
    ],
    { periods: [{ ...year2024, href: '/timeline/2024/' }], ticks: 'months' },
  );
  const out = timelineHtml(layout, { id: 't' }).value;

  test('each event a row: its date and linked title as text, escaped, with a mark on its track', () => {
    expect(out).toContain(
      '<li class="tl-row tl-day"><p class="tl-text"><span class="tl-date">10 March 2024</span><span class="tl-sep">: </span><a href="/events/a/">Rally &lt;&amp;&gt; &quot;march&quot;</a></p>',
    );
    expect(out).toContain('<li class="tl-row tl-span"><p class="tl-text"><span class="tl-date">July 2024</span>');
    expect(out).toContain('<li class="tl-row tl-span tl-approximate">');
    expect(out.match(/<li /g)).toHaveLength(3);
  });

  test('no SVG is scaled: none has a viewBox, and positions are percentages', () => {
    expect(out).not.toContain('viewBox');
    for (const [, value] of out.matchAll(/ (?:x|cx|x1|x2|width)="([^"]+)"/g))
      expect(value).toMatch(/^(\d+(\.\d{1,2})?%|\d+)$/);
  });

  test('a year with a page links its name to it', () => {
    expect(out).toContain('<a href="/timeline/2024/"><text x="0%" dx="3" y="14" class="tl-period">2024</text></a>');
  });

  test.each([
    ['days only', [item('a', '2024-03-10')], ['a day']],
    ['a month and a day', [item('a', '2024-03-10'), item('b', '2024-05')], ['a day', 'a month or a longer stretch']],
    [
      'an approximate day',
      [item('a', '2024-03-10', { date: d('2024-03-10', true) })],
      ['a day', 'an approximate date'],
    ],
  ])('the key names only the marks used: %s', (_name, items, entries) => {
    const key = timelineKeyHtml(layoutTimeline(items, { periods: [year2024] })).value;
    expect([...key.matchAll(/<\/svg>([^<]+)<\/span>/g)].map((m) => m[1])).toEqual(entries);
  });

  test('the key says when years are cut out', () => {
    const items = [item('a', '1869-03-04'), item('b', '2024-03-10')];
    expect(timelineKeyHtml(layoutTimeline(items, { periods: yearPeriods(items) })).value).toContain(
      'Years without events are left out',
    );
  });
});

describe('relationsOf', () => {
  const names: Record<string, string> = { p: 'Pat', a: 'Ann', b: 'Bo', c: 'Cy' };
  const nameOf = (id: string) => names[id] ?? id;
  const none: RelationInput = { together: [], quotes: [], writing: [] };
  test.each([
    [
      'took part together',
      { ...none, together: [{ person: 'a', events: ['e1', 'e2'] }] },
      [{ person: 'a', together: 2 }],
    ],
    [
      'addressed, each way',
      {
        ...none,
        quotes: [
          { speakers: ['p'], addressee: 'a', about: [] },
          { speakers: ['a'], addressee: 'p', about: [] },
        ],
      },
      [{ person: 'a', spokeTo: 1, spokenTo: 1 }],
    ],
    [
      'quoted on, each way',
      {
        ...none,
        quotes: [
          { speakers: ['p'], about: ['a'] },
          { speakers: ['b', 'c'], about: ['p'] },
        ],
      },
      [
        { person: 'a', spokeOf: 1 },
        { person: 'b', spokenOf: 1 },
        { person: 'c', spokenOf: 1 },
      ],
    ],
    [
      'wrote about, each way',
      {
        ...none,
        writing: [
          { authors: ['p'], about: ['a', 'p'] },
          { authors: ['b'], about: ['p', 'c'] },
        ],
      },
      [
        { person: 'a', wroteOn: 1 },
        { person: 'b', writtenOn: 1 },
      ],
    ],
    ['never themselves', { ...none, quotes: [{ speakers: ['p'], addressee: 'p', about: ['p'] }] }, []],
  ] as const)('%s', (_name, input, expected) => {
    const rows = relationsOf('p', input as RelationInput, nameOf);
    expect(rows).toHaveLength(expected.length);
    expected.forEach((e, i) => expect(rows[i]).toMatchObject(e));
  });

  test('most relations first, then by name', () => {
    const rows = relationsOf(
      'p',
      {
        ...none,
        together: [
          { person: 'b', events: ['e'] },
          { person: 'a', events: ['e'] },
          { person: 'c', events: ['e', 'f'] },
        ],
      },
      nameOf,
    );
    expect(rows.map((r) => r.person)).toEqual(['c', 'a', 'b']);
  });

  test('relationInput counts a quotation listed twice (said and said to) once, and each source once', () => {
    const quote = { speakers: ['p'], addressee: 'a', about: ['a'] };
    const input = relationInput({
      together: [],
      quotes: [quote, quote],
      sourceIds: ['s', 's'],
      authorsOf: () => ['b'],
      coveredBy: () => ['p'],
    });
    expect(relationsOf('p', input, nameOf)).toMatchObject([
      { person: 'a', spokeTo: 1, spokeOf: 1 },
      { person: 'b', writtenOn: 1 },
    ]);
  });

  test('as a list: a tie that runs both ways is one clause; writing counts its sources past one', () => {
    const row = {
      person: 'a',
      name: 'Ann',
      href: '/people/a/',
      together: 4,
      spokeTo: 3,
      spokenTo: 1,
      spokeOf: 0,
      spokenOf: 5,
      wroteOn: 0,
      writtenOn: 2,
    };
    const text = relationsHtml([row], 'Pat').value.replace(/<[^>]+>/g, '');
    expect(text).toBe(
      'Ann 4 events together; each quoted speaking to the other: Pat 3 times, Ann once; Ann quoted on Pat 5 times; Ann wrote about Pat in 2 sources',
    );
  });

  test('as a list: each tie in words, which way it runs, escaped', () => {
    const [row] = relationsOf(
      'p',
      {
        ...none,
        together: [{ person: 'a', events: ['e'] }],
        quotes: [
          { speakers: ['a'], addressee: 'p', about: [] },
          { speakers: ['a'], addressee: 'p', about: [] },
        ],
      },
      nameOf,
    );
    const out = relationsHtml(row ? [{ ...row, name: 'Ann & Co', href: '/people/a/' }] : [], 'Pat').value;
    expect(out).toBe(
      '<li><a href="/people/a/">Ann &amp; Co</a> <span class="rel-ties"><span class="rel-together">one event together</span>; <span class="rel-addressed">Ann &amp; Co quoted speaking to Pat twice</span></span></li>',
    );
  });
});
