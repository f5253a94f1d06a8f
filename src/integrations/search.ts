/**
 * Builds the Pagefind index as the last step of `astro build`, so `npm run build` alone
 * leaves a complete, searchable dist/. Only elements marked `data-pagefind-body` (the
 * entry's own content) are indexed.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { INDEXED_FOLDERS, NOT_INDEXED, readResultMeta } from '../lib/search/document.ts';
import { nameList, type NameList } from '../lib/search/suggest.ts';

const UNUSED_UI = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
];

/**
 * Elements that end a run of words: a reader sees a break between two of them, so search
 * must too. Pagefind already separates some (p, li, td, div) but not others: a
 * definition list's `<dt>Born</dt><dd>20 October</dd>` reaches the index as "Born20
 * October". Inline elements (a, span, em…) are left alone, since "Harris<em>'s</em>" is
 * one word.
 */
const BLOCK_ELEMENTS = new Set(
  (
    'address article aside blockquote br caption dd details dialog div dl dt fieldset figcaption figure footer form ' +
    'h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul'
  ).split(' '),
);

/**
 * Comments, raw-text elements (whose content is never markup) and tags, with quoted
 * attribute values read whole so a ">" inside one does not end the tag.
 */
const TOKEN =
  /<!--[\s\S]*?-->|<(script|style|template|textarea)\b(?:"[^"]*"|'[^']*'|[^'">])*>[\s\S]*?<\/\1\s*>|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)(?:"[^"]*"|'[^']*'|[^'">])*>/g;

/**
 * The page as search should read it: a space before every opening and after every closing
 * tag of a block element, so words in adjacent blocks never run together, whatever markup
 * the pages use; and labels, marks and boilerplate (NOT_INDEXED) marked to be left out. Only the staged copy Pagefind reads is changed; the page served is not.
 * A tokenizer of one expression rather than an HTML parser: it runs on every entry page
 * of the build (12,500 at the scale the engine is judged at), in time linear in the page,
 * and leaves every byte it does not separate as it was, attributes included.
 */
export function separateBlocks(html: string): string {
  return html.replace(
    TOKEN,
    (tag: string, _raw: string | undefined, closing: string | undefined, name: string | undefined) => {
      if (!name) return tag;
      const element = name.toLowerCase();
      const marked = closing ? tag : markNotIndexed(element, tag);
      if (!BLOCK_ELEMENTS.has(element)) return marked;
      return closing ? `${marked} ` : ` ${marked}`;
    },
  );
}

