/**
 * Reads the whole record from content/: every file checked, every entry parsed, every
 * problem of the run collected. The build (through the content loader) and
 * `npm run check:content` both call this, so they can never disagree.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import {
  aliasesByTarget,
  checkPublishedIds,
  duplicateAnchorProblems,
  entryKey,
  parsePublishedIds,
  PUBLISHED_IDS_FILE,
  type PublishedIds,
} from './published-ids.ts';
import path from 'node:path';
import { scanFrontmatterNesting } from './body-limits.ts';
import { characterMessage, FORBIDDEN, forbiddenCharacterIn, forbiddenCharacters } from '../text/characters.ts';
import type { HistoricalDate } from '../time/dates.ts';
import { NOUN, SCHEMAS, type Entry, type Kind, type PartialEntry, type RecordContent } from './entry.ts';
import {
  MAX_FILE_BYTES,
  fieldAtPosition,
  invalidUtf8Offset,
  parseFrontmatter,
  parseFrontmatterFast,
  type YamlResult,
} from './frontmatter.ts';
import { splitFrontmatter } from './fences.ts';
import { idFingerprint, isValidId, MAX_ID_LENGTH, toId } from './ids.ts';
import { checkIntegrity } from './integrity.ts';
import { COLLECTIONS, type Collection } from '../kinds.ts';
import { parseBody } from './body/parse.ts';
import { numberReferences } from './body/references.ts';
import { renderBodyParts } from './body/render.ts';
import { formatPath, sortProblems, type Problem } from './problems.ts';
import { fillClaimSlots, recordStandings, weakRuns } from './standing.ts';
import { explainIssues } from './zod-problems.ts';

/** The file that describes the record as a whole, relative to the content folder. */
const RECORD_FILE = 'record.mdx';

export interface LoadOptions {
  /** The folder holding content/ (the project, or a fixture). */
  root: string;
  /** Dates after this are refused as "in the future". */
  referenceDate: HistoricalDate;
  /**
   * false: leave out the sentence each link and citation stands in (the excerpts pages and
   * the change report show). The content check reports problems only and skips them.
   */
  excerpts?: boolean;
  /** Render bodies to HTML (the build); the content check alone skips it. */
  render?: { urlFor: (collection: Collection, id: string) => string };
  /** false: leave content/ids.yaml unread and unchecked (`npm run ids`, which rewrites it). */
  publishedIds?: boolean;
  /**
   * Entries read cleanly by an earlier call, by file, filled and consulted here: a file whose
   * text is identical is not parsed again (the change report reads two versions of the record;
   * the dev server reads the record again after each edit). Only entries without problems are
   * kept, so problems are the same as without it. With `render`, the HTML kept is the body's
   * before the record-wide marks (weak claims) are filled in, which every call fills afresh.
   * Pass the same `render` settings to every call that shares a map.
   */
  reuse?: Map<string, ReusedEntry>;
  /**
   * With `reuse`: the files that may have changed since the map was filled (the dev server's
   * watcher says which). Any other file already in the map is taken from it without being read
   * again. Without it, every file is read and compared with the map.
   */
  changed?: ReadonlySet<string>;
}

/** One file's clean reading, kept for a later call (see `LoadOptions.reuse`). */
export interface ReusedEntry {
  text: string;
  entry: Entry;
  /** The body's HTML before the record-wide marks are filled in ('' without `render`). */
  html: string;
}

export interface LoadResult {
  record: RecordContent;
  problems: Problem[];
  /** Every entry file found, relative to the root. */
  files: string[];
  /** content/ids.yaml as read (empty when absent or not read). */
  published: PublishedIds;
  /** By entry key ("events/x"): each id now → the old ids that lead to it, for the pages. */
  aliases: Map<string, Map<string, string[]>>;
}

