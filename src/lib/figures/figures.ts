/**
 * The markup of the timeline and relationship figures, built as escaped strings (html.ts)
 * from their layouts: a person page of a large record draws dozens of marks, and one
 * Astro expression per attribute cost more than the rest of the page
 * (docs/performance.md). The components Timeline.astro and Network.astro place them.
 */
import { markedHtml } from '../text/work-titles.ts';
import { formatRange } from '../time/dates.ts';
import { html, type Html } from '../text/html.ts';
import type { Relation } from '../graph/network.ts';
import type { TimelineLayout } from './timeline.ts';

/** A fraction of the track as an SVG percentage: a tenth of a per mille is finer than a pixel. */
const pct = (f: number) => `${Math.round(f * 10000) / 100}%`;

export interface TimelineLabels {
  /** Unique on the page: ids inside the figure derive from it. */
  id: string;
}

/**
 * The rows and axis of a timeline (Timeline.astro puts them in a figure with its key).
 * The SVGs have no viewBox: their x positions are percentages of the width they are drawn
 * at, so marks stay round and axis text stays at the stylesheet's size at every width.
 */
export function timelineHtml(layout: TimelineLayout, { id }: TimelineLabels): Html {
  const periods = layout.bands
    .filter((band) => band.labelled)
    .map((band) => {
      const text = html`<text x="${pct(band.x)}" dx="3" y="14" class="tl-period">${band.label}</text>`;
      return band.href ? html`<a href="${band.href}">${text}</a>` : html`<g aria-hidden="true">${text}</g>`;
    });
  const axis = layout.bands.map((b) => html`<line x1="${pct(b.x)}" x2="${pct(b.x + b.width)}" y1="20" y2="20"></line>`);
  // A month's name may run past the next month's tick (its room is checked only against
  // the next name), so it hangs below the ticks' foot (y 25): its baseline is one em of its
  // own size lower, and its top, the font's ascent above that, clears the ticks at any root
  // font size (a fixed baseline did not once the page's text grew to 17 px).
  const ticks = layout.ticks.map(
    (t) =>
      html`<line x1="${pct(t.x)}" x2="${pct(t.x)}" y1="20" y2="25"></line>${t.labelled ? html`<text x="${pct(t.x)}" dx="3" y="25" dy="1em">${t.label}</text>` : ''}`,
  );
  const height = layout.ticks.length ? 44 : 26;
  const shading = layout.bands.map((b) => html`<rect x="${pct(b.x)}" width="${pct(b.width)}" height="100%"></rect>`);
  const rows = layout.marks.map((mark) => {
    // A span is a bar at least 8px long at the narrowest track, so a month stays a bar; it
    // sits in an inner SVG at half height, whose own y runs from the row's middle.
    const min = 8 / layout.trackWidth;
    const x1 = mark.x2 - mark.x1 < min ? Math.max(0, Math.min((mark.x1 + mark.x2 - min) / 2, 1 - min)) : mark.x1;
    const width = Math.max(mark.x2 - mark.x1, min);
    const shape = mark.span
      ? html`<svg y="50%" overflow="visible"><rect x="${pct(x1)}" y="-4" width="${pct(width)}" height="8" rx="4"></rect></svg>`
      : html`<circle cx="${pct(mark.x1)}" cy="50%" r="5"></circle>`;
    const kind = `tl-row ${mark.span ? 'tl-span' : 'tl-day'}${mark.approximate ? ' tl-approximate' : ''}`;
    return html`<li class="${kind}"><p class="tl-text"><span class="tl-date">${formatRange(mark.item.date, mark.item.end)}</span><span class="tl-sep">: </span><a href="${mark.item.href}">${markedHtml(mark.item.label)}</a></p><span class="tl-track"><svg aria-hidden="true" focusable="false">${shape}</svg></span></li>`;
  });
  return html`<div class="tl" id="${id}"><svg class="tl-bands" aria-hidden="true" focusable="false">${shading}</svg><div class="tl-axis-row"><svg class="tl-scale" height="${height}" focusable="false">${periods}<g aria-hidden="true">${axis}${ticks}</g></svg></div><ol class="tl-rows">${rows}</ol></div>`;
}

/** The key to the marks a layout uses: a dot for a day, a bar for a month or longer, dashed when approximate. */
export function timelineKeyHtml(layout: TimelineLayout): Html {
  const used = (test: (m: TimelineLayout['marks'][number]) => boolean) => layout.marks.some(test);
  const entry = (kind: string, shape: Html, text: string) =>
    html`<span class="tl-key-item ${kind}"><svg width="22" height="12" aria-hidden="true" focusable="false">${shape}</svg>${text}</span>`;
  const dot = html`<circle cx="11" cy="6" r="5"></circle>`;
  const bar = html`<rect x="1" y="2" width="20" height="8" rx="4"></rect>`;
  return html`${[
    used((m) => !m.span) && entry('tl-day', dot, 'a day'),
    used((m) => m.span) && entry('tl-span', bar, 'a month or a longer stretch'),
    used((m) => m.approximate) && entry('tl-approximate', dot, 'an approximate date'),
    layout.bands.length > 1 &&
      html`<span class="tl-key-item tl-key-bands">Years without events are left out; each band is as wide as its events need.</span>`,
  ]}`;
}

export interface RelationRow extends Relation {
  name: string;
  href: string;
}

/** "once", "twice", "3 times". */
const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

/**
 * One kind of tie in both directions, as a reader would write it: "Pat quoted speaking to
 * Ann twice"; when it runs both ways, one clause for both ("each quoted speaking to the
 * other: Pat once, Ann 3 times").
 */
function tieHtml(kind: string, verb: string, page: string, other: string, from: number, to: number): Html | false {
  if (from > 0 && to > 0)
    return html`<span class="${kind}">each ${verb} the other: ${page} ${times(from)}, ${other} ${times(to)}</span>`;
  if (from > 0) return html`<span class="${kind}">${page} ${verb} ${other} ${times(from)}</span>`;
  if (to > 0) return html`<span class="${kind}">${other} ${verb} ${page} ${times(to)}</span>`;
  return false;
}

/**
 * A person's relations as list items: each other person, then every kind of tie in words,
 * which way it runs and how often ("3 events together; Donald Trump quoted on Kamala
 * Harris 5 times"). Writing counts sources: "wrote about", with the number only when more than one.
 */
export function relationsHtml(rows: readonly RelationRow[], name: string): Html {
  return html`${rows.map((r) => {
    const wrote = (author: string, subject: string, n: number) =>
      html`<span class="rel-wrote">${author} wrote about ${subject}${n > 1 ? ` in ${n} sources` : ''}</span>`;
    const ties = [
      r.together > 0 &&
        html`<span class="rel-together">${r.together === 1 ? 'one event' : `${r.together} events`} together</span>`,
      tieHtml('rel-addressed', 'quoted speaking to', name, r.name, r.spokeTo, r.spokenTo),
      tieHtml('rel-quoted', 'quoted on', name, r.name, r.spokeOf, r.spokenOf),
      r.wroteOn > 0 && wrote(name, r.name, r.wroteOn),
      r.writtenOn > 0 && wrote(r.name, name, r.writtenOn),
    ].filter((t): t is Html => t !== false);
    return html`<li><a href="${r.href}">${r.name}</a> <span class="rel-ties">${ties.map((t, i) => (i ? html`; ${t}` : t))}</span></li>`;
  })}`;
}
