/**
 * HTML for the lists repeated across pages, built as escaped strings (see html.ts).
 *
 * The rule for which template language renders what:
 * - An **Astro component** renders a part that appears a fixed number of times on a page
 *   (a section, a box, a heading, a figure) or that needs a slot, a script or scoped markup.
 * - An **escaped-string builder here** renders the items of a list whose length grows with
 *   the record (events, quotations, references, mentions, participants, people): every
 *   Astro component instance costs a render pass, and person and source pages of a large
 *   record hold hundreds of items. The component that owns the list calls the builder.
 * Both take display data from the page models (src/lib/pages/): neither reads the record.
 */
import { rangeParts, toISO, type HistoricalDate } from '../time/dates.ts';
import { Html, html } from '../text/html.ts';
import { WEAK_MARK_HTML } from '../record/standing.ts';
import { markedHtml } from '../text/work-titles.ts';
import { entryUrl } from '../urls.ts';
import type { ParticipantRow } from '../graph/views.ts';
import type { Collection } from '../kinds.ts';
import type {
  Attributed,
  CiteMark,
  FurtherItem,
  MentionItem,
  QuoteItem,
  ReferenceItem,
  SourceLabel,
} from './shared.ts';
import type { RoleItem } from './person.ts';

/** <time> for a date or a range, as the DateText component writes it. */
export function dateHtml(date: HistoricalDate, end?: HistoricalDate): Html {
  const parts = rangeParts(date, end);
  const first = html`<time datetime="${toISO(date)}">${parts.start}</time>`;
  if (parts.end === undefined || !end) return first;
  return html`${first}${parts.dash ?? '–'}<time datetime="${toISO(end)}">${parts.end}</time>`;
}

export interface ListedEvent {
  id: string;
  data: { title: string; summary: string; date: HistoricalDate; end?: HistoricalDate | undefined };
}

export function eventListHtml(
  base: string,
  events: readonly ListedEvent[],
  detail?: (event: ListedEvent) => string | undefined,
): Html {
  return html`${events.map(
    (e) =>
      html`<li><span class="when">${dateHtml(e.data.date, e.data.end)}</span> <a href="${entryUrl(base, 'events', e.id)}">${markedHtml(e.data.title)}</a> <p>${markedHtml(detail?.(e) ?? e.data.summary)}</p></li>`,
  )}`;
}

/** A work's title in italics (<cite>); a title the record wrote (a description, an event's title), with the works it names marked. */
function titleHtml(title: string, descriptive: boolean): Html {
  return descriptive ? markedHtml(title) : html`<cite>${title}</cite>`;
}

/** A mark [n] that cites a reference, with the id the reference links back to; the word joiner keeps it on its word's line. */
function citeMarkHtml(mark: CiteMark | undefined): Html | '' {
  return mark
    ? html`<sup class="cite" id="${mark.id}"><a href="#ref-${mark.n}" aria-label="Source ${mark.n}">\u2060[${mark.n}]</a></sup>`
    : '';
}

/** "[better source needed]" after a quotation or version read only through weak sources. */
export const weakMarkHtml = new Html(WEAK_MARK_HTML);

/** A source as an attribution names it: a book by its title, an article by outlet and date. */
export function attributedHtml(base: string, a: Attributed): Html {
  const label = a.source.short.italic ? html`<cite>${a.source.short.text}</cite>` : html`${a.source.short.text}`;
  return html`<a href="${entryUrl(base, 'sources', a.source.id)}">${label}</a>${a.locator ? `, ${a.locator}` : ''}${citeMarkHtml(a.mark)}`;
}

/** A source as a list names it: its title (italic unless descriptive), publisher and date. */
function sourceTitleHtml(base: string, s: SourceLabel): Html {
  return html`<a href="${entryUrl(base, 'sources', s.id)}">${titleHtml(s.title, s.descriptive)}</a>`;
}

function joinedHtml(items: readonly Html[]): Html {
  return html`${items.map((item, i) => html`${i > 0 ? (i === items.length - 1 ? ' and ' : ', ') : ''}${item}`)}`;
}

/**
 * A quotation: the words, who said them to whom, and where we read them. The note,
 * often longer than the words, is folded so the quotations read as a list.
 */
