import { date as d } from '../support/dates.ts';
import { describe, expect, test } from 'vitest';
import { networkSvg, timelineSvg } from '../../src/lib/figures.ts';
import { layoutNetwork } from '../../src/lib/network.ts';
import { layoutTimeline, yearPeriods, type TimelineItem } from '../../src/lib/timeline.ts';


const item = (id: string, date: string, extra: Partial<TimelineItem> = {}): TimelineItem => ({ id, label: id, href: `/events/${id}/`, date: d(date), ...extra });
const year2024 = { start: d(2024), end: d(2024), label: '2024' };

describe('layoutTimeline', () => {
  test('draws a day as a point and a month as a span over that month', () => {
    const layout = layoutTimeline([item('day', '2024-11-06'), item('month', '2024-11')], { width: 732, periods: [year2024] });
    const day = layout.marks.find((m) => m.item.id === 'day');
    const month = layout.marks.find((m) => m.item.id === 'month');
    expect(day?.span).toBe(false);
    expect(day?.x1).toBe(day?.x2);
    expect(month?.span).toBe(true);
    // 1–30 November of a 366-day year on 732 units: 2 units a day from day 305.
    expect(month?.x1).toBeCloseTo(305 * 2, 0);
    expect(month?.x2).toBeCloseTo(335 * 2, 0);
    expect(day?.x1).toBeGreaterThan(month?.x1 ?? 0);
    expect(day?.x1).toBeLessThan(month?.x2 ?? 0);
  });

  test('draws a year as a span over its whole band, and marks approximate dates', () => {
    const layout = layoutTimeline([{ ...item('rough', '2024-10'), date: d('2024-10', true) }, item('year', '2024')], { width: 700, periods: [year2024] });
    const year = layout.marks.find((m) => m.item.id === 'year');
    expect(year?.x1).toBe(0);
    expect(year?.x2).toBeCloseTo(700, 5);
    expect(layout.marks.find((m) => m.item.id === 'rough')?.approximate).toBe(true);
  });

  test('gives each period an equal band and cuts out the years between', () => {
    const items = [item('a', '1869-03-04'), item('b', '2024-11-06')];
    const layout = layoutTimeline(items, { width: 500, periods: yearPeriods(items.map((i) => i)), gap: 20 });
    expect(layout.bands.map((b) => [b.label, b.x, b.width])).toEqual([
      ['1869', 0, 240],
      ['2024', 260, 240],
    ]);
    expect(layout.breaks).toEqual([250]);
  });

  test('puts the labels of a dense day in separate lanes, none overlapping', () => {
    const dense = Array.from({ length: 8 }, (_, i) => item(`call-${i}`, '2024-11-06', { label: `A long event title number ${i}` }));
    const layout = layoutTimeline(dense, { width: 760, periods: [year2024], charWidth: 6 });
    expect(new Set(layout.marks.map((m) => m.lane)).size).toBe(8);
    // Labels near the right edge run leftwards, inside the figure.
    for (const mark of layout.marks) {
      const width = mark.item.label.length * 6;
      const [left, right] = mark.anchor === 'start' ? [mark.labelX, mark.labelX + width] : [mark.labelX - width, mark.labelX];
      expect(left).toBeGreaterThanOrEqual(0);
      expect(right).toBeLessThanOrEqual(760);
    }
  });

  test('reuses a lane once a label has ended', () => {
    const layout = layoutTimeline([item('a', '2024-01-02', { label: 'A' }), item('b', '2024-12-01', { label: 'B' })], { width: 760, periods: [year2024] });
    expect(layout.marks.map((m) => m.lane)).toEqual([0, 0]);
    expect(layout.lanes).toBe(1);
  });

  test('clips a span that runs past the drawn period instead of leaving it out', () => {
    const layout = layoutTimeline([item('handover', '2024-11-05', { end: d('2025-01-20') })], { width: 700, periods: [year2024] });
    expect(layout.marks).toHaveLength(1);
    expect(layout.marks[0]?.x2).toBeCloseTo(700, 5);
  });

  test('leaves out what falls outside every period', () => {
    expect(layoutTimeline([item('a', '2023-05-01')], { width: 760, periods: [year2024] }).marks).toEqual([]);
  });

  test('yearPeriods covers every year an event spans', () => {
    expect(yearPeriods([{ date: d('2024-11-05'), end: d('2025-01-20') }, { date: d(1869) }]).map((p) => p.label)).toEqual(['1869', '2024', '2025']);
  });
});

