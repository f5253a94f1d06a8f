/**
 * The search experience, shared by the header dialog and the /search/ page: results as
 * you type, filters that combine (any value within a filter, every filter together)
 * with counts, keyboard movement through results, and a status line that screen
 * readers announce. Loaded only when search is opened.
 */
import { KINDS, kindInfo } from '../../lib/kinds.ts';
import { FILTER_KEYS, FILTER_LABELS, readResultMeta, type FilterKey } from '../../lib/search/document.ts';
import { rerank } from '../../lib/search/rank.ts';
import { foundLoosely, suggest } from '../../lib/search/suggest.ts';
import { pageUrl } from '../../lib/urls.ts';
import {
  FEW_RESULTS,
  loadNames,
  loadPagefind,
  type FilterCounts,
  type Pagefind,
  type Result,
  type ResultData,
  type SearchResponse,
} from './pagefind.ts';

/** The filters pages carry (see src/lib/search/document.ts), in display order. */
const FILTERS = FILTER_KEYS.map((key) => ({ key, label: FILTER_LABELS[key] }));
/** Filter counts of a search: among its results, and with no filter applied. */
type Counts = Pick<SearchResponse, 'filters'>;
const SHOWN_VALUES = 8;
/** Results fetched at a time: each costs a request for its fragment of the index. */
const PAGE_SIZE = 10;

export interface SearchState {
  query: string;
  filters: Record<FilterKey, Set<string>>;
}

function emptyState(): SearchState {
  return {
    query: '',
    filters: Object.fromEntries(FILTER_KEYS.map((key) => [key, new Set<string>()])) as Record<FilterKey, Set<string>>,
  };
}

/** Reads ?q= and filter parameters: /search/?q=harris&kind=event&person=Joe+Biden */
export function stateFromUrl(search: string): SearchState {
  const params = new URLSearchParams(search);
  const state = emptyState();
  state.query = params.get('q') ?? '';
  for (const { key } of FILTERS) for (const value of params.getAll(key)) state.filters[key].add(value);
  return state;
}

function stateToUrl(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const { key } of FILTERS) for (const value of [...state.filters[key]].sort()) params.append(key, value);
  const query = params.toString();
  return query ? `?${query}` : '';
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
) {
  const el = document.createElement(tag);
  Object.assign(el, props);
  el.append(...children);
  return el;
}

/**
 * Pagefind's excerpt is the page's indexed text, unescaped, with <mark> around the words
 * matched: those tags are its only markup. Each part becomes a text node as it is, so no
 * parser trims the space at the edge of a part or reads the page's text as markup.
 */
function excerptNode(excerpt: string): HTMLElement {
  const p = element('p', { className: 'search-excerpt' });
  excerpt.split(/(<mark>[\s\S]*?<\/mark>)/).forEach((part, i) => {
    if (!part) return;
    // split() with a capturing group puts the marked parts at odd indexes.
    p.append(
      i % 2 === 1 ? element('mark', {}, part.slice('<mark>'.length, -'</mark>'.length)) : document.createTextNode(part),
    );
  });
  return p;
}

function resultItem(r: ResultData): HTMLLIElement {
  const fields = readResultMeta(r.meta);
  const meta = [fields.kindLabel, fields.dateText].filter(Boolean).join(' · ');
  const link = element(
    'a',
    { href: r.url, className: 'search-result-link' },
    element('span', { className: 'search-result-title' }, fields.title || r.url),
  );
  const item = element('li', { className: 'search-result' }, link);
  if (meta) item.append(element('p', { className: 'search-result-meta' }, meta));
  item.append(excerptNode(r.excerpt));
  // Sections of the page, by heading: shown only when the words matched there too, and
  // the section says something the page's own excerpt did not.
  const subs = r.sub_results
    .filter(
      (s) => s.url.includes('#') && s.title !== fields.title && s.excerpt.includes('<mark>') && s.excerpt !== r.excerpt,
    )
    .slice(0, 2);
  if (subs.length) {
    item.append(
      element(
        'ul',
        { className: 'search-subresults' },
        ...subs.map((s) => element('li', {}, element('a', { href: s.url }, s.title), excerptNode(s.excerpt))),
      ),
    );
  }
  return item;
}

