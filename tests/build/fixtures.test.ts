/**
 * `astro build` on small fixture records: a valid one builds a page per entry and a
 * search index; broken ones fail with the exact problem and produce no site.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { astroBuild, PROJECT } from '../support/astro.ts';

const FIXTURES = path.join(PROJECT, 'tests/fixtures/build');
const outDirs: string[] = [];

function build(fixture: string) {
  const out = mkdtempSync(path.join(tmpdir(), `record-${fixture}-`));
  outDirs.push(out);
  return { out, ...astroBuild(out, path.join(FIXTURES, fixture)) };
}

afterAll(() => {
  for (const dir of outDirs) rmSync(dir, { recursive: true, force: true });
});

describe('a valid fixture', () => {
  test('builds one page per entry and a search index', () => {
    const { out, status, output } = build('valid');
    expect(status, output).toBe(0);
    for (const page of ['people/donald-trump', 'people/kamala-harris', 'events/harris-concession-call', 'sources/uncharted']) {
      expect(existsSync(path.join(out, page, 'index.html')), page).toBe(true);
    }
    expect(readdirSync(path.join(out, 'pagefind'))).toContain('pagefind.js');
  });
});

describe.each([
  [
    'unknown-id',
    'content/events/harris-concession-call.mdx:8:13: participants[1].person: no person "donald-trunp" (did you mean "donald-trump"?)',
  ],
  [
    'duplicate-id',
    'content/people/donaldtrump.mdx: file: duplicate id: "donaldtrump" and "donald-trump" (content/people/donald-trump.mdx) differ only by case or punctuation. Merge the two files or choose a distinct id',
  ],
  ['impossible-date', 'content/events/harris-concession-call.mdx:4:7: date: "2024-02-30" does not exist: February 2024 has 29 days.'],
])('the %s fixture', (fixture, problem) => {
  test('fails the build with exactly that problem and writes no pages', () => {
    const { out, status, output } = build(fixture);
    expect(status).not.toBe(0);
    expect(output).toContain(`1 problem in content:\n${problem}\n`);
    expect(existsSync(path.join(out, 'index.html'))).toBe(false);
  });
});
