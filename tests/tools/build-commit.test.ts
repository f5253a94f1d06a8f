import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { git } from '../support/git.ts';
import { buildCommit, permanentUrl } from '../../src/lib/git/build-commit.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function repo(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'record-commit-'));
  dirs.push(dir);
  mkdirSync(path.join(dir, 'content/events'), { recursive: true });
  git(dir, ['init', '-q', '-b', 'main']);
  writeFileSync(path.join(dir, 'content/events/a.mdx'), 'a');
  git(dir, ['add', '.']);
  git(dir, ['commit', '-q', '-m', 'first']);
  return dir;
}

describe('buildCommit', () => {
  test('is the full hash of HEAD when content/ is as committed', () => {
    const dir = repo();
    expect(buildCommit(dir)).toBe(git(dir, ['rev-parse', 'HEAD']).trim());
  });

  test('is undefined when content/ has uncommitted changes: the page would not be that version', () => {
    const dir = repo();
    writeFileSync(path.join(dir, 'content/events/a.mdx'), 'changed');
    expect(buildCommit(dir)).toBeUndefined();
    git(dir, ['checkout', '--', '.']);
    writeFileSync(path.join(dir, 'content/events/new.mdx'), 'new');
    expect(buildCommit(dir)).toBeUndefined();
  });

  test('ignores changes outside content/', () => {
    const dir = repo();
    writeFileSync(path.join(dir, 'notes.txt'), 'x');
    expect(buildCommit(dir)).toMatch(/^[0-9a-f]{40}$/);
  });

  test('is undefined outside a git work tree', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'record-nogit-'));
    dirs.push(dir);
    expect(buildCommit(dir)).toBeUndefined();
  });
});

describe('permanentUrl', () => {
  const commit = 'a'.repeat(40);
  test.each([
    ['github', 'https://github.com/o/r', `https://github.com/o/r/blob/${commit}/content/events/x.mdx`],
    ['gitlab', 'https://gitlab.com/g/s/r', `https://gitlab.com/g/s/r/-/blob/${commit}/content/events/x.mdx`],
    ['codeberg', 'https://codeberg.org/o/r', `https://codeberg.org/o/r/src/commit/${commit}/content/events/x.mdx`],
  ] as const)('on %s is the file at that commit', (forge, url, expected) => {
    expect(permanentUrl({ forge, url }, commit, 'content/events/x.mdx')).toBe(expected);
  });
});
