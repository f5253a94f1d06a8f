/** Comparing two built trees, for the reproducibility check. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { listFiles } from './files.ts';

/** Files missing from either tree or differing in content. */
export function compareTrees(a: string, b: string): { files: number; differences: string[] } {
  const left = listFiles(a);
  const right = new Set(listFiles(b));
  const differences: string[] = [];
  for (const file of left) {
    if (!right.delete(file)) differences.push(`only in the first build: ${file}`);
    else if (!readFileSync(path.join(a, file)).equals(readFileSync(path.join(b, file))))
      differences.push(`differs: ${file}`);
  }
  for (const file of right) differences.push(`only in the second build: ${file}`);
  return { files: left.length, differences };
}
