/** Writing a generated record into a content folder. */
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface GeneratedFile {
  /** Relative to the content folder, forward slashes: "people/ada-okafor.mdx". */
  path: string;
  content: string;
}

export interface GeneratedRecord {
  files: GeneratedFile[];
  counts: { events: number; people: number; sources: number };
}

/**
 * Makes `<out>/content` ready for a record: refuses a non-empty folder unless `force`,
 * which empties it. Returns the folder.
 */
export function prepareOutput(out: string, options: { force?: boolean } = {}): string {
  const dir = path.join(out, 'content');
  let existing: string[] = [];
  try {
    if (!statSync(dir).isDirectory()) throw new Error(`${dir} exists and is not a folder`);
    existing = readdirSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (existing.length) {
    if (!options.force) throw new Error(`${dir} is not empty: pass --force to empty it first`);
    rmSync(dir, { recursive: true, force: true });
  }
  for (const sub of ['people', 'events', 'sources']) mkdirSync(path.join(dir, sub), { recursive: true });
  return dir;
}

/** Writes one file into a prepared content folder; returns its size in bytes. */
export function writeFile(dir: string, file: GeneratedFile): number {
  const data = Buffer.from(file.content, 'utf8');
  writeFileSync(path.join(dir, file.path), data);
  return data.length;
}

/** Writes a generated record into `<out>/content`; refuses a non-empty folder unless `force`. */
export function writeRecord(
  out: string,
  record: GeneratedRecord,
  options: { force?: boolean } = {},
): { bytes: number; dir: string } {
  const dir = prepareOutput(out, options);
  let bytes = 0;
  for (const file of record.files) bytes += writeFile(dir, file);
  return { bytes, dir };
}
