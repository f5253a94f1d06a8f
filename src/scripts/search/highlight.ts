/**
 * On a page reached from a search result (?highlight=…), marks the words searched for.
 * Pagefind's highlighter is loaded only then; its styles come from our stylesheet
 * (addStyles: false), since an injected <style> would break under the CSP.
 */
import { pageUrl } from '../../lib/urls.ts';
import { HIGHLIGHT_PARAM } from './pagefind.ts';

interface HighlighterModule {
  default: new (options: { highlightParam: string; addStyles: boolean; markContext?: string }) => unknown;
}

export async function highlightSearchTerms(): Promise<void> {
  const module = (await import(
    /* @vite-ignore */ pageUrl(import.meta.env.BASE_URL, 'pagefind/pagefind-highlight.js')
  )) as HighlighterModule;
  new module.default({ highlightParam: HIGHLIGHT_PARAM, addStyles: false, markContext: '[data-pagefind-body]' });
}
