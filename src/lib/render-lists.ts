/**
 * HTML for the lists repeated across pages: a chronological list of events, and a
 * quotation with its attribution. Built as strings (see html.ts) because person and
 * source pages of a large record hold hundreds of them.
 */
import { rangeParts, toISO, type HistoricalDate } from './dates.ts';
import { html, type Html } from './html.ts';
import { entryUrl } from './urls.ts';
import { ATTRIBUTION_LABEL, type ParticipantRow } from './views.ts';
import type { Quote } from '../schemas/event.ts';
import type { Collection } from './kinds.ts';

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

export interface ListedMention {
  collection: Collection;
  id: string;
  title: string;
  sentence: string;
}

/** Items of a "Mentioned in" list: the entry whose text links here, and the sentence that does. */
export function mentionListHtml(base: string, mentions: readonly ListedMention[]): Html {
  return html`${mentions.map((m) => html`<li><a href="${entryUrl(base, m.collection, m.id)}">${m.title}</a>${m.sentence ? html` <q>${m.sentence}</q>` : ''}</li>`)}`;
}

export interface ListedReference {
  n: number;
  source: string;
  title: string;
  publisher?: string | undefined;
  locator?: string | undefined;
  note?: string | undefined;
}

/** Items of an entry's numbered list of sources, which the [n] marks in its text point to. */
export function referenceListHtml(base: string, references: readonly ListedReference[]): Html {
  return html`${references.map(
    (r) =>
      html`<li id="ref-${r.n}" value="${r.n}"><a href="${entryUrl(base, 'sources', r.source)}"><cite>${r.title}</cite></a>${r.publisher ? `, ${r.publisher}` : ''}${
        r.locator ? `, ${r.locator}` : ''
      }${r.note ? html`<span class="note"> (${r.note})</span>` : ''}</li>`,
  )}`;
}

/** Items of a source page's list of the events it supports, with where in it. */
export function supportedEventsHtml(base: string, events: readonly { id: string; title: string; locator?: string | undefined }[]): Html {
  return html`${events.map((e) => html`<li><a href="${entryUrl(base, 'events', e.id)}">${e.title}</a>${e.locator ? `, ${e.locator}` : ''}</li>`)}`;
}

/** Items of a source page's list of the sentences cited to it, each with the entry it is in. */
export function claimListHtml(base: string, claims: readonly (ListedMention & { locator?: string | undefined })[]): Html {
  return html`${claims.map(
    (c) => html`<li><q>${c.sentence}</q> in <a href="${entryUrl(base, c.collection, c.id)}">${c.title}</a>${c.locator ? `, ${c.locator}` : ''}</li>`,
  )}`;
}

/** Items of an event's list of participants: name, office and age on the day, part. */
export function participantListHtml(base: string, rows: readonly ParticipantRow[]): Html {
  return html`${rows.map((row) => {
    const facts = [row.office, row.age && `age ${row.age}`].filter(Boolean).join(', ');
    return html`<li><a href="${entryUrl(base, 'people', row.id)}">${row.name}</a>${facts ? html` <span class="facts">(${facts})</span>` : ''}<span class="role">: ${row.role}</span></li>`;
  })}`;
}

/** Items of a person page's list of the people they shared events with. */
export function relatedListHtml(base: string, related: readonly { person: string; name: string; events: readonly unknown[] }[]): Html {
  return html`${related.map(
    (r) => html`<li><a href="${entryUrl(base, 'people', r.person)}">${r.name}</a>: ${r.events.length} shared event${r.events.length === 1 ? '' : 's'}</li>`,
  )}`;
}
