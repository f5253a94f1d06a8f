/**
 * Content MDX is data, not code.
 *
 * Bodies are parsed with the MDX grammar (so anything MDX would run is seen for what it
 * is) and then checked against a small allow-list: Markdown, the <Cite> component and a
 * few inline HTML elements (./allow-list.ts), with links that follow the link policy
 * (./links.ts). Anything else is reported with its line and column and the build fails;
 * nothing is stripped. What passes is rendered to HTML by ./render.ts, in the content
 * loader, and never compiled into a JavaScript module: a stranger's file cannot run code
 * at build time or in a reader's browser.
 *
 * Parsing also collects what the rest of the record needs from a body: its links to
 * other entries and its citations, each with the sentence it stands in, and its headings
 * with their ids.
 */
import type { Nodes, Parent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { mdxToMdast } from 'satteri';
import { checkTreeLimits, scanBodyNesting, scanInlineSyntax } from '../body-limits.ts';
import { characterMessage, forbiddenCharacterIn } from '../../text/characters.ts';
import type { Collection } from '../../kinds.ts';
import { attributeMap, elementProblems } from './allow-list.ts';
import { headingIds } from './heading-ids.ts';
import { classifyUrl } from './links.ts';
import { sentenceAt, sentenceBoundAt, sentencesOf, type Sentences } from './sentences.ts';
import { derivedClaimId } from '../anchors.ts';

export interface BodyMessage {
  line: number;
  column: number;
  message: string;
}

export interface BodyLink {
  collection: Collection;
  id: string;
  fragment?: string;
  /** The sentence the link stands in, for "mentioned in" with context. */
  sentence: string;
  line: number;
  column: number;
}

export interface BodyCitation {
  source: string;
  locator?: string;
  /**
   * Which run of citations it belongs to, from 1: marks side by side, with nothing but
   * spaces between them, support one claim together (src/lib/record/standing.ts).
   */
  run: number;
  sentence: string;
  /**
   * The stable id of the sentence it supports ("claim-…", src/lib/record/anchors.ts): given as
   * <Cite id="…">, or made from the sentence's first words. Absent only for a <Cite> outside
   * any paragraph, which supports no sentence.
   */
  claim?: string;
  line: number;
  column: number;
}

export interface BodyHeading {
  depth: number;
  slug: string;
  text: string;
}

export interface ParsedBody {
  tree: Root;
  problems: BodyMessage[];
  links: BodyLink[];
  citations: BodyCitation[];
  headings: BodyHeading[];
  /** The anchors of the cited sentences, placed in the tree at each sentence's start, for renderBody to add old ids to. */
  claimNodes: ClaimNode[];
  /** The link and definition nodes that point to entries, for renderBody to give site URLs. */
  entryNodes: { node: { url: string }; collection: Collection; id: string; fragment?: string }[];
}

/** An empty element at the start of a cited sentence, whose id links to the sentence. */
export interface ClaimNode {
  type: 'claimAnchor';
  id: string;
  data: { hName: 'span'; hProperties: { id: string; className: string[] } };
  /** The ids it had before, as empty anchors inside it (renderBody). */
  children: { type: 'claimAlias'; data: { hName: 'span'; hProperties: { id: string; className: string[] } } }[];
}

/** A sentence some <Cite> supports: where it starts in its block, and its citations. */
interface CitedSentence {
  block: Parent;
  start: number;
  text: string;
  /** The first id a <Cite> in it gives, and where. */
  given?: { id: string; line: number; column: number };
  citations: BodyCitation[];
}

function pos(node: Nodes, lineOffset: number): { line: number; column: number } {
  return { line: (node.position?.start.line ?? 1) + lineOffset, column: node.position?.start.column ?? 1 };
}

/**
 * Parses and checks a body. `file` is the entry's path relative to the project root;
 * `lineOffset` the number of lines before the body (the frontmatter), so positions are
 * those of the file.
 */
export function parseBody(
  body: string,
  file: string,
  lineOffset: number,
  options: { excerpts?: boolean; sources?: ReadonlySet<string> } = {},
): ParsedBody {
  const problems: BodyMessage[] = [];
  const links: BodyLink[] = [];
  const citations: BodyCitation[] = [];
  const headings: BodyHeading[] = [];
  const entryNodes: ParsedBody['entryNodes'] = [];
  const claimNodes: ClaimNode[] = [];
  let tree: Root;
  const empty = (): ParsedBody => ({
    tree: { type: 'root', children: [] },
    problems,
    links,
    citations,
    headings,
    claimNodes,
    entryNodes,
  });
  // Measured before parsing: the parser and every walker below recurse over the tree.
  const tooDeep = scanBodyNesting(body) ?? scanInlineSyntax(body);
  if (tooDeep) {
    problems.push({ ...tooDeep, line: tooDeep.line + lineOffset });
    return empty();
  }
  try {
    // Sätteri's native MDX parser: the same grammar MDX uses, so anything MDX would
    // run is seen for what it is. Frontmatter is split off before, so a body that
    // starts with --- is a thematic break, not a second frontmatter block.
    tree = mdxToMdast(body, { features: { frontmatter: false } }) as Root;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /^(\d+):(\d+): /.exec(message);
    problems.push({
      line: Number(at?.[1] ?? 1) + lineOffset,
      column: Number(at?.[2] ?? 1),
      message: explainSyntaxError(withoutRuleName(message.replace(/^\d+:\d+: /, ''))),
    });
    return empty();
  }
  const tooLarge = checkTreeLimits(tree);
  if (tooLarge) {
    problems.push({ ...tooLarge, line: tooLarge.line + lineOffset });
    return empty();
  }

  const headingId = headingIds();
  // Citation runs: the end of the last <Cite> seen, and how many runs so far.
  let lastCiteEnd = Number.MAX_SAFE_INTEGER;
  let runs = 0;

  // Sentences are computed per block, once, and only for blocks that hold a link or a citation.
  const blockSentences = new Map<Parent, Sentences>();
  const sentencesIn = (block: Parent): Sentences => {
    let sentences = blockSentences.get(block);
    if (!sentences) {
      sentences = sentencesOf(block);
      blockSentences.set(block, sentences);
    }
    return sentences;
  };
  const sentenceFor = (node: Nodes, block: Parent | undefined, before: boolean): string => {
    if (!block || options.excerpts === false) return '';
    const sentences = sentencesIn(block);
    const offset = sentences.offsets.get(node) ?? 0;
    return sentenceAt(sentences, before ? Math.max(0, offset - 1) : offset);
  };
  // Cited sentences by block and start: every <Cite> of a sentence supports the same claim.
  const cited = new Map<Parent, Map<number, CitedSentence>>();
  const citedSentence = (node: Nodes, block: Parent): CitedSentence => {
    const sentences = sentencesIn(block);
    const bound = sentenceBoundAt(sentences, Math.max(0, (sentences.offsets.get(node) ?? 0) - 1));
    let inBlock = cited.get(block);
    if (!inBlock) cited.set(block, (inBlock = new Map()));
    let sentence = inBlock.get(bound.start);
    if (!sentence) {
      sentence = { block, start: bound.start, text: sentences.text.slice(bound.start, bound.end), citations: [] };
      inBlock.set(bound.start, sentence);
    }
    return sentence;
  };

  const visit = (node: Nodes, block: Parent | undefined, inLink = false) => {
    const at = () => pos(node, lineOffset);
    const referenced = referencedCharacter(node);
    if (referenced !== undefined) problems.push({ ...at(), message: characterMessage(referenced, 'reference') });
    switch (node.type) {
      case 'mdxjsEsm':
        problems.push({
          ...at(),
          message:
            '`import` and `export` are not allowed in content: entries are data, not code. Remove the line; to link an entry write [text](../people/id.mdx)',
        });
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        problems.push({
          ...at(),
          message: `{expressions} are not allowed in content: entries are data, not code. To write a literal brace, escape it: \\{`,
        });
        return;
      case 'heading':
        if (node.depth === 1) {
          problems.push({
            ...at(),
            message: 'a body cannot use a level-1 heading (#): the page title is the only one. Start sections at ##',
          });
        } else {
          const text = toString(node);
          const slug = headingId(text);
          headings.push({ depth: node.depth, slug, text });
          // mdast-util-to-hast puts hProperties on the <hN> it makes.
          node.data = { ...node.data, hProperties: { id: slug } };
        }
        break;
      case 'footnoteReference':
      case 'footnoteDefinition':
        problems.push({
          ...at(),
          message:
            'footnotes ([^1]) are not allowed in content: the page numbers its sources itself. Cite the source after the sentence instead: <Cite source="uncharted" locator="p. 212" />',
        });
        return;
      case 'image':
      case 'imageReference':
        problems.push({
          ...at(),
          message:
            'images are not allowed in content: we publish no photographs we have no rights to. Describe the photo in words and cite it as a source of kind "photo"',
        });
        return;
      case 'link':
      case 'definition': {
        const verdict = classifyUrl(node.url, file);
        if (verdict.kind === 'entry') {
          entryNodes.push({
            node,
            collection: verdict.collection,
            id: verdict.id,
            ...(verdict.fragment ? { fragment: verdict.fragment } : {}),
          });
        }
        if (verdict.kind === 'bad') problems.push({ ...at(), message: verdict.message });
        else if (verdict.kind === 'entry' && node.type === 'link') {
          links.push({
            collection: verdict.collection,
            id: verdict.id,
            ...(verdict.fragment ? { fragment: verdict.fragment } : {}),
            sentence: sentenceFor(node, block, false),
            ...at(),
          });
        } else if (verdict.kind === 'entry') {
          links.push({ collection: verdict.collection, id: verdict.id, sentence: '', ...at() });
        }
        break;
      }
      case 'html':
        // Raw HTML is JSX in MDX; this only appears if the grammar changes underneath us.
        problems.push({ ...at(), message: 'raw HTML is not allowed in content' });
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const messages = elementProblems(node, options.sources);
        // The mark renders as a link: inside another, it would nest <a> in <a>.
        if (inLink && node.name === 'Cite' && messages.length === 0)
          messages.push(
            '<Cite> cannot be inside a link: the mark is a link of its own. Put it after the link, like [Trump](../people/donald-trump.mdx)<Cite source="uncharted" />',
          );
        for (const message of messages) problems.push({ ...at(), message });
        const ok = messages.length === 0;
        if (ok && node.name === 'Cite') {
          const attrs = attributeMap(node);
          const source = attrs.get('source') ?? '';
          const locator = attrs.get('locator');
          const start = node.position?.start.offset ?? -1;
          if (start < lastCiteEnd || !/^\s*$/.test(body.slice(lastCiteEnd, start))) runs++;
          lastCiteEnd = node.position?.end.offset ?? start;
          const citation: BodyCitation = {
            source,
            ...(locator ? { locator } : {}),
            run: runs,
            sentence: sentenceFor(node, block, true),
            ...at(),
          };
          citations.push(citation);
          if (block) {
            const sentence = citedSentence(node, block);
            sentence.citations.push(citation);
            const given = attrs.get('id');
            if (given !== undefined && sentence.given && sentence.given.id !== given) {
              problems.push({
                ...at(),
                message: `<Cite id="${given}"> names the sentence differently from the <Cite id="${sentence.given.id}"> before it (line ${sentence.given.line}): a sentence has one id. Keep one of the two`,
              });
            } else if (given !== undefined) sentence.given ??= { id: given, ...at() };
          }
        }
        if (!ok) return;
        break;
      }
      default:
        break;
    }
    if ('children' in node) {
      const isBlock = node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell';
      const linked = inLink || node.type === 'link' || node.type === 'linkReference';
      for (const child of node.children) visit(child as Nodes, isBlock ? (node as Parent) : block, linked);
    }
  };
  visit(tree, undefined);
  placeClaims(cited, blockSentences, claimNodes, problems);
  return { tree, problems, links, citations, headings, claimNodes, entryNodes };
}