/** One attribute of a tag: its name, and its value if it has one (quoted either way, or bare). */
const ATTRIBUTE = /\s([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

function classesOf(tag: string): string[] {
  for (const m of tag.matchAll(ATTRIBUTE)) {
    if (m[1]?.toLowerCase() === 'class') return (m[2] ?? m[3] ?? m[4] ?? '').split(/\s+/).filter(Boolean);
  }
  return [];
}

/** NOT_INDEXED's rules that can apply to an element, found once per element name: most tags have none. */
const rulesByElement = new Map<string, typeof NOT_INDEXED>();
function rulesFor(element: string): typeof NOT_INDEXED {
  let rules = rulesByElement.get(element);
  if (!rules) {
    rules = NOT_INDEXED.filter((r) => !r.element || r.element === element);
    rulesByElement.set(element, rules);
  }
  return rules;
}

/**
 * An opening tag that one of NOT_INDEXED's rules names (src/lib/search/document.ts), with
 * `data-pagefind-ignore` added, so Pagefind leaves the element and all it holds out of the
 * index; any other tag as it was.
 */
function markNotIndexed(element: string, tag: string): string {
  const rules = rulesFor(element);
  if (rules.length === 0) return tag;
  const classes = rules.some((r) => r.className) ? classesOf(tag) : [];
  const ruled = rules.some((r) => !r.className || classes.includes(r.className));
  if (!ruled || /\sdata-pagefind-ignore[\s=/>]/i.test(tag)) return tag;
  const end = tag.endsWith('/>') ? -2 : -1;
  return `${tag.slice(0, end)} data-pagefind-ignore${tag.slice(end)}`;
}

/**
 * Writes every entry page, as search reads it (separateBlocks), into `staging`, in sorted
 * order, and returns how many.
 *
 * Pagefind numbers pages in the order it finds them on disk, and its index files depend on
 * that order. Astro renders several pages at once (build.concurrency), so the order in
 * which their folders appear in dist/ can differ from one build to the next; on a
 * filesystem that lists files in creation order (tmpfs) the index would then differ too.
 * Pages staged one by one in sorted order keep the index byte-identical from build to
 * build.
 */
function stageEntryPages(dist: string, staging: string): number {
  let count = 0;
  for (const folder of INDEXED_FOLDERS) {
    const from = path.join(dist, folder);
    if (!existsSync(from)) continue;
    const ids = readdirSync(from, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    for (const id of ids) {
      const page = path.join(from, id, 'index.html');
      if (!existsSync(page)) continue;
      const target = path.join(staging, folder, id);
      mkdirSync(target, { recursive: true });
      writeFileSync(path.join(target, 'index.html'), separateBlocks(readFileSync(page, 'utf8')));
      count++;
    }
  }
  return count;
}

/**
 * Indexes the entry pages of a built site into <dist>/pagefind/. Only entry pages carry
 * data-pagefind-body; the index pages (all events, a year's timeline…) would be read and
 * parsed for nothing.
 */
export async function writeSearchIndex(dist: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const staging = path.join(dist, '.search-pages');
  try {
    await rm(staging, { recursive: true, force: true });
    const staged = stageEntryPages(dist, staging);
    const added = await index.addDirectory({ path: staging });
    if (added.errors.length) throw new Error(`Pagefind could not index dist/: ${added.errors.join('; ')}`);
    if (added.page_count !== staged)
      throw new Error(`Pagefind indexed ${added.page_count} of the ${staged} entry pages`);
    const outputPath = path.join(dist, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    // Pagefind also writes its three ready-made interfaces; the site uses its own.
    await Promise.all(UNUSED_UI.map((file) => rm(path.join(outputPath, file), { force: true })));
    writeFileSync(path.join(dist, 'search-names.json'), JSON.stringify(searchNames(outputPath)));
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
    await rm(staging, { recursive: true, force: true });
  }
}

/** What a page's fragment in the written index holds that the list of names reads. */
interface Fragment {
  content: string;
  meta: Record<string, string | undefined>;
}

/** Pagefind's fragments are gzipped JSON after a signature. */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

function readFragment(file: string): Fragment {
  const text = gunzipSync(readFileSync(file)).toString('utf8');
  if (!text.startsWith(FRAGMENT_SIGNATURE)) throw new Error(`${file} is not a Pagefind fragment this step can read`);
  const parsed = JSON.parse(text.slice(FRAGMENT_SIGNATURE.length)) as Partial<Fragment>;
  if (typeof parsed.content !== 'string' || typeof parsed.meta !== 'object' || parsed.meta === null)
    throw new Error(`${file}: a Pagefind fragment without content or meta; has Pagefind's format changed?`);
  return { content: parsed.content, meta: parsed.meta };
}

/**
 * /search-names.json, read back from the index just written (src/lib/search/suggest.ts):
 * the names and titles "did you mean" suggests, and every word the index holds, so a word
 * typed "matches nothing" exactly when Pagefind finds nothing that begins with it.
 */
function searchNames(outputPath: string): NameList {
  const folder = path.join(outputPath, 'fragment');
  // A site with no entry pages has an index with no fragments, and nothing to suggest.
  const files = existsSync(folder) ? readdirSync(folder) : [];
  const fragments = files
    .filter((f) => f.endsWith('.pf_fragment'))
    .sort()
    .map((f) => readFragment(path.join(folder, f)));
  return nameList(
    fragments.map((f) => readResultMeta(f.meta)),
    fragments.flatMap((f) => [f.content, ...Object.values(f.meta).filter((v) => typeof v === 'string')]),
  );
}

export function recordSearch(): AstroIntegration {
  return {
    name: 'record-search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { pages } = await writeSearchIndex(fileURLToPath(dir));
        logger.info(`indexed ${pages} pages in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
