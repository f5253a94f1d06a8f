/**
 * npm run changes end to end: spawns git and node (a process test, named *.process.test.ts
 * so it can run in the project for process-spawning tests). A temporary git repository
 * holds the change report's fixture record as its base commit; the working tree adds a
 * participant. The logic itself is tested without processes in changes.test.ts.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SCRIPT = path.join(ROOT, 'scripts/changes.ts');
const repo = mkdtempSync(path.join(tmpdir(), 'record-changes-cli-'));
const env = { ...process.env, RECORD_REFERENCE_DATE: '2026-01-01', GIT_CONFIG_NOSYSTEM: '1', HOME: repo };

const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], {
    cwd: repo,
    env,
    encoding: 'utf8',
  });
const run = (...args: string[]) =>
  spawnSync(process.execPath, [SCRIPT, ...args, '--root', repo], { cwd: ROOT, env, encoding: 'utf8' });

beforeAll(() => {
  cpSync(path.join(ROOT, 'tests/fixtures/changes/base/content'), path.join(repo, 'content'), { recursive: true });
  git('init', '--quiet', '--initial-branch=main');
  git('add', '-A');
  git('commit', '--quiet', '-m', 'base');
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

// Generous: each test starts Node, which takes seconds on a loaded machine.
describe('npm run changes -- <base-ref> (spawns git and node)', { timeout: 180_000 }, () => {
  test('an unchanged working tree reports no changes to the record', () => {
    const result = run('HEAD');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('**no changes to the record**');
  });

  test('compares the working tree with the base commit, not with itself', () => {
    const file = path.join(repo, 'content/events/harris-concession-call.mdx');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        '    role: recipient\n',
        '    role: recipient\n  - person: sheila-nix\n    role: placed the call\n',
      ),
    );
    const result = run('main');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('**1 event changed, 3 other pages affected**');
    expect(result.stdout).toContain('- participants: + Sheila Nix (placed the call)');
    expect(result.stderr).toMatch(/read 9 \+ 9 files and compared them in \d+ ms/);
  });

  test('a base that is not a commit is refused with the fix', () => {
    const result = run('no-such-branch');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('"no-such-branch" is not a commit');
  });
});
