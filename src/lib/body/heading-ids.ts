/**
 * Ids for a body's headings. A body is rendered inside a page whose template has ids of
 * its own (its sections, the reference list, the citation marks); a body heading takes
 * the slug of its text, numbered on past every id the templates use.
 */
import GithubSlugger from 'github-slugger';

/** Ids the page templates use; body headings never take them. */
const RESERVED_IDS = [
  'main',
  'content',
  'participants',
  'quotes',
  'accounts',
  'sources',
  'appears-in',
  'roles',
  'timeline',
  'related',
  'related-list',
  'supports',
  'search',
  'mentioned-in',
  'quoted',
  'addressed',
  'said-about',
  'authored',
  'events',
  'events-list',
  'timeline-list',
  'year-list',
  'network-title',
  'network-desc',
  'at-a-glance',
  'further-reading',
  'on-this-page',
  'supports-events',
  'supports-claims',
  'supports-quotes',
  'supports-accounts',
  'supports-people',
  'mentioned-in-events',
  'mentioned-in-people',
  'mentioned-in-sources',
  'cite-preview',
];
/** Numbered ids the templates use ([1] → #ref-1, quotations, accounts) and figure ids. */
const RESERVED_PATTERN = /^(ref|quote|account)-\d+$|^cite-\d+-\d+$|-timeline-(title|desc)$/;

/**
 * The ids for one body's headings, in order: each call gives the next heading's id,
 * never one a template uses and never one an earlier heading took.
 */
export function headingIds(): (text: string) => string {
  const slugger = new GithubSlugger();
  for (const id of RESERVED_IDS) slugger.slug(id);
  return (text) => {
    let id = slugger.slug(text);
    while (RESERVED_PATTERN.test(id)) id = slugger.slug(text);
    return id;
  };
}
