/**
 * `npm run new` writes entries that fail the content check only for their placeholders,
 * pass it once those are filled in, and never overwrite an existing entry.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { PROJECT } from '../../scripts/lib/astro-build.ts';
import { materialize } from '../support/fixtures.ts';

const root = materialize();
afterAll(() => rmSync(root, { recursive: true, force: true }));

const run = (script: string, ...args: string[]) => {
  const result = spawnSync(process.execPath, [path.join(PROJECT, 'scripts', script), ...args, '--root', root], {
    cwd: PROJECT,
    encoding: 'utf8',
    env: { ...process.env, RECORD_REFERENCE_DATE: '2026-11-28', GITHUB_ACTIONS: '' },
  });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
};

const file = (rel: string) => path.join(root, rel);

test('scaffolds a person, an event and a source, which pass the check once their placeholders are filled', () => {
  expect(run('new.ts', 'person', 'Jill Biden').out).toContain('Created content/people/jill-biden.mdx');
  expect(run('new.ts', 'event', 'Biden hosts Trump', '--date', '2024-11-13').out).toContain(
    'Created content/events/biden-hosts-trump.mdx',
  );
  expect(run('new.ts', 'source', 'A White House statement', '--kind', 'statement').out).toContain(
    'Created content/sources/a-white-house-statement.mdx',
  );

  const before = run('check-content.ts');
  expect(before.status).toBe(1);
  const problems = before.out.split('\n').filter((l) => l.startsWith('content/'));
  expect(problems.length).toBeGreaterThan(0);
  expect(problems.every((l) => /is a placeholder left by `npm run new`/.test(l))).toBe(true);

  const fill = (rel: string, replacements: [RegExp, string][]) => {
    let text = readFileSync(file(rel), 'utf8');
    for (const [pattern, value] of replacements) text = text.replace(pattern, value);
    writeFileSync(file(rel), text);
  };
  fill('content/people/jill-biden.mdx', [
    [/"TODO: one line[^"]*"/, 'First Lady of the United States from 2021 to 2025.'],
    [/todo-source-id/, 'uncharted'],
    [/ {4}locator: "TODO[^"]*"\n/, ''],
    [/^TODO: .*$/m, 'Jill Biden greeted [Donald Trump](../people/donald-trump.mdx) at the White House.'],
  ]);
  fill('content/events/biden-hosts-trump.mdx', [
    [/"TODO: one sentence[^"]*"/, 'Biden received Trump in the Oval Office.'],
    [/place: "TODO[^"]*"\n/, ''],
    [/todo-person-id/, 'donald-trump'],
    [/"TODO: their part[^"]*"/, 'guest'],
    [/todo-source-id/, 'uncharted'],
    [/ {4}locator: "TODO[^"]*"\n/, ''],
    [/^TODO: .*$/m, '[Trump](../people/donald-trump.mdx) visited.<Cite source="uncharted" />'],
  ]);
  fill('content/sources/a-white-house-statement.mdx', [
    [/"TODO: an author's name[^"]*"/, 'The White House'],
    [/"TODO: the publisher or outlet"/, 'The White House'],
    [/"TODO: one of primary[^"]*"/, 'primary'],
    [/"TODO: the publication date[^"]*"/, '2024-11-13'],
    [/url: "TODO[^"]*"\n/, ''],
    [/^TODO: .*$/m, 'A statement.'],
  ]);
  const after = run('check-content.ts');
  expect(after.out).toMatch(/^content ok: checked 8 files/);
  expect(after.status).toBe(0);
});

test('refuses to overwrite an entry, or to add one that differs only by case or punctuation', () => {
  const again = run('new.ts', 'person', 'Kamala Harris');
  expect(again.status).toBe(1);
  expect(again.out).toContain('content/people/kamala-harris.mdx exists already');
  const near = run('new.ts', 'person', 'Kamala Harris', '--id', 'kamalaharris');
  expect(near.status).toBe(1);
  expect(near.out).toContain('content/people/kamala-harris.mdx has nearly the same id');
});

test('refuses an impossible date before writing anything', () => {
  const bad = run('new.ts', 'event', 'Nothing', '--date', '2024-02-30');
  expect(bad.status).toBe(1);
  expect(bad.out).toContain('--date: "2024-02-30" does not exist: February 2024 has 29 days.');
});