async function listEntries(
  root: string,
  contentDir: string,
  problems: Problem[],
): Promise<{ collection: Kind; file: string }[]> {
  const base = path.join(root, contentDir);
  const found: { collection: Kind; file: string }[] = [];
  let top: import('node:fs').Dirent[];
  try {
    top = await readdir(base, { withFileTypes: true });
  } catch {
    problems.push({
      file: contentDir,
      line: 0,
      column: 0,
      field: 'file',
      message: `the content folder is missing: create ${contentDir}/people, ${contentDir}/events and ${contentDir}/sources`,
    });
    return found;
  }
  for (const dirent of top) {
    const rel = `${contentDir}/${dirent.name}`;
    if (dirent.isDirectory() && (COLLECTIONS as readonly string[]).includes(dirent.name)) continue;
    if (dirent.isFile() && dirent.name === RECORD_FILE) {
      found.push({ collection: 'record', file: rel });
      continue;
    }
    if (dirent.isFile() && /^(README|readme)\.md$/.test(dirent.name)) continue;
    if (dirent.isFile() && dirent.name === PUBLISHED_IDS_FILE) continue;
    problems.push({
      file: rel,
      line: 0,
      column: 0,
      field: 'file',
      message: `does not belong here: entries go in ${COLLECTIONS.map((c) => `${contentDir}/${c}/`).join(', ')}`,
    });
  }
  if (!found.some((f) => f.collection === 'record')) {
    problems.push({
      file: `${contentDir}/${RECORD_FILE}`,
      line: 0,
      column: 0,
      field: 'file',
      message: 'is missing: it names the record and says what it covers (see CONTRIBUTING.md)',
    });
  }
  await Promise.all(
    COLLECTIONS.map(async (collection) => {
      let dirents: import('node:fs').Dirent[];
      try {
        dirents = await readdir(path.join(base, collection), { withFileTypes: true });
      } catch {
        return;
      }
      for (const dirent of dirents) {
        const rel = `${contentDir}/${collection}/${dirent.name}`;
        if (dirent.isSymbolicLink()) {
          // A link reads whatever it points to, outside the reviewed content folder too.
          problems.push({
            file: rel,
            line: 0,
            column: 0,
            field: 'file',
            message: `is a symbolic link: entries must be ordinary files. Replace the link with a copy of the file it points to`,
          });
          continue;
        }
        if (!dirent.isFile()) {
          problems.push({
            file: rel,
            line: 0,
            column: 0,
            field: 'file',
            message: `folders are not allowed inside ${contentDir}/${collection}/: put the entry file directly in it`,
          });
          continue;
        }
        if (!dirent.name.endsWith('.mdx')) {
          const stem = dirent.name.replace(/\.[^.]+$/, '');
          if (/\.mdx$/i.test(dirent.name)) {
            problems.push({
              file: rel,
              line: 0,
              column: 0,
              field: 'file',
              message: `has the extension "${dirent.name.slice(stem.length)}": entry files end in lowercase .mdx. Rename it to ${toId(stem) || stem}.mdx`,
            });
            continue;
          }
          const hint = /\.(md|markdown|mdown)$/i.test(dirent.name)
            ? ` rename it to ${toId(dirent.name.replace(/\.[^.]+$/, ''))}.mdx`
            : ' only .mdx entry files belong here';
          problems.push({ file: rel, line: 0, column: 0, field: 'file', message: `is not an entry file:${hint}` });
          continue;
        }
        const reserved = reservedName(dirent.name);
        if (reserved) {
          problems.push({ file: rel, line: 0, column: 0, field: 'file', message: reserved });
          continue;
        }
        found.push({ collection, file: rel });
      }
    }),
  );
  found.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return found;
}

/** Names Windows reserves for devices: a checkout there fails on a file called aux.mdx. */
const RESERVED_NAMES = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

function reservedName(fileName: string): string | undefined {
  const stem = fileName.replace(/\..*$/, '');
  if (!RESERVED_NAMES.test(stem)) return undefined;
  return `"${stem}" is a name Windows reserves for a device, so the record could not be checked out there: rename it to a longer id that says what it is, like ${stem.toLowerCase()}-2024.mdx`;
}

async function readEntry(
  root: string,
  collection: Kind,
  file: string,
  problems: Problem[],
  render: RenderWithAliases | undefined,
  known: Record<Collection, ReadonlySet<string>>,
  partial: PartialEntry[],
  reuse: LoadOptions['reuse'],
  changed: LoadOptions['changed'],
  excerpts: boolean,
): Promise<Entry | undefined> {
  const id = path.posix.basename(file, '.mdx');
  const report = (line: number, column: number, field: string, message: string) =>
    problems.push({ file, line, column, field, message });
  if (!isValidId(id)) {
    const fixed = toId(id);
    report(
      0,
      0,
      'file',
      `the file name must be a lowercase kebab-case id (letters a–z, digits, hyphens): rename it to ${fixed || 'a name like jill-biden'}.mdx`,
    );
    return undefined;
  }
  if (id.length > MAX_ID_LENGTH) {
    report(
      0,
      0,
      'file',
      `the file name (the entry's id) is ${id.length} characters long; ids have at most ${MAX_ID_LENGTH}: rename it to a shorter id, like ${id.slice(0, 40).replace(/-[^-]*$/, '')}.mdx`,
    );
    return undefined;
  }
  if (reuse && changed && !changed.has(file)) {
    const seen = reuse.get(file);
    if (seen) return reused(seen);
  }
  const absolute = path.join(root, file);
  const size = (await stat(absolute)).size;
  if (size > MAX_FILE_BYTES) {
    report(
      0,
      0,
      'file',
      `is ${size} bytes; entries may be at most ${MAX_FILE_BYTES} bytes. Split the narrative into separate events`,
    );
    return undefined;
  }
  const bytes = await readFile(absolute);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const bad = invalidUtf8Offset(bytes);
    const before = bytes.subarray(0, bad);
    const line = 1 + before.filter((b) => b === 0x0a).length;
    const column = bad - before.lastIndexOf(0x0a);
    report(line, column, 'file', `is not valid UTF-8 (byte offset ${bad}): save the file as UTF-8`);
    return undefined;
  }
  if (reuse) {
    const seen = reuse.get(file);
    if (seen?.text === text) return reused(seen);
    const entry = readText(text, id, collection, file, problems, render, known, partial, excerpts);
    if (entry) reuse.set(file, { text, entry, html: entry.html });
    else reuse.delete(file);
    return entry;
  }
  return readText(text, id, collection, file, problems, render, known, partial, excerpts);
}

