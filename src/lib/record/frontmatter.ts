/**
 * File-level reading of a content entry: bytes to text (strict UTF-8), text to
 * frontmatter and body. Nothing is repaired silently.
 */
import jsYaml from 'js-yaml';
import { clip } from '../text/clip.ts';
import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type Node,
} from 'yaml';

/** Larger files are refused: an entry that big should be split, and it protects the build. */
export const MAX_FILE_BYTES = 200_000;

/** The byte offset of the first invalid UTF-8 sequence, or -1 when the bytes are valid. */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    let extra: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      extra = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      extra = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      extra = 3;
      min = 0x10000;
    } else {
      return i;
    }
    let code = b & (0x3f >> extra);
    for (let k = 1; k <= extra; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += extra + 1;
  }
  return -1;
}

export interface YamlResult {
  data: unknown;
  /** `field` is the key path of the value at fault, where the reader knows it. */
  errors: { line: number; column: number; message: string; field?: string }[];
  /** Position (in the file) of the node at a path; falls back to the nearest parent. */
  locate: (path: readonly PropertyKey[], atKey?: boolean) => { line: number; column: number };
}

/**
 * Anything that might be a YAML anchor (&a) or alias (*a), which js-yaml would resolve
 * silently: & or * where a value can begin (a line's start, after "key: ", "- ", or a flow
 * indicator). Inside a value they are text: "co-author of *2024*" marks a work's title.
 */
