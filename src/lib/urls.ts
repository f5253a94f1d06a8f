/** Site URLs of entries and pages, in one place, so every link agrees. */
import type { Collection } from './kinds.ts';

/** "/" or "/record/" → "" or "/record": joined with paths that start with a slash. */
function trimBase(base: string): string {
  return base.replace(/\/+$/, '');
}

export function entryUrl(base: string, collection: Collection, id: string): string {
  return `${trimBase(base)}/${collection}/${id}/`;
}

/**
 * A site path as a full address, when the site has one (SITE_URL). Without it, undefined:
 * the build invents no domain, and what needs a full address is left out.
 */
export function absoluteUrl(path: string, site: URL | undefined): string | undefined {
  return site ? new URL(path, site).href : undefined;
}

export function pageUrl(base: string, path: string): string {
  return `${trimBase(base)}/${path.replace(/^\/+/, '')}`;
}