export function quoteHtml(base: string, q: QuoteItem): Html {
  const person = (p: { id: string; name: string }) => html`<a href="${entryUrl(base, 'people', p.id)}">${p.name}</a>`;
  const speakers = q.speakers.length ? joinedHtml(q.speakers.map(person)) : markedHtml(q.speakerDescription ?? '');
  const words = q.attribution === 'paraphrase' ? q.text : `“${q.text}”`;
  return html`<figure class="quote"${q.anchor ? html` id="${q.anchor.id}"` : ''} data-attribution="${q.attribution}">${q.anchor ? aliasesHtml(q.anchor.aliases) : ''}<blockquote data-pagefind-weight="4"><p>${words}</p></blockquote><figcaption>${speakers}${
    q.addressee ? html` to ${person(q.addressee)}` : ''
  }${q.event ? html`, in <a href="${entryUrl(base, 'events', q.event.id)}#${q.id}">${markedHtml(q.event.title)}</a>` : ''}<span class="attribution">, ${q.attributionLabel}</span> — ${attributedHtml(base, q.source)}${
    q.via ? html`, as quoted in ${attributedHtml(base, q.via)}` : ''
  }${q.weak ? weakMarkHtml : ''}${q.wordsUrl ? html` (<a class="at-source" href="${q.wordsUrl}">the words at the source</a>)` : ''}${
    q.anchor ? html` ${selfLinkHtml(q.anchor.id, 'quotation')}` : ''
  }${q.note ? html`<details class="quote-note"><summary>Note</summary>${markedHtml(q.note)}</details>` : ''}</figcaption></figure>`;
}

/**
 * A discreet link to a part of the page, for copying its address: "Link", with what it
 * links to for screen readers. Kept out of the search index, which has the part's own text.
 */
export function selfLinkHtml(id: string, what: string): Html {
  return html`<a class="self-link" href="#${id}" data-pagefind-ignore>Link<span class="visually-hidden"> to this ${what}</span></a>`;
}

/** Empty anchors at the ids a part had before (content/ids.yaml): old links still land on it, and it is highlighted. */
export function aliasesHtml(aliases: readonly string[]): Html {
  return html`${aliases.map((id) => html`<span class="alias" id="${id}"></span>`)}`;
}

export function quoteListHtml(base: string, quotes: readonly QuoteItem[]): Html {
  return html`${quotes.map((q) => quoteHtml(base, q))}`;
}

/** Items of a group of "Mentioned in": the entry whose text links here, and our sentence that does, as an excerpt. */
export function mentionListHtml(base: string, collection: Collection, mentions: readonly MentionItem[]): Html {
  return html`${mentions.map(
    (m) =>
      html`<li><a href="${entryUrl(base, collection, m.id)}">${titleHtml(m.title, !m.work)}</a>${m.sentence ? html` <span class="excerpt">${markedHtml(m.sentence, 'em')}</span>` : ''}</li>`,
  )}`;
}

/**
 * Items of an entry's numbered list of sources: title, publisher, date and locator, and a
 * way back to every mark that cites it (↑ alone for one, ↑ a b c for several, as Wikipedia does).
 */
export function referenceListHtml(base: string, references: readonly ReferenceItem[]): Html {
  return html`${references.map((r) => {
    const back =
      r.backlinks.length === 1
        ? html`<a class="backlink" href="#${r.backlinks[0] ?? ''}" aria-label="Back to where source ${r.n} is cited">↑</a> `
        : r.backlinks.length > 1
          ? html`<span class="backlinks"><span aria-hidden="true">↑</span><span class="visually-hidden">Back to where source ${r.n} is cited:</span> ${r.backlinks.map(
              (id, i) => html`<a href="#${id}" aria-label="citation ${i + 1}">${letter(i)}</a> `,
            )}</span>`
          : '';
    return html`<li id="ref-${r.n}" value="${r.n}">${back}${referenceHtml(base, r)}</li>`;
  })}`;
}

/** Items of an entry's further reading: sources no mark on the page cites, unnumbered, each with what it supports. */
export function furtherReadingHtml(base: string, items: readonly FurtherItem[]): Html {
  return html`${items.map(
    (r) =>
      html`<li>${referenceHtml(base, r)}${r.supports && r.supports !== r.note ? html`<span class="supports">. ${markedHtml(r.supports)}</span>` : ''}</li>`,
  )}`;
}

