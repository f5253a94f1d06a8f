/**
 * The parts of Citation.js (0.8, untyped JavaScript) the record uses: a Cite object built
 * from CSL-JSON or parsed from BibTeX and RIS text, its formatters, and the CSL plugin's
 * style registry and engines (one citeproc-js engine per style and locale, kept by the
 * plugin and given the items to format).
 */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown, options?: Record<string, unknown>);
    data: Record<string, unknown>[];
    format(format: string, options?: Record<string, unknown>): unknown;
  }
  /** The parts of a citeproc-js engine used: load the items to format, then format them. */
  export interface CiteprocEngine {
    updateItems(ids: readonly string[]): string[];
    makeBibliography(): [unknown, string[]] | false;
  }
  export const plugins: {
    config: {
      get(name: '@csl'): {
        styles: { add(name: string, xml: string): void; has(name: string): boolean; get(name: string): string };
        engine(items: readonly object[], style: string, lang: string, format: string): CiteprocEngine;
      };
    };
  };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';
