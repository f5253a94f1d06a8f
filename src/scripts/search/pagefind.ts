/**
 * Loading Pagefind's browser API from the built site (dist/pagefind/), once, and the
 * few of its types the search UI uses. The search it gives the UI is Pagefind's, with
 * two corrections: excerpts start at a sentence (excerptFromSentence), and a query with a
 * word that matches nothing, whose better spelling is certain, shows the results of that
 * spelling ("Dougg Emhoff" finds Doug Emhoff, not Pagefind's guess from "Doug").
 */
import { EXCERPT_ELLIPSIS, excerptFromSentence, META_WEIGHTS } from '../../lib/search/document.ts';
import { certainCorrection, foundLoosely, type NameList } from '../../lib/search/suggest.ts';
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
  /** The spelling these results are for, when the query was read as a certain better one. */
  correctedTo?: string;
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

/** Words of excerpt Pagefind gives: enough that one started at a sentence still shows the match. */
const EXCERPT_WORDS = 30;
/** Fewer results than this, and the query may be misspelled (the UI's measure too). */
export const FEW_RESULTS = 3;
/** Results whose titles and excerpts tell whether the words typed were found as typed. */
const CHECKED_RESULTS = 10;

let names: Promise<NameList | undefined> | undefined;
/**
 * /search-names.json (src/lib/search/suggest.ts), loaded once, the first time a query finds
 * little: by the certain correction here and by the dialog's "Did you mean".
 */
export function loadNames(): Promise<NameList | undefined> {
  names ??= fetch(pageUrl(import.meta.env.BASE_URL, 'search-names.json'))
    .then((r) => (r.ok ? (r.json() as Promise<NameList>) : undefined))
    .catch(() => undefined);
  return names;
}

/** A result whose excerpts start at a sentence. A new object each time: Pagefind's own is shared. */
function withSentences(result: Result): Result {
  return {
    ...result,
    data: async () => {
      const data = await result.data();
      return {
        ...data,
        excerpt: excerptFromSentence(data.excerpt),
        sub_results: data.sub_results.map((s) => ({ ...s, excerpt: excerptFromSentence(s.excerpt) })),
      };
    },
  };
}

function withSentencesAll(response: SearchResponse): SearchResponse {
  return { ...response, results: response.results.map(withSentences) };
}

/**
 * The response for a query, or, when it found the words only loosely and one of them
 * matches nothing with a certain better spelling, the response for that spelling.
 */
async function corrected(
  pagefind: Pagefind,
  term: string | null,
  options: Parameters<Pagefind['search']>[1],
  response: SearchResponse,
): Promise<SearchResponse> {
  if (!term?.trim()) return response;
  const data = await Promise.all(response.results.slice(0, CHECKED_RESULTS).map((r) => r.data()));
  const found = data.map((d) => ({ title: d.meta['title'] ?? '', excerpt: d.excerpt }));
  if (!foundLoosely(term, found, FEW_RESULTS)) return response;
  const list = await loadNames();
  const better = list && certainCorrection(term, list);
  return better ? { ...(await pagefind.search(better, options)), correctedTo: better } : response;
}

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
      excerptLength: EXCERPT_WORDS,
      // An excerpt that starts or ends mid-sentence says so.
      excerptEllipsis: EXCERPT_ELLIPSIS,
      // Source pages are short (what the source is, a paragraph); events are long. At
      // Pagefind's default (0.75) a short page that names a word once outranks the event
      // that is about it, so "Harris" listed nine sources before any event. Lower, page
      // length counts for less, and the events reach the first results, which the
      // site's ranking (src/lib/search/rank.ts) then orders.
      // Names and titles in metadata lift their page (src/lib/search/document.ts).
      ranking: { pageLength: 0.2, metaWeights: META_WEIGHTS },
    });
    await pagefind.init();
    return {
      ...pagefind,
      search: async (term, options) =>
        withSentencesAll(await corrected(pagefind, term, options, await pagefind.search(term, options))),
      debouncedSearch: async (term, options, debounceMs) => {
        const response = await pagefind.debouncedSearch(term, options, debounceMs);
        return response && withSentencesAll(await corrected(pagefind, term, options, response));
      },
    };
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
