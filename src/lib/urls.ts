/** Site URLs of entries and pages, in one place, so every link agrees. */
import type { Collection } from './kinds.ts';

/** "/" or "/record/" → "" or "/record": joined with paths that start with a slash. */
export function trimBase(base: string): string {
  return base.replace(/\/+$/, '');
}

export function entryUrl(base: string, collection: Collection, id: string): string {
  return `${trimBase(base)}/${collection}/${id}/`;
}

export function pageUrl(base: string, path: string): string {
  return `${trimBase(base)}/${path.replace(/^\/+/, '')}`;
}

/** The branch pages are built from, which edit and history links point into. */
export const BRANCH = 'main';

const repo = (repository: string) => repository.replace(/\/+$/, '');

/** The file's editor in the repository, for "Edit this page". */
export function editUrl(repository: string, file: string): string {
  return `${repo(repository)}/edit/${BRANCH}/${file}`;
}

/** The file's history of commits, for "Last updated". */
export function historyUrl(repository: string, file: string): string {
  return `${repo(repository)}/commits/${BRANCH}/${file}`;
}

/** A new issue in the repository, with a title and body filled in. */
export function newIssueUrl(repository: string, title: string, body: string): string {
  const url = new URL(`${repo(repository)}/issues/new`);
  url.searchParams.set('title', title);
  url.searchParams.set('body', body);
  return url.href;
}