const MAYBE_ANCHOR_OR_ALIAS = /(?:^[ \t]*|[:-][ \t]+|[,[{][ \t]*)[&*][^\s,[\]{}]/m;

/**
 * The fast path: js-yaml with the core schema (no timestamps, so 2024-11-06 stays text)
 * reads a well-formed block ten times faster than the strict parser. It returns
 * undefined whenever the strict parser must decide: on any error (duplicate keys, bad
 * syntax, unknown tags), and when the text might hold an anchor or alias.
 */
export function parseFrontmatterFast(yamlText: string): { data: unknown } | undefined {
  if (MAYBE_ANCHOR_OR_ALIAS.test(yamlText) || UNCOMMON_SYNTAX.test(yamlText) || hasNumberInOtherForm(yamlText))
    return undefined;
  try {
    return { data: jsYaml.load(yamlText, { schema: jsYaml.CORE_SCHEMA }) };
  } catch {
    return undefined;
  }
}

/**
 * Syntax where js-yaml and the YAML 1.2 reader were found to differ (tests/unit/
 * frontmatter-readers.test.ts generates documents to find them): flow maps, a colon or a # inside
 * a flow list (looked for from the last [ before it, so no run of text is scanned twice), backslash escapes other than \" and \\, tags (!), a quoted value that goes on
 * past its line, a list item that is itself a list (- -), a key YAML reads as null or a boolean (~:). Frontmatter rarely uses them; the strict reader decides.
 */
const UNCOMMON_SYNTAX =
  /^[ \t]*-[ \t]+-(?:[ \t]|$)|(?:^|[:,[-])[ \t]*(?:"[^"\n\r\u2028\u2029]*|'[^'\n\r\u2028\u2029]*)$|[\]"']#|[{}]|\[[^[\]\n:#]*[:#]|\\[^"\\]|(?:^|[\s,[:-])!|(?:^|[\s,[{-])(?:~|null|true|false)[ \t]*:(?:[ \t]|$)/im;

/**
 * A whole value (or key) that the two YAML readers might take for a number written other than in
 * plain decimal digits (0x79F, 0o3637, 0b11110011111, 1.951e3, +1951, 1_951, 01951,
 * .inf). js-yaml and the YAML 1.2 core schema disagree on several of these, so the strict
 * reader decides (and refuses them: see numberForm).
 */
// A value starts a line, follows a flow indicator, a list dash, or a colon and a blank: a
// colon inside a scalar (the "-05:00" of a timestamp) starts nothing.
const VALUE_TOKEN =
  /(?:^|:[ \t]|[[{,]|^[ \t]*-)[ \t]*([-+]?\.?[0-9][^\s,\]}#:]*|[-+]?\.(?:inf|nan))[ \t]*(?=$|[,\]}:]|[ \t]#)/gim;
const NUMBER_LIKE =
  /^[-+]?(?:0[xob][0-9a-f_]*|[0-9][0-9_]*(?:\.[0-9_]*)?(?:e[-+]?[0-9]+)?|\.[0-9_]+(?:e[-+]?[0-9]+)?|\.inf|\.nan)$/i;
const PLAIN_INTEGER = /^(?:0|-?[1-9][0-9]*)$/;

function hasNumberInOtherForm(yamlText: string): boolean {
  for (const m of yamlText.matchAll(VALUE_TOKEN)) {
    const token = m[1] ?? '';
    if (NUMBER_LIKE.test(token) && !PLAIN_INTEGER.test(token)) return true;
  }
  return false;
}

/** Why a number scalar is refused, or undefined when it is written in plain digits. */
function numberForm(source: string, value: number): string | undefined {
  if (PLAIN_INTEGER.test(source)) return undefined;
  const asYear =
    Number.isInteger(value) && value > 0 && value < 10_000 ? `write the year in plain digits (${value}); ` : '';
  return `YAML reads ${source} as the number ${value}, a form the record does not use: ${asYear}if it is text, put it in quotes: "${source}"`;
}

/** The key a frontmatter line sets (`born` of "born: 1964", `note` of "  - note: …"), if any. */
function fieldOfLine(line: string): string | undefined {
  return /^\s*(?:-\s+)?([A-Za-z][\w-]*)\s*:(?:\s|$)/.exec(line)?.[1];
}

/** What a YAML error means for someone editing frontmatter, with the fix. */
function explainYamlError(
  code: string,
  message: string,
  line: string,
  duplicate?: { key: string; first: number; second: number },
): string {
  if (code === 'DUPLICATE_KEY' || /Map keys must be unique/.test(message)) {
    return duplicate
      ? `the field "${duplicate.key}" appears twice, on lines ${duplicate.first} and ${duplicate.second}: keep one`
      : 'the same field appears twice: keep one';
  }
  const value = /^\s*(?:-\s+)?[^\s:#][^:#]*:\s+(.*)$/.exec(line)?.[1]?.trim() ?? '';
  if (/^[*&]/.test(value)) return aliasHint(line, value);
  if (code === 'BLOCK_AS_IMPLICIT_KEY' || /Nested mappings are not allowed in compact mappings/.test(message)) {
    return `the value contains a colon and a space, which YAML reads as the start of another field: put the whole value in quotes, like ${quoted(line)}`;
  }
  return `the frontmatter is not valid YAML: ${message}`;
}

/**
 * The line with its value put in double quotes: `title: "Biden: a call"`. The key part is
 * matched by a pattern whose repetitions cannot overlap, and the value trimmed in code: a
 * lazy value followed by \s*$ would retry the trailing spaces from every position.
 */
function quoted(line: string): string {
  const key = /^\s*(?:-\s+)?[^\s:#][^:#]*:\s+/.exec(line)?.[0];
  if (key === undefined) return '"…"';
  const value = clip(line.slice(key.length).trim());
  return `${key.trim()} "${value.replace(/["\\]/g, '\\$&')}"`;
}

function aliasHint(line: string, value: string): string {
  const what = value.startsWith('*') ? 'an alias (a reference to another value)' : 'an anchor (a name for a value)';
  return `a value starting with ${value[0]} is read by YAML as ${what}, which is not allowed: if it is text, put it in quotes, like ${quoted(line)}`;
}

/**
 * Parses frontmatter YAML strictly, keeping positions: duplicate keys, anchors, aliases
 * and custom tags are errors. Used whenever the fast path declines or a problem needs
 * its line.
 */
export function parseFrontmatter(yamlText: string): YamlResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, {
    lineCounter,
    uniqueKeys: true,
    prettyErrors: false,
    strict: true,
    version: '1.2',
  });
  // Line 1 of the file is the opening ---, so YAML line n is file line n + 1.
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + 1, column: col };
  };
  const errors: YamlResult['errors'] = [];
  const lines = yamlText.split('\n');
  const lineText = (offset: number) => lines[lineCounter.linePos(offset).line - 1] ?? '';
  const explainedLines = new Set<number>();
  for (const e of [...doc.errors, ...doc.warnings]) {
    const message = e.message.split('\n')[0] ?? e.message;
    const position = at(e.pos[0]);
    const first = e.code === 'DUPLICATE_KEY' ? firstOccurrence(doc, e.pos[0], at) : undefined;
    const duplicate = first && { ...first, second: position.line };
    const text = lineText(e.pos[0]);
    const field = duplicate?.key ?? fieldOfLine(text);
    errors.push({ ...position, message: explainYamlError(e.code, message, text, duplicate), ...(field && { field }) });
    explainedLines.add(position.line);
  }
  visit(doc, {
    Alias(_, node, ancestors) {
      const offset = node.range?.[0] ?? 0;
      if (explainedLines.has(at(offset).line)) return;
      errors.push({
        ...at(offset),
        message: aliasHint(lineText(offset), `*${node.source}`),
        field: fieldPath(ancestors, node),
      });
    },
    Node(_, node, ancestors) {
      if (isScalar(node) && typeof node.value === 'number') {
        const why = numberForm(node.source ?? String(node.value), node.value);
        if (why) errors.push({ ...at(node.range?.[0] ?? 0), message: why, field: fieldPath(ancestors, node) });
      }
      if ('anchor' in node && node.anchor) {
        errors.push({
          ...at(node.range?.[0] ?? 0),
          message: `YAML anchors (&${node.anchor}) are not allowed: write each value out in full`,
          field: fieldPath(ancestors, node),
        });
      }
      if (node.tag && !node.tag.startsWith('tag:yaml.org,2002:')) {
        errors.push({
          ...at(node.range?.[0] ?? 0),
          message: `YAML tags (${node.tag}) are not allowed: write plain values`,
          field: fieldPath(ancestors, node),
        });
      }
    },
  });
  const data = errors.length === 0 ? doc.toJS({ maxAliasCount: 0 }) : undefined;
  return { data, errors, locate: (path, atKey = false) => locateIn(doc, path, atKey, at) };
}

/**
 * The field (like `quotes[1].text`) holding a position of the frontmatter, 1-based line
 * and column within the YAML. Used to name the field of a character the record refuses
 * before reading the YAML: those characters are first replaced by a letter, which keeps
 * every offset and lets the parser place the position; where it still cannot (the text
 * does not parse), the top-level key above the line is named.
 */
export function fieldAtPosition(yamlText: string, line: number, column: number, replace: RegExp): string {
  const lines = yamlText.split('\n');
  let offset = column - 1;
  for (let i = 0; i < line - 1; i++) offset += (lines[i]?.length ?? 0) + 1;
  const cleaned = yamlText.replace(replace, (c) => 'x'.repeat(c.length));
  const doc = parseDocument(cleaned, { uniqueKeys: false, prettyErrors: false, version: '1.2' });
  let found: string | undefined;
  if (doc.errors.length === 0) {
    visit(doc, {
      Scalar(_, node, ancestors) {
        const [start, end] = node.range ?? [0, 0];
        if (offset < start || offset >= end) return undefined;
        const parent = ancestors.at(-1);
        // A character in a key belongs to that key's field, named without the character.
        const keyOf =
          isPair(parent) && parent.key === node ? yamlText.slice(start, end).replace(replace, '') : undefined;
        const path = keyOf === undefined ? fieldPath(ancestors, node) : fieldPath(ancestors.slice(0, -1), parent);
        found = keyOf === undefined ? path : path === 'frontmatter' ? keyOf : `${path}.${keyOf}`;
        return visit.BREAK;
      },
    });
  }
  if (found && found !== 'frontmatter') return found;
  for (let i = Math.min(line, lines.length) - 1; i >= 0; i--) {
    const key = /^([^\s#:'"-][^:#]*?):(?:[ \t]|$)/.exec(lines[i] ?? '')?.[1];
    if (key) return key;
  }
  return 'frontmatter';
}

/** "roles[0].from" for a node, from the pairs and sequences above it. */
function fieldPath(ancestors: readonly unknown[], node: unknown): string {
  let out = '';
  const chain = [...ancestors, node];
  for (let i = 0; i < chain.length - 1; i++) {
    const parent = chain[i];
    const child = chain[i + 1];
    if (isPair(parent) && parent.value === child && isScalar(parent.key))
      out += `${out ? '.' : ''}${String(parent.key.value)}`;
    else if (isSeq(parent)) out += `[${parent.items.indexOf(child as never)}]`;
  }
  return out || 'frontmatter';
}

/** The key and line of the first of two equal keys, the second starting at `offset`. */
function firstOccurrence(
  doc: Document,
  offset: number,
  at: (offset: number) => { line: number; column: number },
): { key: string; first: number } | undefined {
  let found: { key: string; first: number } | undefined;
  visit(doc, {
    Map(_, map) {
      const second = map.items.find((p) => isScalar(p.key) && p.key.range?.[0] === offset);
      if (!second || !isScalar(second.key)) return undefined;
      const key = second.key.value;
      const first = map.items.find((p) => isScalar(p.key) && p.key.value === key);
      if (first && isScalar(first.key)) found = { key: String(key), first: at(first.key.range?.[0] ?? 0).line };
      return visit.BREAK;
    },
  });
  return found;
}

function locateIn(
  doc: Document,
  path: readonly PropertyKey[],
  atKey: boolean,
  at: (offset: number) => { line: number; column: number },
): { line: number; column: number } {
  let node: Node | null | undefined = doc.contents as Node | null;
  let best: Node | null | undefined = null;
  for (const [index, key] of path.entries()) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key);
      if (!pair) break;
      const last = index === path.length - 1;
      best = last && atKey ? (pair.key as Node) : ((pair.value as Node | null) ?? (pair.key as Node));
      node = pair.value as Node | null;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as Node | undefined;
      if (!item) break;
      best = item;
      node = item;
    } else {
      break;
    }
    if (isAlias(node)) break;
  }
  const offset = best?.range?.[0];
  // Nothing to point at (a missing top-level field): point at the opening --- line.
  return offset === undefined ? { line: 1, column: 1 } : at(offset);
}
