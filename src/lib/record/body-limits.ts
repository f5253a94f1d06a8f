/**
 * Limits on how deeply a body (and a frontmatter block) may nest and how large its tree
 * may grow. The parsers and renderers the record uses recurse over the tree: a few
 * thousand nested `>` markers, list markers or `<sub>` elements overflow the stack, and
 * the MDX parser itself takes seconds on them. So nesting is measured on the text, before
 * any parser runs, in one linear pass; the parsed tree is then measured again without
 * recursion, which catches what the text scan cannot see (indentation-nested lists). The
 * content check and the build share this code, so what the build would die on the check
 * reports first.
 */
import type { Nodes, Root } from 'mdast';

/** Blockquote and list markers, or elements, open at one point. Real writing uses a handful. */
export const MAX_NESTING = 100;
/** Levels of the parsed tree: a list level is two (list, item), and a paragraph and its text add two. */
const MAX_TREE_DEPTH = 2 * MAX_NESTING + 10;
/** Nodes in one body's tree: about ten times what the longest shipped narrative needs. */
const MAX_TREE_NODES = 50_000;

export interface LimitProblem {
  /** 1-based, within the text scanned. */
  line: number;
  column: number;
  message: string;
}

/** A blockquote marker, or a list marker followed by a space or the end of the line. */
const MARKER = /[ \t]*(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$))/y;
/** An opening tag, a closing tag, or the end of a self-closing tag. */
const TAG = /<\/|<[A-Za-z]|\/>/g;

/**
 * The first place where the text of a body opens more than MAX_NESTING blockquote or
 * list markers on one line, or more than MAX_NESTING elements inside each other. The count
 * of elements is an upper bound (a `<` in a code span counts too), which is fine at a
 * limit no real text comes near.
 */
export function scanBodyNesting(body: string): LimitProblem | undefined {
  const lines = body.split('\n');
  let open = 0;
  for (const [index, line] of lines.entries()) {
    let markers = 0;
    MARKER.lastIndex = 0;
    while (MARKER.exec(line)) {
      markers++;
      if (markers > MAX_NESTING) {
        return {
          line: index + 1,
          column: MARKER.lastIndex,
          message: `nests more than ${MAX_NESTING} blockquote (>) or list markers on one line: no entry needs that; flatten the quotation or the list`,
        };
      }
    }
    TAG.lastIndex = 0;
    for (let m = TAG.exec(line); m; m = TAG.exec(line)) {
      if (m[0] === '</' || m[0] === '/>') open = Math.max(0, open - 1);
      else if (++open > MAX_NESTING) {
        return {
          line: index + 1,
          column: m.index + 1,
          message: `nests more than ${MAX_NESTING} elements (like <sub>) inside each other: close each element before opening the next`,
        };
      }
    }
  }
  return undefined;
}

/**
 * Inline syntax the MDX parser pays for more than once: its time grows with the square of
 * the number of emphasis marks (97,000 "_a" took 14.6 s), of character references (20,000
 * "&amp;" took 12 s and then failed for want of memory) and of elements in a body. Real
 * entries use at most 13 of each; these limits leave room forty times over and more, and
 * keep the worst body the file size allows to well under a second (scripts/measure-hostile.ts).
 */
export const MAX_EMPHASIS_MARKS = 2_000;
export const MAX_CHARACTER_REFERENCES = 1_000;
export const MAX_ELEMENTS = 500;

/**
 * The first place where a body passes one of the limits above, counted on the text in one
 * pass: every * and _ (in a word or a link address too), every & that starts a reference
 * (&name; or &#…;), every < that starts an element. Upper bounds, which is fine at limits no
 * real text comes near.
 */
export function scanInlineSyntax(body: string): LimitProblem | undefined {
  let emphasis = 0;
  let references = 0;
  let elements = 0;
  let line = 1;
  let lineStart = 0;
  const at = (i: number, message: string) => ({ line, column: i - lineStart + 1, message });
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c === 0x0a) {
      line++;
      lineStart = i + 1;
    } else if (c === 0x2a || c === 0x5f) {
      if (++emphasis > MAX_EMPHASIS_MARKS)
        return at(
          i,
          `uses more than ${MAX_EMPHASIS_MARKS} emphasis marks (* and _): no entry needs that many, and each one slows the check. Remove the marks, or split the narrative into separate events`,
        );
    } else if (c === 0x26 && /[#A-Za-z]/.test(body[i + 1] ?? '')) {
      if (++references > MAX_CHARACTER_REFERENCES)
        return at(
          i,
          `uses more than ${MAX_CHARACTER_REFERENCES} character references (like &amp;): type the characters themselves`,
        );
    } else if (c === 0x3c && /[A-Za-z]/.test(body[i + 1] ?? '')) {
      if (++elements > MAX_ELEMENTS)
        return at(
          i,
          `uses more than ${MAX_ELEMENTS} elements (like <Cite />): split the narrative into separate events`,
        );
    }
  }
  return undefined;
}

