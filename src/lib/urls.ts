/** Site URLs of entries and pages, in one place, so every link agrees. */
import type { Collection } from './kinds.ts';

/** "/" or "/record/" → "" or "/record": joined with paths that start with a slash. */
function trimBase(base: string): string {
  return base.replace(/\/+$/, '');
}

export function entryUrl(base: string, collection: Collection, id: string): string {
  return `${trimBase(base)}/${collection}/${id}/`;
}

export function pageUrl(base: string, path: string): string {
  return `${trimBase(base)}/${path.replace(/^\/+/, '')}`;
}
