/**
 * The SVG of the timeline and relationship figures, built as escaped strings (html.ts)
 * from their layouts: a person page of a large record draws dozens of marks, and one
 * Astro expression per attribute cost more than the rest of the page
 * (docs/performance.md). The components Timeline.astro and Network.astro place them.
 */
import { formatRange } from './dates.ts';
import { html, type Html } from './html.ts';
import type { NetworkLayout } from './network.ts';
import type { TimelineLayout } from './timeline.ts';

/** Coordinates to a tenth of a pixel: finer adds bytes, not precision. */
const px = (n: number) => Math.round(n * 10) / 10;

export interface TimelineLabels {
  /** Unique on the page: ids of the title and description derive from it. */
  id: string;
  title: string;
  description: string;
}

export function timelineSvg(layout: TimelineLayout, { id, title, description }: TimelineLabels): Html {
  const { axisY, height, width } = layout;
  const top = axisY + 12;
  const markY = (lane: number) => top + lane * layout.laneHeight + layout.laneHeight / 2;
  const bands = layout.bands.map((band) => {
    const label = html`<text x="${px(band.x + 2)}" y="${axisY - 10}" class="tl-period">${band.label}</text>`;
    return html`<g class="tl-band"><rect x="${px(band.x)}" y="${axisY}" width="${px(band.width)}" height="${height - axisY}"></rect>${band.href ? html`<a href="${band.href}">${label}</a>` : label}</g>`;
  });
  const breaks = layout.breaks.map((x) => html`<path class="tl-break" d="M${px(x - 3)} ${axisY - 4}l6 8M${px(x - 3)} ${axisY + 4}l6 8"></path>`);
  const ticks = layout.ticks.map(
    (tick) => html`<g class="tl-tick"><line x1="${px(tick.x)}" x2="${px(tick.x)}" y1="${axisY}" y2="${axisY + 5}"></line><text x="${px(tick.x + 2)}" y="${axisY + 16}">${tick.label}</text></g>`,
  );
  const marks = layout.marks.map((mark) => {
    const y = markY(mark.lane);
    const shape = mark.span
      ? html`<rect x="${px(mark.x1)}" y="${y - 3}" width="${px(Math.max(2, mark.x2 - mark.x1))}" height="6" rx="3"></rect>`
      : html`<circle cx="${px(mark.x1)}" cy="${y}" r="4"></circle>`;
    return html`<a href="${mark.item.href}" class="${mark.approximate ? 'tl-mark tl-approximate' : 'tl-mark'}"><title>${formatRange(mark.item.date, mark.item.end)}: ${mark.item.label}</title>${shape}<text x="${px(mark.labelX)}" y="${y + 4}" text-anchor="${mark.anchor}">${mark.item.label}</text></a>`;
  });
  return html`<svg viewBox="-8 0 ${width + 16} ${height}" width="${width + 16}" height="${height}" role="group" aria-labelledby="${id}-title" aria-describedby="${id}-desc" class="timeline-svg"><title id="${id}-title">${title}</title><desc id="${id}-desc">${description}</desc>${bands}${breaks}<line class="tl-axis" x1="0" x2="${width}" y1="${axisY}" y2="${axisY}"></line>${ticks}${marks}</svg>`;
}

export function networkSvg(layout: NetworkLayout, name: string): Html {
  const count = layout.nodes.length;
  const edges = layout.nodes.map((n) => html`<line class="net-edge" x1="${layout.cx}" y1="${layout.cy}" x2="${n.x}" y2="${n.y}" stroke-width="${n.stroke}"></line>`);
  const nodes = layout.nodes.map(
    (n) =>
      html`<a href="${n.href}" class="net-node"><title>${n.name}: ${n.weight} shared event${n.weight === 1 ? '' : 's'}</title><circle cx="${n.x}" cy="${n.y}" r="6"></circle><text x="${n.labelX}" y="${n.labelY}" text-anchor="${n.anchor}">${n.name}</text></a>`,
  );
  return html`<svg viewBox="0 0 ${layout.width} ${layout.height}" width="${layout.width}" height="${layout.height}" role="group" aria-labelledby="network-title" aria-describedby="network-desc" class="network-svg"><title id="network-title">People ${name} shared events with</title><desc id="network-desc">${name} at the centre, joined to ${count} ${
    count === 1 ? 'person' : 'people'
  }; the thicker the line, the more events they shared.</desc>${edges}<circle class="net-centre" cx="${layout.cx}" cy="${layout.cy}" r="8"></circle>${nodes}</svg>`;
}
