/**
 * The search experience, shared by the header dialog and the /search/ page: results as
 * you type, filters that combine (any value within a filter, every filter together)
 * with counts, keyboard movement through results, and a status line that screen
 * readers announce. Loaded only when search is opened.
 */
import { kindInfo } from '../../lib/kinds.ts';
import { FILTER_KEYS, FILTER_LABELS, readResultMeta, type FilterKey } from '../../lib/search/document.ts';
import { rerank } from '../../lib/search/rank.ts';
import { foundLoosely, suggest, type NameList } from '../../lib/search/suggest.ts';
import { pageUrl } from '../../lib/urls.ts';
import {
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
/** Fewer results than this, and search looks for a better spelling among the record's names and titles. */
const FEW_RESULTS = 3;

let names: Promise<NameList | undefined> | undefined;
/** The words "did you mean" chooses from, loaded the first time a query finds little. */
function loadNames(): Promise<NameList | undefined> {
  names ??= fetch(pageUrl(import.meta.env.BASE_URL, 'search-names.json'))
    .then((r) => (r.ok ? (r.json() as Promise<NameList>) : undefined))
    .catch(() => undefined);
  return names;
}

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

export interface SearchOptions {
  /** "page" keeps the URL in step with the search, so it can be shared. */
  mode: 'dialog' | 'page';
  initial?: SearchState;
}

export class SearchUI {
  readonly root: HTMLElement;
  readonly input: HTMLInputElement;
  #status: HTMLElement;
  #results: HTMLOListElement;
  #more: HTMLButtonElement;
  #remaining: Result[] = [];
  #filterBox: HTMLElement;
  #suggestion: HTMLElement;
  #state: SearchState;
  #pagefind: Pagefind | undefined;
  #allFilters: FilterCounts = {};
  #checkboxes = new Map<string, { box: HTMLInputElement; count: HTMLElement; item: HTMLLIElement }>();
  /** Filters whose every matching value is shown ("Show all" pressed). */
  #expanded = new Set<FilterKey>();
  #moreButtons = new Map<FilterKey, HTMLButtonElement>();
  #mode: SearchOptions['mode'];
  #generation = 0;

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
    const form = element(
      'form',
      { className: 'search-bar', action: pageUrl(import.meta.env.BASE_URL, 'search/'), method: 'get' },
      element('label', { htmlFor: this.input.id }, 'Search the record'),
      this.input,
    );
    form.setAttribute('role', 'search');
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#focusResult(0);
    });
    const hint = element(
      'p',
      { id: `${id}-hint`, className: 'visually-hidden' },
      'Results appear as you type. Arrow keys move through them, Enter opens one, Escape goes back.',
    );
    this.#status = element('p', { className: 'search-status' });
    this.#status.setAttribute('role', 'status');
    this.#filterBox = element('div', { className: 'search-filters' });
    this.#suggestion = element('p', { className: 'search-suggest', hidden: true });
    this.#results = element('ol', { className: 'search-results', id: `${id}-results` });
    this.#results.setAttribute('aria-label', 'Results');
    this.#more = element('button', { type: 'button', className: 'search-more', hidden: true }, 'More results');
    this.#more.addEventListener('click', () => void this.#showMore());
    // Filters beside the results on a wide screen, above them (collapsed) on a narrow one.
    const results = element(
      'div',
      { className: 'search-main' },
      this.#status,
      this.#suggestion,
      this.#results,
      this.#more,
    );
    const body = element('div', { className: 'search-body' }, this.#filterBox, results);
    this.root = element('div', { className: `search search-in-${options.mode}` }, form, hint, body);
    this.input.addEventListener('input', () => {
      this.#state.query = this.input.value;
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
      this.#setStatus('Search could not load. Browse the events, people or sources instead.');
      return;
    }
    const details = element('details', { className: 'search-filter-panel' }, element('summary', {}, 'Filters'));
    details.addEventListener('toggle', () => {
      if (details.open) void this.#loadFilters(details);
    });
    this.#filterBox.replaceChildren(details);
    if (FILTERS.some(({ key }) => this.#state.filters[key].size > 0)) {
      details.open = true;
      await this.#loadFilters(details);
    } else {
      await this.#run();
    }
  }

  #filtersLoaded = false;

  async #loadFilters(details: HTMLDetailsElement): Promise<void> {
    if (this.#filtersLoaded || !this.#pagefind) return;
    this.#filtersLoaded = true;
    this.#allFilters = await this.#pagefind.filters();
    this.#renderFilters(details);
    // Pagefind counts filter values in results only once the filters are loaded.
    await this.#run();
  }

  #setStatus(text: string) {
    this.#status.textContent = text;
  }

  #renderFilters(details: HTMLDetailsElement) {
    for (const { key, label } of FILTERS) {
      const values = Object.entries(this.#allFilters[key] ?? {}).sort(([a, ca], [b, cb]) =>
        key === 'year' ? Number(b) - Number(a) : key === 'kind' ? a.localeCompare(b) : cb - ca || a.localeCompare(b),
      );
      if (values.length === 0) continue;
      const fieldset = element('fieldset', { className: `filter filter-${key}` }, element('legend', {}, label));
      const list = element('ul');
      for (const [value] of values) {
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
        const item = element(
          'li',
          {},
          element('label', {}, box, ` ${key === 'kind' ? (kindInfo(value)?.pluralLabel ?? value) : value} `, count),
        );
        list.append(item);
        this.#checkboxes.set(`${key}\u0000${value}`, { box, count, item });
      }
      const more = element('button', { type: 'button', className: 'show-all', hidden: true });
      more.addEventListener('click', () => {
        this.#expanded.add(key);
        this.#updateCounts(this.#lastCounts);
      });
      this.#moreButtons.set(key, more);
      fieldset.append(list, more);
      details.append(fieldset);
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
      this.#remaining = [];
      this.#more.hidden = true;
      this.#suggestion.hidden = true;
      this.#updateCounts({ filters: this.#allFilters });
      this.#setStatus('Type a name, a phrase someone said or a title, or choose filters.');
      return;
    }
    const response = await this.#pagefind.debouncedSearch(query || null, { filters }, 80);
    if (response === null || generation !== this.#generation) return;
    const data = await Promise.all(response.results.slice(0, PAGE_SIZE).map((r) => r.data()));
    if (generation !== this.#generation) return;
    this.#remaining = response.results.slice(PAGE_SIZE);
    const withFields = data.map((d) => ({ ...d, ...readResultMeta(d.meta) }));
    const ranked = query ? rerank(query, withFields) : withFields;
    this.#results.replaceChildren(...ranked.map(resultItem));
    this.#more.hidden = this.#remaining.length === 0;
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
    // After the results: a better spelling may need the list of names downloaded first.
    void this.#offerSpelling(query, query !== '' && foundLoosely(query, ranked, FEW_RESULTS), generation);
  }

  #lastCounts: Counts = { filters: {} };

  /**
   * Shows each filter value that can match, with its count among the results as filtered.
   * Values that would give nothing are hidden, except checked ones, which always stay in view.
   */
  #updateCounts(counts: Counts) {
    this.#lastCounts = counts;
    const shown = new Map<string, number>();
    for (const [id, { box, count, item }] of this.#checkboxes) {
      const [filter = '', value = ''] = id.split('\u0000');
      const key = filter as FilterKey;
      const n = counts.filters[filter]?.[value] ?? 0;
      count.textContent = `(${n})`;
      const matching = n > 0 || box.checked;
      const index = shown.get(filter) ?? 0;
      if (matching) shown.set(filter, index + 1);
      item.hidden = !matching || (index >= SHOWN_VALUES && !box.checked && !this.#expanded.has(key));
    }
    for (const [key, more] of this.#moreButtons) {
      const n = shown.get(key) ?? 0;
      more.hidden = this.#expanded.has(key) || n <= SHOWN_VALUES;
      more.textContent = `Show all ${n}`;
    }
  }

  /** When a query finds little, offers the nearest spelling from the record's names and titles. */
  async #offerSpelling(query: string, loosely: boolean, generation: number) {
    this.#suggestion.hidden = true;
    if (!query || !loosely) return;
    const list = await loadNames();
    const better = list && suggest(query, list);
    if (!better || generation !== this.#generation) return;
    const button = element('button', { type: 'button', className: 'search-suggestion' }, better);
    button.addEventListener('click', () => {
      this.input.value = better;
      this.#state.query = better;
      this.input.focus();
      void this.#run();
    });
    this.#suggestion.replaceChildren('Did you mean ', button, '?');
    this.#suggestion.hidden = false;
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