/** A reference as a list names it: title, publisher, date, locator, standing and note. */
function referenceHtml(base: string, r: FurtherItem): Html {
  const published = r.source.published ? html`, ${dateHtml(r.source.published)}` : '';
  return html`${sourceTitleHtml(base, r.source)}${r.source.publisher ? `, ${r.source.publisher}` : ''}${published}${
    r.locator ? `, ${r.locator}` : ''
  }${r.source.standing ? html` <span class="standing">(${r.source.standing})</span>` : ''}${r.note ? html`<span class="note">. ${markedHtml(r.note)}</span>` : ''}`;
}

/** a, b, … z, aa, ab: the letters of the links back to a reference's marks. */
function letter(i: number): string {
  const a = 'abcdefghijklmnopqrstuvwxyz';
  return i < 26 ? (a[i] ?? '') : letter(Math.floor(i / 26) - 1) + (a[i % 26] ?? '');
}

/** Items of a source page's list of the events it supports, with where in it. */
export function supportedEventsHtml(
  base: string,
  events: readonly { id: string; title: string; locator?: string | undefined }[],
): Html {
  return html`${events.map((e) => html`<li><a href="${entryUrl(base, 'events', e.id)}">${markedHtml(e.title)}</a>${e.locator ? `, ${e.locator}` : ''}</li>`)}`;
}

/** Items of a source page's list of our sentences cited to it, each with the entry it is in: excerpts, not quotations. */
export function claimListHtml(
  base: string,
  claims: readonly {
    collection: Collection;
    id: string;
    title: string;
    work: boolean;
    sentence: string;
    locator?: string | undefined;
    claim?: string | undefined;
  }[],
): Html {
  return html`${claims.map((c) => {
    const url = entryUrl(base, c.collection, c.id);
    // The excerpt links to the sentence itself on its page.
    const excerpt = markedHtml(c.sentence, 'em');
    return html`<li><a href="${url}">${titleHtml(c.title, !c.work)}</a>${c.locator ? `, ${c.locator}` : ''} <span class="excerpt">${
      c.claim ? html`<a href="${url}#${c.claim}">${excerpt}</a>` : excerpt
    }</span></li>`;
  })}`;
}

/** Items of an event's list of participants: name, office and age on the day, part. */
export function participantListHtml(base: string, rows: readonly ParticipantRow[]): Html {
  return html`${rows.map((row) => {
    const facts = [row.office, row.age && `age ${row.age}`].filter(Boolean).join(', ');
    return html`<li><a href="${entryUrl(base, 'people', row.id)}">${row.name}</a>${facts ? html` <span class="participant-office">(${facts})</span>` : ''}<span class="role">: ${markedHtml(row.role)}</span></li>`;
  })}`;
}

/** Items of a person page's list of what they wrote: title in italics, date. */
export function authoredListHtml(base: string, sources: readonly { source: SourceLabel }[]): Html {
  return html`${sources.map(
    ({ source }) =>
      html`<li>${sourceTitleHtml(base, source)}${source.published ? html` (${dateHtml(source.published)})` : ''}</li>`,
  )}`;
}

/** A source's authors as a reader writes them, "A, B and C", linked when they have a page: one string, so no stray spaces. */
export function authorsHtml(base: string, authors: readonly { id?: string | undefined; name: string }[]): Html {
  return joinedHtml(
    authors.map((a) => (a.id ? html`<a href="${entryUrl(base, 'people', a.id)}">${a.name}</a>` : html`${a.name}`)),
  );
}

/**
 * Items of a person's roles: title, organisation, the dates held as far as the record
 * knows them (an end alone is "until", a start alone "from": never an unknown end or
 * start filled in), and a mark for each source.
 */
export function roleListHtml(roles: readonly RoleItem[]): Html {
  return html`${roles.map((role) => {
    const name = role.organisation ? `${role.title}, ${role.organisation}` : role.title;
    const dates = role.from
      ? role.to
        ? dateHtml(role.from, role.to)
        : html`from ${dateHtml(role.from)}`
      : role.to
        ? html`until ${dateHtml(role.to)}`
        : '';
    return html`<li>${name}${dates ? html`<span class="role-dates"> (${dates})</span>` : ''}${role.marks.map(citeMarkHtml)}</li>`;
  })}`;
}
