/**
 * The commit a build reads its content from, for the permanent link of "Cite this page":
 * the address of an entry's file as it was at that commit, which stays valid after the
 * file changes. A build whose content/ has uncommitted changes has no such commit, and
 * gets no permanent link rather than one to a version that is not the page.
 */
import { execFileSync } from 'node:child_process';
import type { Repository } from './repository.ts';

function git(root: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

/** The full hash of HEAD when `dir` under `root` has no uncommitted changes; else undefined. */
export function buildCommit(root: string, dir = 'content'): string | undefined {
  const head = git(root, ['rev-parse', '--verify', 'HEAD'])?.trim();
  if (!head || !/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(head)) return undefined;
  const status = git(root, ['status', '--porcelain', '--', dir]);
  return status === '' ? head : undefined;
}

/** A file as it was at a commit, on the repository's forge. */
export function permanentUrl(repository: Repository, commit: string, file: string): string {
  if (repository.forge === 'gitlab') return `${repository.url}/-/blob/${commit}/${file}`;
  if (repository.forge === 'codeberg') return `${repository.url}/src/commit/${commit}/${file}`;
  return `${repository.url}/blob/${commit}/${file}`;
}
