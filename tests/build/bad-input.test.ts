/**
 * The bad-input corpus: every case in tests/fixtures/bad/ must make `npm run
 * check:content` exit non-zero and print exactly the problems in its `expected` file.
 * A sample of cases also goes through `astro build`, which must fail the same way and
 * write no page.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { astroBuild, PROJECT } from '../../scripts/lib/astro-build.ts';
import { badCases, expectedProblems, materialize } from '../support/fixtures.ts';

const cleanup: string[] = [];
afterAll(() => {
  for (const dir of cleanup) rmSync(dir, { recursive: true, force: true });
});

function checkContent(root: string, env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, ['scripts/check-content.ts', '--root', root], {
    cwd: PROJECT,
    encoding: 'utf8',
    env: { ...process.env, RECORD_REFERENCE_DATE: '2026-11-28', GITHUB_ACTIONS: '', ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('the corpus has at least 30 cases', () => {
  expect(badCases().length).toBeGreaterThanOrEqual(30);
});

test('the base record passes', () => {
  const root = materialize();
  cleanup.push(root);
  const { status, stdout } = checkContent(root);
  expect(status).toBe(0);
  expect(stdout).toMatch(/^content ok: checked 5 files in \d+ ms\n$/);
});

describe.each(badCases())('%s', (name) => {
  test('fails the content check with exactly the expected problems', () => {
    const root = materialize(name);
    cleanup.push(root);
    const { status, stderr } = checkContent(root);
    expect(status).toBe(1);
    const [problems = ''] = stderr.split('\n\n');
    expect(problems.split('\n')).toEqual(expectedProblems(name));
  });
});

test('a claim resting only on an encyclopedia is a warning: listed, and the check still passes', () => {
  const root = materialize();
  cleanup.push(root);
  writeFileSync(
    path.join(root, 'content/sources/wikipedia-uncharted.mdx'),
    '---\nkind: reference\nstanding: encyclopedia\ntitle: Uncharted (book)\npublisher: Wikipedia\nurl: https://en.wikipedia.org/wiki/Uncharted_(book)\n---\nAn article.\n',
  );
  writeFileSync(
    path.join(root, 'content/people/kamala-harris.mdx'),
    '---\nname: Kamala Harris\ndescription: Vice President.\n---\nShe read *Uncharted*.<Cite source="wikipedia-uncharted" /> She called.<Cite source="wikipedia-uncharted" /><Cite source="uncharted" />\n',
  );
  const { status, stdout, stderr } = checkContent(root);
  expect(stderr).toBe('');
  expect(status).toBe(0);
  expect(stdout.split('\n').slice(0, 2)).toEqual([
    'content/people/kamala-harris.mdx:5:22: warning: body: this claim rests only on "wikipedia-uncharted" (encyclopedia): cite a better source beside it',
    '1 warning: claims resting only on weak sources',
  ]);
  const annotations = checkContent(root, { GITHUB_ACTIONS: 'true' }).stdout;
  expect(annotations).toContain('::warning file=content/people/kamala-harris.mdx,line=5,col=22,title=body::');
});

test('under GitHub Actions the problems are also annotations on the diff', () => {
  const root = materialize('unknown-participant');
  cleanup.push(root);
  const { stdout } = checkContent(root, { GITHUB_ACTIONS: 'true' });
  expect(stdout).toBe(
    '::error file=content/events/harris-concession-call.mdx,line=8,col=13,title=participants[1].person::no person "donald-trunp" (did you mean "donald-trump"?)\n',
  );
});

// Nesting the parsers and renderers cannot survive, and a control character that would
// break the feed: the build must refuse these as the check does, not crash on them.
describe.each([
  'unknown-participant',
  'duplicate-id',
  'impossible-date',
  'script-element',
  'yaml-syntax-error',
  'entity-encoded-javascript-link',
  'deep-blockquote',
  'deep-sub-elements',
  'control-character-in-title',
  'yaml-escapes-of-forbidden-characters',
])('astro build on the %s case', (name) => {
  test('fails with the same problems and writes no page', () => {
    const root = materialize(name);
    const out = mkdtempSync(path.join(tmpdir(), `record-build-${name}-`));
    cleanup.push(root, out);
    const { status, output } = astroBuild(out, root);
    expect(status).not.toBe(0);
    const expected = expectedProblems(name);
    expect(output).toContain(
      `${expected.length} problem${expected.length === 1 ? '' : 's'} in content:\n${expected.join('\n')}\n`,
    );
    expect(existsSync(path.join(out, 'index.html'))).toBe(false);
  });
});
