/**
 * How the browser editor reads and writes the record's files (frontmatter in YAML, then
 * the MDX body), registered with Decap CMS as the "record-mdx" format.
 *
 * The editor hands back the whole entry on save, and a YAML writer would re-serialise
 * every line: quotes dropped or added, flow lists [a, b] turned into blocks, long lines
 * folded. So that a save changes only the lines of what was changed, every top-level
 * field and every item of a top-level list is remembered as written when a file is read;
 * on save, a field or item whose value is unchanged is written back with its original
 * lines, and only new or changed values are written afresh. Values are compared as
 * parsed data, so this can never change a value's meaning, only its spelling.
 *
 * Text stays text: the YAML writer quotes a title such as 2024 or a value like "yes" so
 * it reads back as the same string. Empty values the form leaves behind (an untouched
 * optional field as "", an empty list) are left out, as a contributor would.
 */
import { parseDocument, stringify } from 'yaml';
import { splitFrontmatter } from '../record/fences.ts';

export interface FormatRules {
  /** Paths ("quotes.*.speaker") of fields holding one id or a list: a list of one is written as the id. */
  idOrList: readonly string[];
}

type Data = Record<string, unknown>;

/** Lines of a file as read, by field and value: "title\0<json>" → lines. */
export class Remembered {
  readonly fields = new Map<string, string>();
  readonly items = new Map<string, string>();
  /** Each file's fields in order, with its "field\0<json>" keys, to find an entry's file again. */
  readonly files: { order: string[]; keys: Set<string> }[] = [];
}

/**
 * Splits a file into its frontmatter (without fences) and body (after the closing fence),
 * as the check does (record/fences.ts): a byte-order mark, or spaces after a fence, are read
 * the same way by both, so the editor never takes a file the check accepts for all body.
 */
export function splitFile(raw: string): { frontmatter: string; body: string } {
  const split = splitFrontmatter(raw);
  if ('error' in split) throw new Error(`The file ${split.error}.`);
  return { frontmatter: split.frontmatter, body: split.body };
}

const TOP_KEY = /^([A-Za-z_][\w-]*):/;

/** Top-level fields' lines, in order: [key, lines]. */
function chunks(frontmatter: string): [string, string][] {
  const out: [string, string][] = [];
  for (const line of frontmatter.split(/(?<=\n)/)) {
    const key = TOP_KEY.exec(line)?.[1];
    if (key !== undefined) out.push([key, line]);
    else if (out.length) out[out.length - 1]![1] += line;
  }
  return out;
}

/** A block list's items as written ("  - person: x\n    role: y\n"), or undefined if not a block list. */
function blockItems(lines: string): string[] | undefined {
  const rest = lines.slice(lines.indexOf('\n') + 1);
  const indent = /^( *)- /.exec(rest)?.[1];
  if (indent === undefined) return undefined;
  const items: string[] = [];
  for (const line of rest.split(/(?<=\n)/)) {
    if (line.startsWith(`${indent}- `) || line === `${indent}-\n`) items.push(line);
    else if (items.length) items[items.length - 1] += line;
    else return undefined;
  }
  return items;
}

const key = (field: string, value: unknown) => `${field}\u0000${JSON.stringify(value)}`;

function eachAt(data: unknown, path: readonly string[], change: (holder: Data, field: string) => void): void {
  if (data === null || typeof data !== 'object') return;
  const [head, ...rest] = path;
  if (head === undefined) return;
  if (head === '*') {
    if (Array.isArray(data)) for (const item of data) eachAt(item, rest, change);
    return;
  }
  if (rest.length === 0) change(data as Data, head);
  else eachAt((data as Data)[head], rest, change);
}

