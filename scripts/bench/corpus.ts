/**
 * The bench's inputs: the synthetic record (scripts/lib/synthetic/) written once as our
 * MDX and once, converted, as plain Markdown inside a copy of the floor site template.
 */
import { cpSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateRecord, prepareOutput, writeFile, type GeneratedFile } from '../lib/synthetic/index.ts';

/**
 * Our MDX as plain Markdown for the floor: links to other entries (`../people/x.mdx`)
 * become site URLs (`/people/x/`), `<Cite … />` elements go, everything else (frontmatter
 * included, which the floor's loose schemas accept) stays as it is.
 */
function toPlainMarkdown(mdx: string): string {
  return mdx
    .replace(/\]\((?:\.\.\/)?(people|events|sources)\/([^)\s]+?)\.mdx\)/g, '](/$1/$2/)')
    .replace(/<Cite\b[^>]*?\/>/g, '');
}

export interface Corpus {
  events: number;
  people: number;
  sources: number;
  files: number;
  mdxBytes: number;
  mdBytes: number;
  generateMs: number;
  /** How many entry bodies contain the query word. */
  queryHits: number;
  /** A name to search for: the surname of the first person written (lowercase). */
  nameWord: string | undefined;
}

/**
 * Writes the record into `<recordRoot>/content` (MDX, for our build) and, unless `floorSite`
 * is undefined, the people, events and sources as `.md` into `<floorSite>/content`.
 */
export function writeCorpus(
  options: { events: number; people: number; seed: number },
  recordRoot: string,
  floorSite: string | undefined,
  queryWord: string,
): Corpus {
  const started = performance.now();
  const dir = prepareOutput(recordRoot);
  const floorContent = floorSite === undefined ? undefined : path.join(floorSite, 'content');
  if (floorContent)
    for (const sub of ['people', 'events', 'sources']) mkdirSync(path.join(floorContent, sub), { recursive: true });
  const word = new RegExp(`\\b${queryWord.replace(/[^\p{L}\p{N}]/gu, '')}\\b`, 'iu');
  let files = 0;
  let mdxBytes = 0;
  let mdBytes = 0;
  let queryHits = 0;
  let nameWord: string | undefined;
  const { counts } = generateRecord(options, (file: GeneratedFile) => {
    mdxBytes += writeFile(dir, file);
    files++;
    if (file.path === 'record.mdx') return;
    const body = file.content.slice(file.content.indexOf('\n---\n', 3) + 5);
    if (word.test(body)) queryHits++;
    if (nameWord === undefined && file.path.startsWith('people/')) {
      const name = /^name: "?([^"\n]+)"?$/m.exec(file.content)?.[1];
      nameWord = name?.split(' ').at(-1)?.toLowerCase();
    }
    if (!floorContent) return;
    const md = Buffer.from(toPlainMarkdown(file.content), 'utf8');
    writeFileSync(path.join(floorContent, file.path.replace(/\.mdx$/, '.md')), md);
    mdBytes += md.length;
  });
  return { ...counts, files, mdxBytes, mdBytes, generateMs: performance.now() - started, queryHits, nameWord };
}

/** Copies the floor site template (scripts/bench/floor) to `site`. */
export function copyFloorTemplate(template: string, site: string): void {
  cpSync(template, site, { recursive: true });
}

/**
 * A node_modules folder in `dir` whose entries are symlinks to the project's packages, so
 * builds run from `dir` resolve everything from the project while anything a tool writes
 * into node_modules (Astro's and Vite's caches by default) lands in `dir`, never in the
 * project's own node_modules.
 */
export function linkNodeModules(dir: string, projectModules: string): void {
  const target = path.join(dir, 'node_modules');
  mkdirSync(target, { recursive: true });
  for (const name of readdirSync(projectModules)) {
    if (name === '.astro' || name === '.vite' || name === '.vite-temp' || name === '.cache') continue;
    symlinkSync(path.join(projectModules, name), path.join(target, name));
  }
}