/** A kept entry, its HTML reset to the body's own before this call fills the record-wide marks. */
function reused(seen: ReusedEntry): Entry {
  seen.entry.html = seen.html;
  return seen.entry;
}

function readText(
  text: string,
  id: string,
  collection: Kind,
  file: string,
  problems: Problem[],
  render: RenderWithAliases | undefined,
  known: Record<Collection, ReadonlySet<string>>,
  partial: PartialEntry[],
  excerpts: boolean,
): Entry | undefined {
  const report = (line: number, column: number, field: string, message: string) =>
    problems.push({ file, line, column, field, message });
  const split = splitFrontmatter(text);
  if ('error' in split) {
    report(split.line, 1, 'file', split.error);
    return undefined;
  }
  const characters = forbiddenCharacters(text);
  if (characters.length) {
    // Lines of the file; a leading byte-order mark is not a character of line 1.
    const frontmatterLines = split.bodyLineOffset;
    // A frontmatter line n of the file is line n - 1 of the YAML (line 1 is the opening ---).
    for (const c of characters) {
      const field =
        c.line < frontmatterLines ? fieldAtPosition(split.frontmatter, c.line - 1, c.column, FORBIDDEN) : 'body';
      report(c.line, c.column, field, c.message);
    }
    return undefined;
  }
  const nested = scanFrontmatterNesting(split.frontmatter);
  if (nested) {
    report(nested.line + 1, nested.column, 'frontmatter', nested.message);
    return undefined;
  }
  // The strict YAML parser (with positions) runs only when the fast one declines or a
  // problem needs a line number.
  const strictYaml = lazyStrictYaml(split.frontmatter);
  const fast = parseFrontmatterFast(split.frontmatter);
  const yamlErrors = fast ? [] : strictYaml().errors;
  for (const e of yamlErrors) report(e.line, e.column, e.field ?? 'frontmatter', e.message);
  const bodyPlaceholders = placeholderLines(split.body);
  for (const line of bodyPlaceholders)
    report(line + split.bodyLineOffset, 1, 'body', 'is a placeholder left by `npm run new`: replace it with your text');
  const parsedBody = parseBody(split.body, file, split.bodyLineOffset, { excerpts, sources: known.sources });
  for (const m of parsedBody.problems) report(m.line, m.column, 'body', m.message);
  // No closure below may capture parsedBody or split: the entry's locate() outlives this
  // call, and would keep the body's syntax tree and text alive for the whole build.
  const { links, citations } = parsedBody;
  // From here on a file with problems is still checked for its references (checkIntegrity).
  const keep = (raw: unknown, failed: PartialEntry['failed']) => {
    const locate = (p: readonly PropertyKey[]) => strictYaml().locate(p);
    partial.push({ collection, file, raw, failed, links, citations, locate });
    return undefined;
  };
  if (yamlErrors.length) return keep(undefined, []);
  const raw = fast ? fast.data : strictYaml().data;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    report(1, 1, 'frontmatter', 'must be a list of fields (key: value lines)');
    return keep(undefined, []);
  }
  // The file held no forbidden character, but YAML escapes ("\x01", "\u202E", "\e") write
  // them without it: the same rule on every value (and key) the YAML gives.
  const escaped = escapedCharacters(raw);
  for (const { path, atKey, codePoint } of escaped) {
    const { line, column } = strictYaml().locate(path, atKey);
    // A key is named without the character, which the output should not carry either.
    const field = formatPath(atKey ? path.map((k) => (typeof k === 'string' ? k.replace(FORBIDDEN, '') : k)) : path);
    report(line, column, field, characterMessage(codePoint, 'yaml'));
  }
  if (escaped.length)
    return keep(
      raw,
      escaped.map(({ path }) => ({ path, code: 'forbidden_character' })),
    );
  // Placeholders left by `npm run new` are reported as such, instead of as whatever
  // schema error the placeholder text happens to cause.
  const placeholders = placeholderPaths(raw);
  for (const p of placeholders) {
    const { line, column } = strictYaml().locate(p);
    report(line, column, formatPath(p), PLACEHOLDER_MESSAGE);
  }
  const placeholderFailures = placeholders.map((path) => ({ path, code: 'placeholder' }));
  if (placeholders.length || bodyPlaceholders.length) return keep(raw, placeholderFailures);
  const schema = SCHEMAS[collection];
  const result = schema.safeParse(raw, { reportInput: true });
  if (!result.success) {
    for (const p of explainIssues(result.error.issues, schema, raw, NOUN[collection], known)) {
      const { line, column } = strictYaml().locate(p.path, p.atKey);
      report(line, column, p.field, p.message);
    }
    return keep(
      raw,
      result.error.issues.map((i) => ({ path: i.path, code: i.code })),
    );
  }
  if (parsedBody.problems.length) return keep(raw, []);
  const data = result.data;
  const references = numberReferences(parsedBody.citations, 'sources' in data ? data.sources : []);
  // Rendering here, file by file, lets each syntax tree be dropped as soon as it is used.
  const rendered = render
    ? renderBodyParts(parsedBody, {
        urlFor: render.urlFor,
        references,
        aliases: collection === 'record' ? undefined : render.aliases?.get(entryKey(collection, id)),
      })
    : { html: '', text: '' };
  return {
    collection,
    id,
    file,
    data,
    links,
    citations,
    headings: parsedBody.headings,
    references,
    html: rendered.html,
    text: rendered.text,
    locate: (p) => strictYaml().locate(p),
  } as Entry;
}