/**
 * Gives each cited sentence its id (the one a <Cite> gives, or one made from its first
 * words), tells its citations, refuses two sentences with one id, and puts an empty
 * anchor at the start of each sentence so that a link can land on it.
 */
function placeClaims(
  cited: Map<Parent, Map<number, CitedSentence>>,
  blockSentences: Map<Parent, Sentences>,
  claimNodes: ClaimNode[],
  problems: BodyMessage[],
): void {
  const firstWith = new Map<string, CitedSentence>();
  for (const [block, inBlock] of cited) {
    const offsets = blockSentences.get(block)?.offsets;
    if (!offsets) continue;
    for (const sentence of inBlock.values()) {
      const id = sentence.given?.id ?? derivedClaimId(sentence.text);
      for (const c of sentence.citations) c.claim = id;
      const first = firstWith.get(id);
      const where = sentence.given ?? sentence.citations[0];
      if (first && where) {
        const firstLine = (first.given ?? first.citations[0])?.line ?? 0;
        problems.push({
          line: where.line,
          column: where.column,
          message: `two cited sentences have the id "${id}" (lines ${firstLine} and ${where.line}): give this one its own, like <Cite source="…" id="${id}-2" />, and keep the other's, which links may use`,
        });
        continue;
      }
      firstWith.set(id, sentence);
      const node: ClaimNode = {
        type: 'claimAnchor',
        id,
        data: { hName: 'span', hProperties: { id, className: ['claim'] } },
        children: [],
      };
      claimNodes.push(node);
      insertAt(block, offsets, sentence.start, node);
    }
  }
}