/** Kinds in the order the site's navigation lists them: Events, People, Sources. */
const KIND_ORDER: readonly string[] = Object.values(KINDS).map((k) => k.kind);

/**
 * The order a filter's values are listed in. Kinds keep the navigation's order and years
 * run newest first: a reader looks for them in a fixed place and reads years as a sequence.
 * People, sources and tags run by their count among the current results, most first, then
 * by name: the counts are what a reader compares, and only the first few are shown before
 * "Show all", so those should be the ones that narrow the results most.
 */
function compareValues(key: FilterKey, [a, ca]: [string, number], [b, cb]: [string, number]): number {
  if (key === 'kind') return KIND_ORDER.indexOf(a) - KIND_ORDER.indexOf(b) || a.localeCompare(b);
  if (key === 'year') return Number(b) - Number(a) || a.localeCompare(b);
  return cb - ca || a.localeCompare(b, undefined, { numeric: true, sensitivity: 'base' }) || a.localeCompare(b);
}

/** Puts a list's items in the order given, moving only those out of place; a moved control keeps focus. */
function reorder(list: HTMLElement, items: readonly HTMLElement[]) {
  const focused = document.activeElement;
  items.forEach((item, i) => {
    const at = list.children[i];
    if (at !== item) list.insertBefore(item, at ?? null);
  });
  if (focused instanceof HTMLElement && focused !== document.activeElement && list.contains(focused))
    focused.focus({ preventScroll: true });
}

/** A button in the site's style (src/styles/search.css). */
function button(className: string, text: string): HTMLButtonElement {
  return element('button', { type: 'button', className: `search-button ${className}` }, text);
}

export interface SearchOptions {
  /** "page" keeps the URL in step with the search, so it can be shared. */
  mode: 'dialog' | 'page';
  initial?: SearchState;
  /** A control set at the end of the field's row, which stays in view: the dialog's Close. */
  barEnd?: HTMLElement;
}

interface FilterValue {
  value: string;
  box: HTMLInputElement;
  count: HTMLElement;
  item: HTMLLIElement;
}

interface FilterGroup {
  key: FilterKey;
  list: HTMLUListElement;
  values: FilterValue[];
  more: HTMLButtonElement;
}

export class SearchUI {
  readonly root: HTMLElement;
  readonly input: HTMLInputElement;
  #status: HTMLElement;
  #results: HTMLOListElement;
  #more: HTMLButtonElement;
  #remaining: Result[] = [];
  #filterPanel: HTMLDetailsElement;
  #suggestion: HTMLElement;
  #state: SearchState;
  #pagefind: Pagefind | undefined;
  /** Every filter value with its count in the whole record, once the filters have loaded. */
  #allFilters: FilterCounts = {};
  #groups: FilterGroup[] = [];
  /** Filter groups made but not yet shown: they are shown with their first counts, so nothing moves. */
  #pendingGroups: HTMLElement[] = [];
  /** Filters whose every matching value is shown ("Show all" pressed). */
  #expanded = new Set<FilterKey>();
  #mode: SearchOptions['mode'];
  #generation = 0;
  /** The search (query and filters, as in the URL) whose results are on screen. */
  #shown: string | undefined;
  /** Enter was pressed before the results of the search arrived: open the first once they do. */
  #openWhenShown = false;