/** Each string in parsed frontmatter (a value, or a key) that holds a forbidden character, with its path. */
function escapedCharacters(
  data: unknown,
  at: PropertyKey[] = [],
): { path: PropertyKey[]; atKey: boolean; codePoint: number }[] {
  if (typeof data === 'string') {
    const found = forbiddenCharacterIn(data);
    return found ? [{ path: at, atKey: false, codePoint: found.codePoint }] : [];
  }
  if (Array.isArray(data)) return data.flatMap((item, i) => escapedCharacters(item, [...at, i]));
  if (!data || typeof data !== 'object') return [];
  return Object.entries(data).flatMap(([key, value]) => {
    const inKey = forbiddenCharacterIn(key);
    return [
      ...(inKey ? [{ path: [...at, key], atKey: true, codePoint: inKey.codePoint }] : []),
      ...escapedCharacters(value, [...at, key]),
    ];
  });
}

/** The strict reading of a frontmatter block, made on first use and kept; captures the block alone. */
function lazyStrictYaml(frontmatter: string): () => YamlResult {
  let strict: YamlResult | undefined;
  return () => (strict ??= parseFrontmatter(frontmatter));
}

/** Placeholder text written by `npm run new`: "TODO: …" or an id like "todo-source-id". */
const PLACEHOLDER = /^TODO\b|^todo-/;
const PLACEHOLDER_MESSAGE =
  'is a placeholder left by `npm run new`: replace it (or delete the line if the field is optional)';

function placeholderPaths(data: unknown, at: PropertyKey[] = []): PropertyKey[][] {
  if (typeof data === 'string') return PLACEHOLDER.test(data.trim()) ? [at] : [];
  if (Array.isArray(data)) return data.flatMap((item, i) => placeholderPaths(item, [...at, i]));
  if (data && typeof data === 'object')
    return Object.entries(data).flatMap(([key, value]) => placeholderPaths(value, [...at, key]));
  return [];
}

function placeholderLines(body: string): number[] {
  return body.split('\n').flatMap((line, i) => (/^\s*TODO\b/.test(line) ? [i + 1] : []));
}

/** Once every source's standing is known: marks the rendered claims that rest only on weak sources. */
function markWeakClaims(record: RecordContent): void {
  const standingOf = recordStandings(record);
  const entries: Entry[] = [...record.people.values(), ...record.events.values(), ...record.sources.values()];
  if (record.about) entries.push(record.about);
  for (const entry of entries) {
    entry.html = fillClaimSlots(entry.html, new Set(weakRuns(entry.citations, standingOf).map((r) => r.run)));
  }
}

