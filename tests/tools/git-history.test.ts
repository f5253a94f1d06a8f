import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { git } from '../support/git.ts';
import { additionDates, lastChangeDates, readGitHistory } from '../../src/lib/git/history.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function repo(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'record-git-'));
  dirs.push(dir);
  mkdirSync(path.join(dir, 'content/people'), { recursive: true });
  git(dir, ['init', '-q', '-b', 'main']);
  writeFileSync(path.join(dir, 'content/people/a.mdx'), 'a');
  writeFileSync(path.join(dir, 'content/people/b.mdx'), 'b');
  writeFileSync(path.join(dir, 'README'), 'outside content/');
  git(dir, ['add', '.']);
  git(dir, ['commit', '-q', '-m', 'first'], '2024-11-06T12:00:00Z');
  writeFileSync(path.join(dir, 'content/people/b.mdx'), 'b2');
  git(dir, ['commit', '-q', '-am', 'second'], '2025-03-01T12:00:00Z');
  return dir;
}

function shallowClone(source: string): string {
  const clone = mkdtempSync(path.join(tmpdir(), 'record-shallow-'));
  dirs.push(clone);
  git(tmpdir(), ['clone', '-q', '--depth', '1', `file://${source}`, clone]);
  return clone;
}

describe('readGitHistory', () => {
  test('gives each file its changes, newest first, with subject and short hash', () => {
    const history = readGitHistory(repo());
    if (!history.available) throw new Error('expected history');
    expect(history.commits.map((c) => [c.subject, c.date, c.files.map((f) => f.path)])).toEqual([
      ['second', '2025-03-01T12:00:00Z', ['content/people/b.mdx']],
      ['first', '2024-11-06T12:00:00Z', ['content/people/a.mdx', 'content/people/b.mdx']],
    ]);
    const b = history.files.get('content/people/b.mdx') ?? [];
    expect(b.map((r) => [r.commit.subject, r.change.kind])).toEqual([
      ['second', 'modified'],
      ['first', 'added'],
    ]);
    expect(b[0]?.commit.short.length).toBeGreaterThanOrEqual(7);
    expect(b[0]?.commit.hash.startsWith(b[0]?.commit.short ?? 'x')).toBe(true);
  });

  test('follows a rename: the file keeps the changes it had under its old name', () => {
    const dir = repo();
    git(dir, ['mv', 'content/people/b.mdx', 'content/people/c.mdx']);
    git(dir, ['commit', '-q', '-m', 'rename b to c'], '2025-04-08T10:00:00Z');
    const history = readGitHistory(dir);
    if (!history.available) throw new Error('expected history');
    const c = history.files.get('content/people/c.mdx') ?? [];
    expect(c.map((r) => [r.commit.subject, r.change.kind, r.change.from])).toEqual([
      ['rename b to c', 'renamed', 'content/people/b.mdx'],
      ['second', 'modified', undefined],
      ['first', 'added', undefined],
    ]);
  });

  test('a file added again after a deletion does not inherit the deleted one’s history', () => {
    const dir = repo();
    git(dir, ['rm', '-q', 'content/people/a.mdx']);
    git(dir, ['commit', '-q', '-m', 'remove a'], '2025-05-01T10:00:00Z');
    writeFileSync(path.join(dir, 'content/people/a.mdx'), 'a new person');
    git(dir, ['add', '.']);
    git(dir, ['commit', '-q', '-m', 'a new a'], '2025-06-01T10:00:00Z');
    const history = readGitHistory(dir);
    if (!history.available) throw new Error('expected history');
    expect(history.files.get('content/people/a.mdx')?.map((r) => r.commit.subject)).toEqual(['a new a']);
  });

  test('reads Correction: trailers, unfolded, and only from the trailer block', () => {
    const dir = repo();
    writeFileSync(path.join(dir, 'content/people/a.mdx'), 'a fixed');
    const message = [
      'Fix the date of the call',
      '',
      'Correction: in the body is not a trailer.',
      '',
      'Correction: The call was on 6 November, not 7 November:',
      '  the source says so.',
      'Signed-off-by: t <t@example.org>',
    ].join('\n');
    git(dir, ['commit', '-q', '-a', '-m', message], '2025-07-08T09:30:00Z');
    const history = readGitHistory(dir);
    if (!history.available) throw new Error('expected history');
    expect(history.commits[0]?.corrections).toEqual([
      'The call was on 6 November, not 7 November: the source says so.',
    ]);
    expect(history.commits[1]?.corrections).toEqual([]);
  });

  test('gives no history in a shallow clone, where every date would be wrong', () => {
    expect(readGitHistory(shallowClone(repo()))).toEqual({ available: false, reason: 'shallow' });
  });

  test('gives no history outside a git work tree', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'record-nogit-'));
    dirs.push(dir);
    expect(readGitHistory(dir)).toEqual({ available: false, reason: 'no-git' });
  });
});

describe('lastChangeDates', () => {
  test('gives each file the date of the last commit that changed it', () => {
    expect(lastChangeDates(readGitHistory(repo()))).toEqual(
      new Map([
        ['content/people/b.mdx', '2025-03-01'],
        ['content/people/a.mdx', '2024-11-06'],
      ]),
    );
  });

  test('gives no dates in a shallow clone', () => {
    expect(lastChangeDates(readGitHistory(shallowClone(repo())))).toBeUndefined();
  });
});

describe('additionDates', () => {
  test('gives each file the instant of the commit that added it, not of later changes', () => {
    const dir = repo();
    writeFileSync(path.join(dir, 'content/people/c.mdx'), 'c');
    git(dir, ['add', '.']);
    git(dir, ['commit', '-q', '-m', 'third'], '2025-07-08T09:30:00Z');
    expect(additionDates(readGitHistory(dir))).toEqual(
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
    expect(additionDates(readGitHistory(dir))?.get('content/people/a2.mdx')).toBe('2025-04-08T10:00:00Z');
  });

  test('gives no dates in a shallow clone', () => {
    expect(additionDates(readGitHistory(shallowClone(repo())))).toBeUndefined();
  });
});
