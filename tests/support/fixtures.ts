/**
 * Fixture records: the valid base in tests/fixtures/record/, and bad-input cases in
 * tests/fixtures/bad/<case>/ that each change it. A case holds the files it adds or
 * replaces under content/, an optional `delete` list, and `expected`: the exact problems
 * the check must print.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The valid base record every case starts from. */
const BASE = path.resolve(import.meta.dirname, '../fixtures/record');
const BAD = path.resolve(import.meta.dirname, '../fixtures/bad');

export function badCases(): string[] {
  return readdirSync(BAD).sort();
}

export function expectedProblems(name: string): string[] {
  return readFileSync(path.join(BAD, name, 'expected'), 'utf8')
    .split('\n')
    .filter(Boolean);
}

/** The base record with a case applied, in a new temporary folder. */
export function materialize(name?: string): string {
  const root = mkdtempSync(path.join(tmpdir(), `record-${name ?? 'base'}-`));
  cpSync(path.join(BASE, 'content'), path.join(root, 'content'), { recursive: true });
  if (!name) return root;
  const dir = path.join(BAD, name);
  if (existsSync(path.join(dir, 'content')))
    cpSync(path.join(dir, 'content'), path.join(root, 'content'), { recursive: true });
  const deletions = path.join(dir, 'delete');
  if (existsSync(deletions)) {
    for (const file of readFileSync(deletions, 'utf8').split('\n').filter(Boolean)) rmSync(path.join(root, file));
  }
  return root;
}
