/**
 * Loading Pagefind's browser API from the built site (dist/pagefind/), once, and the
 * few of its types the search UI uses.
 */
import { pageUrl } from '../../lib/urls.ts';

export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
}

export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: SubResult[];
}

export interface Result {
  id: string;
  data: () => Promise<ResultData>;
}

export type FilterCounts = Record<string, Record<string, number>>;

export interface SearchResponse {
  results: Result[];
  /** Counts per filter value among results, given the filters applied. */
  filters: FilterCounts;
  /** Counts per filter value for the search with no filters applied. */
  totalFilters: FilterCounts;
}

export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<FilterCounts>;
  search: (term: string | null, options?: { filters?: Record<string, { any: string[] }> }) => Promise<SearchResponse>;
  debouncedSearch: (
    term: string | null,
    options?: { filters?: Record<string, { any: string[] }> },
    debounceMs?: number,
  ) => Promise<SearchResponse | null>;
}

/** The query parameter result links carry, so the target page highlights the words. */
export const HIGHLIGHT_PARAM = 'highlight';

let loading: Promise<Pagefind> | undefined;

/** Imports /pagefind/pagefind.js, which exists only in a built site. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const url = pageUrl(import.meta.env.BASE_URL, 'pagefind/pagefind.js');
    // The index is written by the build: Vite must not try to resolve it.
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({
      baseUrl: pageUrl(import.meta.env.BASE_URL, ''),
      highlightParam: HIGHLIGHT_PARAM,
      excerptLength: 24,
      // An excerpt that starts or ends mid-sentence says so.
      excerptEllipsis: '…',
      // Source pages are short (what the source is, a paragraph); events are long. At
      // Pagefind's default (0.75) a short page that names a word once outranks the event
      // that is about it, so "Harris" listed nine sources before any event. Lower, page
      // length counts for less, and the events reach the first results, which the
      // site's ranking (src/lib/search/rank.ts) then orders.
      ranking: { pageLength: 0.2 },
    });
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