/**
 * Puts `anchor` into `parent` where the block's text reaches `start`: before the node that
 * begins there, or inside the text node that spans it (split in two). The node split keeps
 * its offset, and the new ones are given theirs, so later anchors in the block land right.
 */
function insertAt(parent: Parent, offsets: Map<Nodes, number>, start: number, anchor: ClaimNode): void {
  const children = parent.children as Nodes[];
  for (let i = 0; i < children.length; i++) {
    const child = children[i] as Nodes;
    const off = offsets.get(child) ?? 0;
    const next = children[i + 1];
    const end = next === undefined ? Infinity : (offsets.get(next) ?? Infinity);
    if (start <= off) {
      children.splice(i, 0, anchor as unknown as Nodes);
      offsets.set(anchor as unknown as Nodes, start);
      return;
    }
    if (start >= end) continue;
    if (child.type === 'text') {
      const after = { type: 'text' as const, value: child.value.slice(start - off) };
      child.value = child.value.slice(0, start - off);
      children.splice(i + 1, 0, anchor as unknown as Nodes, after);
      offsets.set(anchor as unknown as Nodes, start);
      offsets.set(after, start);
      return;
    }
    if ('children' in child && child.children.length > 0) {
      insertAt(child as Parent, offsets, start, anchor);
      return;
    }
    children.splice(i + 1, 0, anchor as unknown as Nodes);
    offsets.set(anchor as unknown as Nodes, start);
    return;
  }
  children.push(anchor as unknown as Nodes);
}

