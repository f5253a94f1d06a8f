/**
 * HTML for the lists repeated across pages: a chronological list of events, and a
 * quotation with its attribution. Built as strings (see html.ts) because person and
 * source pages of a large record hold hundreds of them.
 */
import { rangeParts, toISO, type HistoricalDate } from './dates.ts';
import { html, type Html } from './html.ts';
import { entryUrl } from './urls.ts';
import { ATTRIBUTION_LABEL } from './views.ts';
import type { Quote } from '../schemas/event.ts';

/** <time> for a date or a range, as the DateText component writes it. */
export function dateHtml(date: HistoricalDate, end?: HistoricalDate): Html {
  const parts = rangeParts(date, end);
  const first = html`<time datetime="${toISO(date)}">${parts.start}</time>`;
  if (parts.end === undefined || !end) return first;
  return html`${first}${parts.start.includes(' ') ? ' – ' : '–'}<time datetime="${toISO(end)}">${parts.end}</time>`;
}

export interface ListedEvent {
  id: string;
  data: { title: string; summary: string; date: HistoricalDate; end?: HistoricalDate | undefined };
}

export function eventListHtml(base: string, events: readonly ListedEvent[], detail?: (event: ListedEvent) => string | undefined): Html {
  return html`${events.map(
    (e) =>
      html`<li><span class="when">${dateHtml(e.data.date, e.data.end)}</span> <a href="${entryUrl(base, 'events', e.id)}">${e.data.title}</a> <p>${detail?.(e) ?? e.data.summary}</p></li>`,
  )}`;
}

export interface QuoteContext {
  base: string;
  personName: (id: string) => string;
  sourceTitle: (id: string) => string;
  /** The event it was said in, when shown away from the event page. */
  event?: { id: string; title: string } | undefined;
  id?: string | undefined;
}

export function quoteHtml(quote: Quote, ctx: QuoteContext): Html {
  const person = (id: string) => html`<a href="${entryUrl(ctx.base, 'people', id)}">${ctx.personName(id)}</a>`;
  const speakers = quote.speakers.length
    ? quote.speakers.map((s, i) => html`${i > 0 ? (i === quote.speakers.length - 1 ? ' and ' : ', ') : ''}${person(s)}`)
    : html`<span>${quote.speakerDescription ?? ''}</span>`;
  const source = (id: string, locator?: string) =>
    html`<a href="${entryUrl(ctx.base, 'sources', id)}"><cite>${ctx.sourceTitle(id)}</cite></a>${locator ? `, ${locator}` : ''}`;
  return html`<figure class="quote"${ctx.id ? html` id="${ctx.id}"` : ''} data-attribution="${quote.attribution}"><blockquote data-pagefind-weight="4"><p>${
    quote.attribution === 'paraphrase' ? quote.text : `“${quote.text}”`
  }</p></blockquote><figcaption>${speakers}${quote.addressee ? html` to ${person(quote.addressee)}` : ''}${
    ctx.event ? html`, in <a href="${entryUrl(ctx.base, 'events', ctx.event.id)}">${ctx.event.title}</a>` : ''
  }<span class="attribution">, ${ATTRIBUTION_LABEL[quote.attribution]}</span> — ${source(quote.source, quote.locator)}${
    quote.via ? html`, as quoted in ${source(quote.via.source, quote.via.locator)}` : ''
  }${quote.note ? html`<span class="note">. ${quote.note}</span>` : ''}</figcaption></figure>`;
}
