/**
 * npm run check:reproducible — builds the same commit twice into two folders and
 * compares every file byte for byte. Prints the differing files and exits 1 if any.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { astroBuild } from './lib/astro-build.ts';
import { compareTrees } from './lib/reproducible.ts';

const dirs = [mkdtempSync(path.join(tmpdir(), 'record-a-')), mkdtempSync(path.join(tmpdir(), 'record-b-'))];
try {
  for (const dir of dirs) {
    const { status, output } = astroBuild(dir);
    if (status !== 0) {
      console.error(output);
      process.exit(1);
    }
  }
  const { files, differences } = compareTrees(dirs[0] ?? '', dirs[1] ?? '');
  if (differences.length) {
    console.error(
      `${differences.length} of ${files} files differ between two builds of the same commit:\n${differences.join('\n')}`,
    );
    process.exitCode = 1;
  } else {
    console.log(`reproducible: two builds of the same commit are byte-identical (${files} files)`);
  }
} finally {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
}
