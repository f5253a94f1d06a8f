import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { firstCommitDates, lastCommitDates, parseAdditions, parseLog } from '../../src/lib/git-dates.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function git(cwd: string, args: string[], date?: string) {
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 't',
    GIT_AUTHOR_EMAIL: 't@example.org',
    GIT_COMMITTER_NAME: 't',
    GIT_COMMITTER_EMAIL: 't@example.org',
  };
  if (date) Object.assign(env, { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
  execFileSync('git', args, { cwd, env, stdio: 'ignore' });
}

function repo(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'record-git-'));
  dirs.push(dir);
  mkdirSync(path.join(dir, 'content/people'), { recursive: true });
  git(dir, ['init', '-q', '-b', 'main']);
  writeFileSync(path.join(dir, 'content/people/a.mdx'), 'a');
  writeFileSync(path.join(dir, 'content/people/b.mdx'), 'b');
  git(dir, ['add', '.']);
  git(dir, ['commit', '-q', '-m', 'first'], '2024-11-06T12:00:00Z');
  writeFileSync(path.join(dir, 'content/people/b.mdx'), 'b2');
  git(dir, ['commit', '-q', '-am', 'second'], '2025-03-01T12:00:00Z');
  return dir;
}

describe('lastCommitDates', () => {
  test('gives each file the date of the last commit that changed it', () => {
    const dates = lastCommitDates(repo());
    expect(dates).toEqual(
      new Map([
        ['content/people/b.mdx', '2025-03-01'],
        ['content/people/a.mdx', '2024-11-06'],
      ]),
    );
  });

  test('gives no dates in a shallow clone, where they would be wrong', () => {
    const source = repo();
    const clone = mkdtempSync(path.join(tmpdir(), 'record-shallow-'));
    dirs.push(clone);
    git(tmpdir(), ['clone', '-q', '--depth', '1', `file://${source}`, clone]);
    expect(lastCommitDates(clone)).toBeUndefined();
  });

  test('gives no dates outside a git work tree', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'record-nogit-'));
    dirs.push(dir);
    expect(lastCommitDates(dir)).toBeUndefined();
  });
});

test('parseLog keeps the newest date of each file', () => {
  expect(parseLog('\u00001740830400\n\ncontent/a.mdx\n\u00001730894400\n\ncontent/a.mdx\ncontent/b.mdx\n')).toEqual(
    new Map([
      ['content/a.mdx', '2025-03-01'],
      ['content/b.mdx', '2024-11-06'],
    ]),
  );
});

describe('firstCommitDates', () => {
  test('gives each file the instant of the commit that added it, not of later changes', () => {
    const dir = repo();
    writeFileSync(path.join(dir, 'content/people/c.mdx'), 'c');
    git(dir, ['add', '.']);
    git(dir, ['commit', '-q', '-m', 'third'], '2025-07-08T09:30:00Z');
    expect(firstCommitDates(dir)).toEqual(
      new Map([
        ['content/people/c.mdx', '2025-07-08T09:30:00Z'],
        ['content/people/a.mdx', '2024-11-06T12:00:00Z'],
        ['content/people/b.mdx', '2024-11-06T12:00:00Z'],
      ]),
    );
  });

  test('dates a renamed file, a new id, from its rename', () => {
    const dir = repo();
    git(dir, ['mv', 'content/people/a.mdx', 'content/people/a2.mdx']);
    git(dir, ['commit', '-q', '-m', 'rename'], '2025-04-08T10:00:00Z');
    expect(firstCommitDates(dir)?.get('content/people/a2.mdx')).toBe('2025-04-08T10:00:00Z');
  });

  test('gives no dates in a shallow clone, where every file would look added in its one commit', () => {
    const source = repo();
    const clone = mkdtempSync(path.join(tmpdir(), 'record-shallow-'));
    dirs.push(clone);
    git(tmpdir(), ['clone', '-q', '--depth', '1', `file://${source}`, clone]);
    expect(firstCommitDates(clone)).toBeUndefined();
  });
});

test('parseAdditions keeps the oldest addition of each file', () => {
  expect(
    parseAdditions('\u00001740830400\n\ncontent/a.mdx\n\u00001730894400\n\ncontent/a.mdx\ncontent/b.mdx\n'),
  ).toEqual(
    new Map([
      ['content/a.mdx', '2024-11-06T12:00:00Z'],
      ['content/b.mdx', '2024-11-06T12:00:00Z'],
    ]),
  );
});