describe('layoutNetwork', () => {
  const people = [
    { id: 'a', name: 'A', href: '/people/a/', weight: 1 },
    { id: 'b', name: 'B', href: '/people/b/', weight: 4 },
    { id: 'c', name: 'C', href: '/people/c/', weight: 2 },
  ];

  test('places the strongest tie at the top, with the thickest line', () => {
    const layout = layoutNetwork(people, 400);
    expect(layout.nodes.map((n) => n.id)).toEqual(['b', 'c', 'a']);
    expect(layout.nodes[0]).toMatchObject({ x: 200, anchor: 'middle', stroke: 6 });
    expect(layout.nodes[0]?.y).toBeLessThan(layout.cy);
    expect(layout.nodes.at(-1)?.stroke).toBe(1);
  });

  test('anchors labels away from the centre', () => {
    const layout = layoutNetwork(people, 400);
    for (const n of layout.nodes) {
      if (n.anchor === 'start') expect(n.labelX).toBeGreaterThan(n.x);
      if (n.anchor === 'end') expect(n.labelX).toBeLessThan(n.x);
    }
  });

  test('shows at most the given number of people', () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ id: `p${i}`, name: `P${i}`, href: '#', weight: 1 }));
    expect(layoutNetwork(many, 400, 16).nodes).toHaveLength(16);
  });
});

describe('the figures as SVG', () => {
  test('a timeline: each mark a link with its date and label, coordinates to a tenth, text escaped', () => {
    const layout = layoutTimeline([item('a', '2024-03-10', { label: 'Rally <&> "march"' }), item('b', '2024-07')], { width: 300, periods: [year2024] });
    const svg = timelineSvg(layout, { id: 't', title: 'Title & more', description: 'D' }).value;
    expect(svg).toMatch(/^<svg viewBox="-8 0 316 \d+" width="316" height="\d+" role="group" aria-labelledby="t-title" aria-describedby="t-desc" class="timeline-svg">/);
    expect(svg).toContain('<title id="t-title">Title &amp; more</title><desc id="t-desc">D</desc>');
    expect(svg).toContain('<a href="/events/a/" class="tl-mark"><title>10 March 2024: Rally &lt;&amp;&gt; &quot;march&quot;</title><circle cx="');
    expect(svg).toContain('<a href="/events/b/" class="tl-mark"><title>July 2024: b</title><rect x="');
    for (const [, n] of svg.matchAll(/(?:x|cx|width|x1|x2)="(-?[\d.]+)"/g)) expect(n).toMatch(/^-?\d+(\.\d)?$/);
    expect(svg.endsWith('</svg>')).toBe(true);
  });

  test('an approximate date is marked for its dashed style', () => {
    const layout = layoutTimeline([item('a', '2024-03-10', { date: { ...d('2024-03-10'), approximate: true } })], { width: 300, periods: [year2024] });
    expect(timelineSvg(layout, { id: 't', title: 'T', description: 'D' }).value).toContain('class="tl-mark tl-approximate"');
  });

  test('a network: the centre, one line and one linked name per person, counted in the description', () => {
    const svg = networkSvg(layoutNetwork([{ id: 'a', name: 'Ann & Co', href: '/people/a/', weight: 2 }], 400), 'Bo').value;
    expect(svg).toContain('<desc id="network-desc">Bo at the centre, joined to 1 person; the thicker the line, the more events they shared.</desc>');
    expect(svg.match(/<line class="net-edge"/g)).toHaveLength(1);
    expect(svg).toContain('<a href="/people/a/" class="net-node"><title>Ann &amp; Co: 2 shared events</title>');
  });
});