/** The parser's message without its trailing rule name, "(micromark-extension-mdx-jsx:unexpected-eof)". */
function withoutRuleName(message: string): string {
  // Matched from its "(" (no leading \s*, which would retry a run of spaces from each position).
  const rule = /\([a-z-]+:[a-z-]+\)$/.exec(message);
  return rule ? message.slice(0, rule.index).trimEnd() : message;
}

/**
 * A forbidden character (characters.ts) in what a node shows or points to: its text, its
 * address and title, its attributes. The file was scanned before parsing, so one found here
 * was written as a character reference, which the parser decodes: the same rule, on the
 * parsed values.
 */
function referencedCharacter(node: Nodes): number | undefined {
  const strings: unknown[] = [];
  if ('value' in node) strings.push(node.value);
  if ('url' in node) strings.push(node.url);
  if ('title' in node) strings.push(node.title);
  if ('alt' in node) strings.push(node.alt);
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    for (const attribute of node.attributes) if (attribute.type === 'mdxJsxAttribute') strings.push(attribute.value);
  }
  for (const value of strings) {
    if (typeof value !== 'string') continue;
    const found = forbiddenCharacterIn(value);
    if (found) return found.codePoint;
  }
  return undefined;
}

function explainSyntaxError(reason: string): string {
  const hint =
    /before name|Unexpected character|expected a closing tag|Unexpected end of file|Unexpected closing|expected a valid JSX tag/i.test(
      reason,
    )
      ? ' In content MDX, a bare < starts an element and { starts an expression: write \\< or \\{ for the characters themselves.'
      : '';
  // HTML's <br> has no closing tag; MDX wants every element closed.
  const br = /closing tag for `<br>`/.test(reason) ? ' Write a line break as <br /> (it closes itself).' : '';
  return `the body is not valid MDX: ${reason.replace(/\s+/g, ' ').trim()}.${br || hint}`;
}
