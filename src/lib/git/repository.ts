/**
 * The repository the site is built from, for "Edit this page", "Report a problem" and
 * "Last updated" links: from REPOSITORY_URL, or else from the git remote when it points
 * to a forge whose URLs are known. Without either, there are no such links: a
 * placeholder repository would send readers' reports nowhere.
 */

/** The forges whose edit, history and issue URLs are known. */
export type Forge = 'github' | 'gitlab' | 'codeberg';

const FORGE_HOSTS: Readonly<Record<string, Forge>> = {
  'github.com': 'github',
  'gitlab.com': 'gitlab',
  'codeberg.org': 'codeberg',
};

export interface Repository {
  /** "https://github.com/owner/name", no trailing slash or ".git". */
  url: string;
  forge: Forge;
}

/** The branch pages are built from, which edit and history links point into. */
const BRANCH = 'main';

/**
 * A git remote as the repository's web address, when it is on a known forge: https
 * ("https://github.com/o/r.git"), scp-like ssh ("git@github.com:o/r.git") or ssh URLs.
 * Credentials in the remote are never kept.
 */
export function forgeRepository(remote: string): Repository | undefined {
  const trimmed = remote.trim();
  const scp = /^[\w.-]+@([\w.-]+):(?!\/)(.+)$/.exec(trimmed);
  let host: string;
  let path: string;
  if (scp?.[1] && scp[2]) {
    host = scp[1];
    path = scp[2];
  } else {
    let url: URL;
    try {
      url = new URL(trimmed);
    } catch {
      return undefined;
    }
    if (!['https:', 'http:', 'ssh:', 'git+ssh:'].includes(url.protocol)) return undefined;
    host = url.hostname;
    path = url.pathname;
  }
  const forge = FORGE_HOSTS[host.toLowerCase()];
  const parts = path
    .replace(/\.git\/?$/, '')
    .split('/')
    .filter(Boolean);
  // GitLab allows groups within groups; GitHub and Codeberg have exactly owner/name.
  const valid = forge === 'gitlab' ? parts.length >= 2 : parts.length === 2;
  if (!forge || !valid || parts.some((p) => !/^[\w.-]+$/.test(p))) return undefined;
  return { url: `https://${host.toLowerCase()}/${parts.join('/')}`, forge };
}

/**
 * The repository from the REPOSITORY_URL setting (which wins, and must be a forge
 * address) or the git remote; undefined when neither names one.
 */
export function resolveRepository(setting: string | undefined, remote: string | undefined): Repository | undefined {
  if (setting?.trim()) {
    const repository = forgeRepository(setting);
    if (!repository) {
      throw new Error(
        `REPOSITORY_URL "${setting}" is not a repository on GitHub, GitLab or Codeberg. ` +
          "Set it to the repository's web address, such as https://github.com/owner/name, or unset it to leave out edit links.",
      );
    }
    return repository;
  }
  return remote ? forgeRepository(remote) : undefined;
}

/** The file's editor in the repository, for "Edit this page". */
export function editUrl(repository: Repository, file: string): string {
  if (repository.forge === 'gitlab') return `${repository.url}/-/edit/${BRANCH}/${file}`;
  if (repository.forge === 'codeberg') return `${repository.url}/_edit/${BRANCH}/${file}`;
  return `${repository.url}/edit/${BRANCH}/${file}`;
}

/** The file's history of commits, for "Last updated". */
export function historyUrl(repository: Repository, file: string): string {
  if (repository.forge === 'gitlab') return `${repository.url}/-/commits/${BRANCH}/${file}`;
  if (repository.forge === 'codeberg') return `${repository.url}/commits/branch/${BRANCH}/${file}`;
  return `${repository.url}/commits/${BRANCH}/${file}`;
}

/** One commit's page on the forge: what it changed, for an entry's history. */
export function commitUrl(repository: Repository, hash: string): string {
  return `${repository.url}${repository.forge === 'gitlab' ? '/-' : ''}/commit/${hash}`;
}

/** The form for a new issue, without anything filled in: for the about page's "report an error". */
export function issuesUrl(repository: Repository): string {
  return `${repository.url}${repository.forge === 'gitlab' ? '/-' : ''}/issues/new`;
}

/** A new issue in the repository, with a title and body filled in. */
export function newIssueUrl(repository: Repository, title: string, body: string): string {
  const gitlab = repository.forge === 'gitlab';
  const url = new URL(`${repository.url}${gitlab ? '/-' : ''}/issues/new`);
  url.searchParams.set(gitlab ? 'issue[title]' : 'title', title);
  url.searchParams.set(gitlab ? 'issue[description]' : 'body', body);
  return url.href;
}
