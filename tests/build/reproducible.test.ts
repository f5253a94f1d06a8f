/** Building the same commit twice gives a byte-identical dist/. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, inject, test } from 'vitest';
import { astroBuild } from '../../scripts/lib/astro-build.ts';
import { compareTrees } from '../../scripts/lib/reproducible.ts';

const second = mkdtempSync(path.join(tmpdir(), 'record-again-'));
afterAll(() => rmSync(second, { recursive: true, force: true }));

test('a second build of the same commit is byte-identical to the first', () => {
  const { status, output } = astroBuild(second);
  expect(status, output).toBe(0);
  const { files, differences } = compareTrees(inject('siteDir'), second);
  expect(differences).toEqual([]);
  expect(files).toBeGreaterThan(80);
});