/**
 * The first node (in document order) past MAX_TREE_DEPTH levels, or the node past
 * MAX_TREE_NODES in all: measured with an explicit stack, so the measuring cannot overflow.
 */
export function checkTreeLimits(tree: Root): LimitProblem | undefined {
  const stack: { node: Nodes; depth: number }[] = [{ node: tree, depth: 0 }];
  let count = 0;
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { node, depth } = item;
    const at = () => ({ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 });
    if (++count > MAX_TREE_NODES) {
      return {
        ...at(),
        message: `is too large: its text makes more than ${MAX_TREE_NODES} elements. Split the narrative into separate events`,
      };
    }
    if (depth > MAX_TREE_DEPTH) {
      return {
        ...at(),
        message: `nests more than ${MAX_TREE_DEPTH} levels deep (lists, quotations, elements): flatten it`,
      };
    }
    if ('children' in node) {
      // Pushed in reverse, so nodes are met in document order and the first offender is reported.
      for (let i = node.children.length - 1; i >= 0; i--)
        stack.push({ node: node.children[i] as Nodes, depth: depth + 1 });
    }
  }
  return undefined;
}

/** Flow collections ([ ] and { }) open at one point of a frontmatter block, at most. */
const MAX_FRONTMATTER_NESTING = 20;

const OPENING = /[[{]/g;
const DEEP_DASHES = new RegExp(`^(?:[ \\t]*-(?=[ \\t]|$)){${MAX_FRONTMATTER_NESTING + 1}}`, 'm');

/**
 * Whether the block could pass the limit at all: more openings than the limit, or a line of
 * more compact list dashes than it. Most blocks cannot, and skip the scan below.
 */
function mayNestDeeply(yaml: string): boolean {
  OPENING.lastIndex = 0;
  let n = 0;
  while (OPENING.exec(yaml)) if (++n > MAX_FRONTMATTER_NESTING) return true;
  return DEEP_DASHES.test(yaml);
}

/**
 * The first place where a frontmatter block opens more than MAX_FRONTMATTER_NESTING
 * brackets or braces inside each other (the YAML parsers recurse, and take seconds
 * before they overflow). Quoted text is skipped; block indentation is bounded by the file
 * size and measured by the parser.
 */
export function scanFrontmatterNesting(yaml: string): LimitProblem | undefined {
  if (!mayNestDeeply(yaml)) return undefined;
  let open = 0;
  let line = 1;
  let lineStart = 0;
  let quote: string | undefined;
  const dashes = /[ \t]*-(?=[ \t]|$)/y;
  const compactLists = (start: number) => {
    dashes.lastIndex = start;
    let n = 0;
    while (dashes.exec(yaml) && ++n <= MAX_FRONTMATTER_NESTING);
    return n > MAX_FRONTMATTER_NESTING;
  };
  for (let i = 0; i < yaml.length; i++) {
    const c = yaml[i];
    if (i === lineStart && !quote && compactLists(i)) {
      return {
        line,
        column: 1,
        message: `nests more than ${MAX_FRONTMATTER_NESTING} lists (- - -) inside each other: write plain fields and lists`,
      };
    }
    if (c === '\n') {
      line++;
      lineStart = i + 1;
      // A plain scalar ends at the line; an unclosed quote is the parser's to report.
      continue;
    }
    if (quote) {
      if (c === quote) quote = undefined;
      continue;
    }
    // A quote opens a quoted scalar only where a value can begin: "Harris's" is plain text.
    if ((c === '"' || c === "'") && (i === lineStart || /[\s[{,:]/.test(yaml[i - 1] ?? ''))) quote = c;
    else if (c === '#' && (i === lineStart || /\s/.test(yaml[i - 1] ?? ''))) {
      const end = yaml.indexOf('\n', i);
      i = end < 0 ? yaml.length : end - 1;
    } else if (c === ']' || c === '}') open = Math.max(0, open - 1);
    else if ((c === '[' || c === '{') && ++open > MAX_FRONTMATTER_NESTING) {
      return {
        line,
        column: i - lineStart + 1,
        message: `nests more than ${MAX_FRONTMATTER_NESTING} lists or groups ([ or {) inside each other: write plain fields and lists`,
      };
    }
  }
  return undefined;
}
