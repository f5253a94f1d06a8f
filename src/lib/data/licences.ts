/**
 * The record's licences, split the way Wikipedia and Wikidata split theirs: one table,
 * read by the footer, /data/, the JSON export's metadata and the data package, so they
 * can never disagree. LICENSE and LICENSE-CONTENT at the repository's root say the same
 * in full.
 */

export interface Licence {
  /** SPDX identifier: the data package's `licenses[].name`. */
  spdx: string;
  /** The licence's full name. */
  title: string;
  /** Its short name, as the footer shows it. */
  short: string;
  /** The licence's own page. */
  path: string;
  /** What it covers, in a few words. */
  covers: string;
}

export const LICENCES = {
  prose: {
    spdx: 'CC-BY-SA-4.0',
    title: 'Creative Commons Attribution-ShareAlike 4.0 International',
    short: 'CC BY-SA 4.0',
    path: 'https://creativecommons.org/licenses/by-sa/4.0/',
    covers:
      "the record's prose: entry bodies, summaries, descriptions, roles, notes and accounts in the record's own words",
  },
  data: {
    spdx: 'CC0-1.0',
    title: 'Creative Commons Zero 1.0 Universal (public domain dedication)',
    short: 'CC0 1.0',
    path: 'https://creativecommons.org/publicdomain/zero/1.0/',
    covers: 'the structured data: frontmatter facts, and the JSON and CSV exports',
  },
  code: {
    spdx: 'MIT',
    title: 'MIT License',
    short: 'MIT',
    path: 'https://opensource.org/license/mit',
    covers: 'the code that builds the site',
  },
} as const satisfies Record<string, Licence>;

/** Quotations are not the record's to license: the words of the people quoted, used briefly with attribution. */
export const QUOTATIONS_EXCLUDED =
  "Quotations are the words of the people quoted, reproduced briefly with attribution: they are not the record's to license and are excluded from both licences.";

/** The value of each quote's `licence` field in the export: why it carries none of the record's licences. */
export const QUOTE_LICENCE = 'excluded: the words of the speaker, quoted with attribution';
