/** `astro build` on the valid fixture record: a page per entry and a search index. */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { astroBuild } from '../../scripts/lib/astro-build.ts';
import { materialize } from '../support/fixtures.ts';

const root = materialize();
const out = mkdtempSync(path.join(tmpdir(), 'record-valid-'));
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
});

test('the valid fixture builds one page per entry and a search index', () => {
  const { status, output } = astroBuild(out, root);
  expect(status, output).toBe(0);
  for (const page of [
    'people/donald-trump',
    'people/kamala-harris',
    'events/harris-concession-call',
    'sources/uncharted',
  ]) {
    expect(existsSync(path.join(out, page, 'index.html')), page).toBe(true);
  }
  expect(readdirSync(path.join(out, 'pagefind'))).toContain('pagefind.js');
});
