import { describe, expect, test } from 'vitest';
import {
  commitUrl,
  editUrl,
  forgeRepository,
  historyUrl,
  issuesUrl,
  newIssueUrl,
  resolveRepository,
} from '../../src/lib/git/repository.ts';

describe('forgeRepository', () => {
  test.each([
    ['https://github.com/owner/name.git', 'https://github.com/owner/name', 'github'],
    ['https://github.com/owner/name', 'https://github.com/owner/name', 'github'],
    ['https://github.com/owner/name/', 'https://github.com/owner/name', 'github'],
    ['git@github.com:owner/name.git', 'https://github.com/owner/name', 'github'],
    ['ssh://git@github.com/owner/name.git', 'https://github.com/owner/name', 'github'],
    ['https://user:secret-token@github.com/owner/name.git', 'https://github.com/owner/name', 'github'],
    ['git@gitlab.com:group/subgroup/name.git', 'https://gitlab.com/group/subgroup/name', 'gitlab'],
    ['https://codeberg.org/owner/name.git\n', 'https://codeberg.org/owner/name', 'codeberg'],
    ['https://GitHub.com/owner/name', 'https://github.com/owner/name', 'github'],
  ])('%s is %s on %s', (remote, url, forge) => {
    expect(forgeRepository(remote)).toEqual({ url, forge });
  });

  test.each([
    ['a host that is not a known forge', 'https://git.example.org/owner/name.git'],
    ['a local path', '/srv/git/record.git'],
    ['a file URL', 'file:///srv/git/record.git'],
    ['an owner without a name', 'https://github.com/owner'],
    ['a deeper GitHub path', 'https://github.com/owner/name/tree/main'],
    ['not a URL', 'origin'],
    ['an empty remote', ''],
  ])('is undefined for %s', (_, remote) => {
    expect(forgeRepository(remote)).toBeUndefined();
  });
});

describe('resolveRepository', () => {
  test('the setting wins over the remote', () => {
    expect(resolveRepository('https://codeberg.org/a/b', 'git@github.com:c/d.git')?.url).toBe(
      'https://codeberg.org/a/b',
    );
  });
  test('the remote is used when nothing is set', () => {
    expect(resolveRepository(undefined, 'git@github.com:c/d.git')?.url).toBe('https://github.com/c/d');
    expect(resolveRepository('  ', 'git@github.com:c/d.git')?.url).toBe('https://github.com/c/d');
  });
  test('neither: no repository, so no links', () => {
    expect(resolveRepository(undefined, undefined)).toBeUndefined();
    expect(resolveRepository(undefined, 'https://git.example.org/a/b')).toBeUndefined();
  });
  test('a setting that is not a forge repository fails with the fix', () => {
    expect(() => resolveRepository('https://example.org/', undefined)).toThrow(
      /REPOSITORY_URL "https:\/\/example.org\/".*such as https:\/\/github.com\/owner\/name/,
    );
  });
});

describe('links into the repository', () => {
  const file = 'content/events/x.mdx';
  test.each([
    [
      'github',
      'https://github.com/o/r/edit/main/' + file,
      'https://github.com/o/r/commits/main/' + file,
      'https://github.com/o/r/issues/new?title=T&body=B',
      'https://github.com/o/r/commit/abc123',
    ],
    [
      'gitlab',
      'https://gitlab.com/o/r/-/edit/main/' + file,
      'https://gitlab.com/o/r/-/commits/main/' + file,
      'https://gitlab.com/o/r/-/issues/new?issue%5Btitle%5D=T&issue%5Bdescription%5D=B',
      'https://gitlab.com/o/r/-/commit/abc123',
    ],
    [
      'codeberg',
      'https://codeberg.org/o/r/_edit/main/' + file,
      'https://codeberg.org/o/r/commits/branch/main/' + file,
      'https://codeberg.org/o/r/issues/new?title=T&body=B',
      'https://codeberg.org/o/r/commit/abc123',
    ],
  ] as const)('on %s', (forge, edit, history, issue, commit) => {
    const host = { github: 'github.com', gitlab: 'gitlab.com', codeberg: 'codeberg.org' }[forge];
    const repository = { url: `https://${host}/o/r`, forge };
    expect(editUrl(repository, file)).toBe(edit);
    expect(historyUrl(repository, file)).toBe(history);
    expect(newIssueUrl(repository, 'T', 'B')).toBe(issue);
    expect(commitUrl(repository, 'abc123')).toBe(commit);
    expect(issuesUrl(repository)).toBe(issue.replace(/\?.*/, ''));
  });
});
