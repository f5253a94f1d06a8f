/**
 * The commit a build reads its content from, for the permanent link of "Cite this page":
 * the address of an entry's file as it was at that commit, which stays valid after the
 * file changes. A build whose content/ has uncommitted changes has no such commit, and
 * gets no permanent link rather than one to a version that is not the page.
 */
import { git, headCommit } from './history.ts';
import type { Repository } from './repository.ts';

/** The full hash of HEAD when `dir` under `root` has no uncommitted changes; else undefined. */
export function buildCommit(root: string, dir = 'content'): string | undefined {
  const head = headCommit(root);
  if (!head) return undefined;
  const status = git(root, ['status', '--porcelain', '--', dir]);
  return status === '' ? head : undefined;
}

/** A file as it was at a commit, on the repository's forge. */
export function permanentUrl(repository: Repository, commit: string, file: string): string {
  if (repository.forge === 'gitlab') return `${repository.url}/-/blob/${commit}/${file}`;
  if (repository.forge === 'codeberg') return `${repository.url}/src/commit/${commit}/${file}`;
  return `${repository.url}/blob/${commit}/${file}`;
}
