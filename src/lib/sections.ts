/**
 * The ids of the entry pages' own sections. The page models list them in the contents
 * ("On this page"), the templates and components put them on their headings, and body
 * headings never take them (src/lib/record/body/heading-ids.ts). A leaf module: the body checks
 * read these ids without importing the page models, which import the body modules.
 */
import type { Collection } from './kinds.ts';

/** Sections every entry page may end with, drawn by shared components: References.astro, MentionedIn.astro and EntryCorrections.astro. */
export const ENTRY_SECTIONS = {
  sources: 'sources',
  further: 'further-reading',
  mentions: 'mentioned-in',
  corrections: 'corrections',
} as const;

/** The heading of one collection's group under "Mentioned in": "mentioned-in-people". */
export function mentionGroupId(collection: Collection): string {
  return `${ENTRY_SECTIONS.mentions}-${collection}`;
}

export const EVENT_SECTIONS = {
  glance: 'at-a-glance',
  accounts: 'accounts',
  quotes: 'quotes',
  ...ENTRY_SECTIONS,
} as const;

export const PERSON_SECTIONS = {
  biography: 'biography',
  roles: 'roles',
  events: 'events',
  quoted: 'quoted',
  addressed: 'addressed',
  about: 'said-about',
  authored: 'authored',
  related: 'related',
  ...ENTRY_SECTIONS,
} as const;

export const SOURCE_SECTIONS = {
  supports: 'supports',
  events: 'supports-events',
  claims: 'supports-claims',
  quotes: 'supports-quotes',
  accounts: 'supports-accounts',
  people: 'supports-people',
  ...ENTRY_SECTIONS,
} as const;