/** How bodies are rendered: entry URLs, and the old ids of each entry's cited sentences. */
type RenderWithAliases = NonNullable<LoadOptions['render']> & { aliases?: Map<string, Map<string, string[]>> };

/** content/ids.yaml, when there is one; its problems join the run's. */
async function readPublishedIds(root: string, contentDir: string, problems: Problem[]): Promise<PublishedIds> {
  const file = `${contentDir}/${PUBLISHED_IDS_FILE}`;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await readFile(path.join(root, file)));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    problems.push({
      file,
      line: 0,
      column: 0,
      field: 'file',
      message: 'is not readable UTF-8 text: run npm run ids to rewrite it',
    });
    return new Map();
  }
  const parsed = parsePublishedIds(text, file);
  problems.push(...parsed.problems);
  return parsed.published;
}

/**
 * Files read at once. Unbounded, 12,500 files queue 25,000 file-system calls on Node's
 * four I/O threads at once, and everything else the process reads waits behind them: in
 * `astro dev` on a busy machine, the dev server's own module loading timed out (after a
 * minute) while the record was read, and the server never answered.
 */
const READ_CONCURRENCY = 64;

/** `Promise.all(items.map(run))` with at most `limit` calls running at once; results in order. */
async function mapWithLimit<T, R>(items: readonly T[], limit: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await run(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Reads, checks and (optionally) renders every entry under content/. */
export async function loadRecord(options: LoadOptions): Promise<LoadResult> {
  const contentDir = 'content';
  const problems: Problem[] = [];
  const listed = await listEntries(options.root, contentDir, problems);
  const published =
    options.publishedIds === false ? new Map() : await readPublishedIds(options.root, contentDir, problems);
  const aliases = aliasesByTarget(published);
  const render: RenderWithAliases | undefined = options.render && { ...options.render, aliases };
  const record: RecordContent = { people: new Map(), events: new Map(), sources: new Map() };
  // Duplicate ids first: two files whose names differ only by case or punctuation
  // ("john-doe", "John_Doe", "johndoe") would be one entry to a reader.
  const firstByFingerprint = new Map<string, string>();
  const readable: typeof listed = [];
  // Well-named files first, so a misnamed copy is the one reported.
  const byValidity = [
    ...listed.filter((item) => isValidId(path.posix.basename(item.file, '.mdx'))),
    ...listed.filter((item) => !isValidId(path.posix.basename(item.file, '.mdx'))),
  ];
  for (const item of byValidity) {
    const id = path.posix.basename(item.file, '.mdx');
    const key = `${item.collection}/${idFingerprint(id)}`;
    const other = firstByFingerprint.get(key);
    if (other === undefined) {
      firstByFingerprint.set(key, item.file);
      readable.push(item);
      continue;
    }
    problems.push({
      file: item.file,
      line: 0,
      column: 0,
      field: 'file',
      message: `duplicate id: "${id}" and "${path.posix.basename(other, '.mdx')}" (${other}) differ only by case or punctuation. Merge the two files or choose a distinct id`,
    });
  }
  // Every id with a file, for "did you mean" on malformed ids before entries are read.
  const known: Record<Collection, Set<string>> = { people: new Set(), events: new Set(), sources: new Set() };
  for (const { collection, file } of readable) {
    if (collection !== 'record') known[collection].add(path.posix.basename(file, '.mdx'));
  }
  const partial: PartialEntry[] = [];
  const entries = await mapWithLimit(readable, READ_CONCURRENCY, ({ collection, file }) =>
    readEntry(
      options.root,
      collection,
      file,
      problems,
      render,
      known,
      partial,
      options.excerpts === false ? undefined : options.reuse,
      options.changed,
      options.excerpts !== false,
    ),
  );
  for (const entry of entries) {
    if (!entry) continue;
    if (entry.collection === 'record') record.about = entry as Entry<'record'>;
    else (record[entry.collection] as Map<string, Entry>).set(entry.id, entry);
  }

  const present: Record<Collection, Set<string>> = { people: new Set(), events: new Set(), sources: new Set() };
  for (const { collection, file } of listed) {
    if (collection !== 'record') present[collection].add(path.posix.basename(file, '.mdx'));
  }
  problems.push(...checkIntegrity(record, options.referenceDate, present, partial));
  if (options.render) markWeakClaims(record);
  for (const event of record.events.values()) problems.push(...duplicateAnchorProblems(event));
  problems.push(...checkPublishedIds(record, published, `${contentDir}/${PUBLISHED_IDS_FILE}`));
  return { record, problems: sortProblems(problems), files: listed.map((l) => l.file), published, aliases };
}
