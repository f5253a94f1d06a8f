/**
 * Ids for a body's headings. A body is rendered inside a page whose template has ids of
 * its own (its sections, the reference list, the citation marks); a body heading takes
 * the slug of its text, numbered on past every id the templates use.
 */
import GithubSlugger, { slug } from 'github-slugger';
import { COLLECTIONS } from '../../kinds.ts';
import { EVENT_SECTIONS, mentionGroupId, PERSON_SECTIONS, SOURCE_SECTIONS } from '../../sections.ts';

/** Ids of the page shell and components that are not sections of an entry page. */
const OTHER_IDS = [
  // The skip link's target (src/layouts/Base.astro), the contents list's heading
  // (OnThisPage.astro) and the citation preview (public/cite.js).
  'main',
  'on-this-page',
  'cite-preview',
  // The person page's list of their events and of related people.
  'events-list',
  'related-list',
  // The home page, around the record's own body: its timeline and the list beside it.
  'timeline',
  'timeline-list',
  // A timeline year page's list of events.
  'year-list',
  // The home page's list of ways into the record.
  'ways-in-heading',
  // Ids no template uses any more, kept so that body headings of these names keep the
  // ids (and the links to them) they have: dropping one changes the built pages.
  'content',
  'participants',
  'appears-in',
  'search',
  'network-title',
  'network-desc',
];

/** Ids the page templates use; body headings never take them. */
const RESERVED_IDS: ReadonlySet<string> = new Set([
  ...[EVENT_SECTIONS, PERSON_SECTIONS, SOURCE_SECTIONS].flatMap((sections) => Object.values(sections)),
  ...COLLECTIONS.map(mentionGroupId),
  ...OTHER_IDS,
]);

/**
 * Ids the templates use: references ([1] → #ref-1), citation marks (citationId in
 * ./references.ts), quotations, accounts and cited sentences (every id of src/lib/record/anchors.ts
 * starts with "quote-", "account-" or "claim-"); and the titles of
 * timeline figures and the figures themselves (Timeline.astro: "person-timeline",
 * "person-timeline-title"), with the descriptions earlier figures had; and the parts of the
 * search box (src/scripts/search/ui.ts: "search-dialog-input", "-hint", "-results").
 */
const RESERVED_PATTERN = /^ref-\d+$|^cite-\d+-\d+$|-timeline(-title|-desc)?$|^search-[a-z]+-(input|hint|results)$/;

/** The prefixes of quotation, account and cited-sentence ids (src/lib/record/anchors.ts). */
const ANCHOR_PREFIX = /^(quote|account|claim)-/;

/**
 * The ids for one body's headings, in order: each call gives the next heading's id,
 * never one a template uses and never one an earlier heading took.
 */
export function headingIds(): (text: string) => string {
  // Made at the first heading: most bodies have none, and seeding costs a slug per reserved id.
  let slugger: GithubSlugger | undefined;
  return (text) => {
    if (!slugger) {
      slugger = new GithubSlugger();
      for (const reserved of RESERVED_IDS) slugger.slug(reserved);
    }
    // A heading of punctuation alone ("…", "!!!") slugs to nothing: it takes "section",
    // numbered on like any other, so every heading has an id and no two share one.
    // A heading "Quote of the day" would take an anchor's prefix: it becomes "section-quote-of-the-day".
    const slugged = slug(text);
    const base = slugged === '' ? 'section' : ANCHOR_PREFIX.test(slugged) ? `section ${text}` : text;
    let id = slugger.slug(base);
    while (RESERVED_PATTERN.test(id)) id = slugger.slug(base);
    return id;
  };
}