/** Reads a file for the form: its fields, plus `body`; remembers how each value was written. */
export function readEntry(raw: string, rules: FormatRules, remembered: Remembered): Data {
  const { frontmatter, body } = splitFile(raw);
  const doc = parseDocument(frontmatter);
  if (doc.errors.length) throw new Error(`YAML error: ${doc.errors.map((e) => e.message).join('; ')}`);
  const data = (doc.toJS() ?? {}) as Data;
  const file = { order: [] as string[], keys: new Set<string>() };
  remembered.files.push(file);
  for (const [field, lines] of chunks(frontmatter)) {
    if (!(field in data)) continue;
    const value = data[field];
    remembered.fields.set(key(field, value), lines);
    file.order.push(field);
    file.keys.add(key(field, value));
    const items = Array.isArray(value) ? blockItems(lines) : undefined;
    if (items && Array.isArray(value) && items.length === value.length) {
      items.forEach((item, i) => remembered.items.set(key(field, value[i]), item));
    }
  }
  // The form edits an id-or-list as a list.
  for (const path of rules.idOrList) {
    eachAt(data, path.split('.'), (holder, field) => {
      if (typeof holder[field] === 'string') holder[field] = [holder[field]];
    });
  }
  return { ...data, body };
}

/** Drops what the form leaves empty: "", null, [], {} (inside lists and groups too). */
function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(withoutEmpty).filter((v) => v !== undefined);
    return items.length ? items : undefined;
  }
  if (value !== null && typeof value === 'object') {
    const out: Data = {};
    for (const [k, v] of Object.entries(value)) {
      const kept = withoutEmpty(v);
      if (kept !== undefined) out[k] = kept;
    }
    return Object.keys(out).length ? out : undefined;
  }
  if (value === null || value === '' || (typeof value === 'string' && value.trim() === '')) return undefined;
  return value;
}

const WRITE = { lineWidth: 0, minContentWidth: 0, flowCollectionPadding: false } as const;

/** Writes a file from the form's data: unchanged fields and list items keep their lines. */
export function writeEntry(
  input: Data,
  rules: FormatRules,
  remembered: Remembered,
  fieldOrder: readonly string[] = [],
): string {
  const data: Data = structuredClone(input);
  const body = typeof data['body'] === 'string' ? data['body'] : '';
  delete data['body'];
  for (const path of rules.idOrList) {
    eachAt(data, path.split('.'), (holder, field) => {
      const value = holder[field];
      if (Array.isArray(value) && value.length === 1 && typeof value[0] === 'string') holder[field] = value[0];
    });
  }
  // An entry read from a file keeps its fields' order (the file sharing most of its values
  // is its own); a new one takes the form's. The editor's own order cannot be used: it
  // keeps an entry's fields in a hashed map.
  let best: { order: string[]; matches: number } = { order: [], matches: 0 };
  for (const file of remembered.files) {
    const matches = Object.keys(data).filter((field) => file.keys.has(key(field, data[field]))).length;
    if (matches > best.matches) best = { order: file.order, matches };
  }
  const first = best.matches > 0 ? best.order : [];
  const order = [
    ...first.filter((f) => f in data),
    ...fieldOrder.filter((f) => f in data && !first.includes(f)),
    ...Object.keys(data).filter((f) => !first.includes(f) && !fieldOrder.includes(f)),
  ];
  let out = '';
  for (const field of order) {
    const kept = remembered.fields.get(key(field, data[field]));
    if (kept !== undefined) {
      out += kept.endsWith('\n') ? kept : `${kept}\n`;
      continue;
    }
    const raw = data[field];
    if (Array.isArray(raw)) {
      // Each item as written when it is unchanged, else afresh; items the form left empty go.
      const items = raw
        .map((item) => ({ kept: remembered.items.get(key(field, item)), value: withoutEmpty(item) }))
        .filter((item) => item.kept !== undefined || item.value !== undefined);
      if (items.some((item) => item.kept !== undefined)) {
        out += `${field}:\n`;
        for (const item of items) {
          const lines = item.kept ?? indent(stringify([item.value], WRITE));
          out += lines.endsWith('\n') ? lines : `${lines}\n`;
        }
        continue;
      }
    }
    const value = withoutEmpty(raw);
    if (value === undefined) continue;
    out += stringify({ [field]: value }, WRITE);
  }
  return `---\n${out}---\n${body}`;
}

function indent(text: string): string {
  return text
    .split(/(?<=\n)/)
    .map((line) => (line.trim() ? `  ${line}` : line))
    .join('');
}