  constructor(options: SearchOptions) {
    this.#mode = options.mode;
    this.#state = options.initial ?? emptyState();
    const id = `search-${options.mode}`;
    this.input = element('input', {
      type: 'search',
      id: `${id}-input`,
      name: 'q',
      autocomplete: 'off',
      spellcheck: false,
      value: this.#state.query,
      placeholder: 'Names, quotations, titles…',
    });
    this.input.setAttribute('aria-describedby', `${id}-hint`);
    this.input.setAttribute('aria-controls', `${id}-results`);
    this.input.setAttribute('enterkeyhint', 'go');
    const form = element(
      'form',
      { className: 'search-bar', action: pageUrl(import.meta.env.BASE_URL, 'search/'), method: 'get' },
      element('label', { htmlFor: this.input.id }, 'Search the record'),
      this.input,
    );
    if (options.barEnd) form.append(options.barEnd);
    form.setAttribute('role', 'search');
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#openFirst();
    });
    const hint = element(
      'p',
      { id: `${id}-hint`, className: 'visually-hidden' },
      'Results appear as you type. Enter opens the first; arrow keys move through them, Enter opens the one chosen, Escape goes back.',
    );
    this.#status = element('p', { className: 'search-status' });
    this.#status.setAttribute('role', 'status');
    // Made now, though its values load only when it is opened: in place from the start, it
    // moves nothing when search has loaded.
    this.#filterPanel = element(
      'details',
      { className: 'search-filter-panel' },
      element('summary', { className: 'search-button' }, 'Filters'),
    );
    this.#filterPanel.addEventListener('toggle', () => {
      if (this.#filterPanel.open) void this.#loadFilters();
    });
    this.#suggestion = element('p', { className: 'search-suggest', hidden: true });
    this.#results = element('ol', { className: 'search-results', id: `${id}-results` });
    this.#results.setAttribute('aria-label', 'Results');
    this.#more = button('search-more', 'More results');
    this.#more.hidden = true;
    this.#more.addEventListener('click', () => void this.#showMore());
    // The status line first, across the width; then the filters beside the results on a
    // wide screen, above them (collapsed) on a narrow one.
    const results = element('div', { className: 'search-main' }, this.#suggestion, this.#results, this.#more);
    const filters = element('div', { className: 'search-filters' }, this.#filterPanel);
    const body = element('div', { className: 'search-body' }, this.#status, filters, results);
    this.root = element('div', { className: `search search-in-${options.mode}` }, form, hint, body);
    this.input.addEventListener('input', () => {
      this.#state.query = this.input.value;
      this.#openWhenShown = false;
      void this.#run();
    });
    this.root.addEventListener('keydown', (event) => this.#onKey(event));
  }

  /**
   * Loads Pagefind and runs the initial search. The filter values (a download that grows
   * with the record) load only when the filters are opened, or at once when the URL
   * already applies some.
   */
  async start(): Promise<void> {
    this.#setStatus('Loading search…');
    try {
      this.#pagefind = await loadPagefind();
    } catch {
      this.#filterPanel.hidden = true;
      this.#setStatus('Search could not load. Browse the events, people or sources instead.');
      return;
    }
    if (FILTERS.some(({ key }) => this.#state.filters[key].size > 0)) this.#filterPanel.open = true;
    // Opened before search loaded (or by the URL): its values load now, with the first results.
    if (this.#filterPanel.open) await this.#loadFilters();
    else await this.#run();
  }

  #filtersLoaded = false;

  async #loadFilters(): Promise<void> {
    if (this.#filtersLoaded || !this.#pagefind) return;
    this.#filtersLoaded = true;
    this.#allFilters = await this.#pagefind.filters();
    this.#renderFilters();
    // Pagefind counts filter values in results only once the filters are loaded.
    await this.#run();
  }

  #setStatus(text: string) {
    this.#status.textContent = text;
  }

  /** Makes the filter groups; they are shown by #updateCounts, once each value has its count. */
  #renderFilters() {
    for (const { key, label } of FILTERS) {
      const entries = Object.entries(this.#allFilters[key] ?? {}).sort((a, b) => compareValues(key, a, b));
      if (entries.length === 0) continue;
      const fieldset = element('fieldset', { className: `filter filter-${key}` }, element('legend', {}, label));
      const list = element('ul');
      const values: FilterValue[] = [];
      for (const [value] of entries) {
        const box = element('input', {
          type: 'checkbox',
          name: key,
          value,
          checked: this.#state.filters[key].has(value),
        });
        const count = element('span', { className: 'count' });
        box.addEventListener('change', () => {
          if (box.checked) this.#state.filters[key].add(value);
          else this.#state.filters[key].delete(value);
          void this.#run();
        });
        const name = key === 'kind' ? (kindInfo(value)?.pluralLabel ?? value) : value;
        const item = element('li', {}, element('label', {}, box, element('span', {}, `${name} `, count)));
        list.append(item);
        values.push({ value, box, count, item });
      }
      const more = button('show-all', '');
      more.hidden = true;
      more.addEventListener('click', () => {
        this.#expanded.add(key);
        this.#updateCounts(this.#lastCounts);
        // The button goes; focus moves to the first value it revealed.
        const shown = [...list.children].filter((li) => li instanceof HTMLElement && !li.hidden);
        shown[SHOWN_VALUES]?.querySelector('input')?.focus();
      });
      fieldset.append(list, more);
      this.#groups.push({ key, list, values, more });
      this.#pendingGroups.push(fieldset);
    }
  }

  #activeFilters(): Record<string, { any: string[] }> {
    const out: Record<string, { any: string[] }> = {};
    for (const { key } of FILTERS) if (this.#state.filters[key].size) out[key] = { any: [...this.#state.filters[key]] };
    return out;
  }

  async #run(): Promise<void> {
    if (!this.#pagefind) return;
    const generation = ++this.#generation;
    const started = performance.now();
    const query = this.#state.query.trim();
    const filters = this.#activeFilters();
    if (this.#mode === 'page') history.replaceState(null, '', `${location.pathname}${stateToUrl(this.#state)}`);
    if (!query && Object.keys(filters).length === 0) {
      this.#results.replaceChildren();
      this.#shown = stateToUrl(this.#state);
      this.#openWhenShown = false;
      this.#remaining = [];
      this.#more.hidden = true;
      this.#suggestion.hidden = true;
      this.#updateCounts({ filters: this.#allFilters });
      // One line at 320 px, as "Loading search…" before it: the filters below do not move.
      this.#setStatus('Type a name, a quotation or a title.');
      return;
    }
    const response = await this.#pagefind.debouncedSearch(query || null, { filters }, 80);
    if (response === null || generation !== this.#generation) return;
    const data = await Promise.all(response.results.slice(0, PAGE_SIZE).map((r) => r.data()));
    if (generation !== this.#generation) return;
    const withFields = data.map((d) => ({ ...d, ...readResultMeta(d.meta) }));
    const ranked = query ? rerank(query, withFields) : withFields;
    // A better spelling is looked for before anything is drawn, so that the suggestion and
    // the results below it appear together and nothing on screen moves afterwards. When the
    // results are already for one (src/scripts/search/pagefind.ts), it is not looked for again.
    const better =
      response.correctedTo ??
      (query && foundLoosely(query, ranked, FEW_RESULTS) ? await this.#betterSpelling(query) : undefined);
    if (generation !== this.#generation) return;
    this.#remaining = response.results.slice(PAGE_SIZE);
    this.#results.replaceChildren(...ranked.map(resultItem));
    this.#shown = stateToUrl(this.#state);
    this.#more.hidden = this.#remaining.length === 0;
    this.#showSuggestion(better, response.correctedTo !== undefined);
    this.#updateCounts(response);
    const total = response.results.length;
    const about = query ? ` for “${query}”` : '';
    this.#setStatus(
      total === 0
        ? `No results${about}. Try fewer words, or browse the events, people and sources.`
        : `${total} result${total === 1 ? '' : 's'}${about}.`,
    );
    document.dispatchEvent(
      new CustomEvent('record:search-rendered', { detail: { query, results: total, ms: performance.now() - started } }),
    );
    if (this.#openWhenShown) this.#openFirst();
  }

  #lastCounts: Counts = { filters: {} };

  /**
   * Shows each filter value that can match, with its count among the results as filtered,
   * in the order compareValues gives. Values that would give nothing are hidden, except
   * checked ones, which always stay in view.
   */
  #updateCounts(counts: Counts) {
    this.#lastCounts = counts;
    for (const { key, list, values, more } of this.#groups) {
      const n = (v: FilterValue) => counts.filters[key]?.[v.value] ?? 0;
      const ordered = [...values].sort((a, b) => compareValues(key, [a.value, n(a)], [b.value, n(b)]));
      let shown = 0;
      for (const v of ordered) {
        v.count.textContent = `(${n(v)})`;
        const matching = n(v) > 0 || v.box.checked;
        v.item.hidden = !matching || (shown >= SHOWN_VALUES && !v.box.checked && !this.#expanded.has(key));
        if (matching) shown++;
      }
      reorder(
        list,
        ordered.map((v) => v.item),
      );
      more.hidden = this.#expanded.has(key) || shown <= SHOWN_VALUES;
      more.textContent = `Show all ${shown}`;
    }
    if (this.#pendingGroups.length) this.#filterPanel.append(...this.#pendingGroups.splice(0));
  }

  /** When a query finds little, the nearest spelling from the record's names and titles. */
  async #betterSpelling(query: string): Promise<string | undefined> {
    const list = await loadNames();
    return (list && suggest(query, list)) || undefined;
  }

  /** The better spelling as a button: "Did you mean X?", or, when the results are already for X, "Showing results for X." */
  #showSuggestion(better: string | undefined, applied = false) {
    this.#suggestion.hidden = better === undefined;
    if (better === undefined) return;
    const choice = button('search-suggestion', better);
    choice.addEventListener('click', () => {
      this.input.value = better;
      this.#state.query = better;
      this.input.focus();
      void this.#run();
    });
    if (applied) this.#suggestion.replaceChildren('Showing results for ', choice, '.');
    else this.#suggestion.replaceChildren('Did you mean ', choice, '?');
  }

  /** Follows the first result; if the query's results are still on their way, once they arrive. */
  #openFirst() {
    if (this.#shown !== stateToUrl(this.#state)) {
      this.#openWhenShown = true;
      return;
    }
    this.#openWhenShown = false;
    this.#links()[0]?.click();
  }

  async #showMore() {
    const generation = this.#generation;
    const next = this.#remaining.splice(0, PAGE_SIZE);
    const data = await Promise.all(next.map((r) => r.data()));
    // A new search started while these loaded: they belong to the old one.
    if (generation !== this.#generation) return;
    const items = data.map(resultItem);
    this.#results.append(...items);
    this.#more.hidden = this.#remaining.length === 0;
    items[0]?.querySelector('a')?.focus();
  }

  #links(): HTMLAnchorElement[] {
    return [...this.#results.querySelectorAll<HTMLAnchorElement>('a')];
  }

  #focusResult(index: number) {
    const links = this.#links();
    links[Math.max(0, Math.min(index, links.length - 1))]?.focus();
  }

  #onKey(event: KeyboardEvent) {
    const links = this.#links();
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown') {
      if (event.target === this.input || at >= 0) {
        event.preventDefault();
        this.#focusResult(at + 1);
      }
    } else if (event.key === 'ArrowUp' && at >= 0) {
      event.preventDefault();
      if (at === 0) this.input.focus();
      else this.#focusResult(at - 1);
    } else if (event.key === 'Escape' && at >= 0 && this.#mode === 'page') {
      event.preventDefault();
      this.input.focus();
    }
  }
}
