/**
 * Content MDX is data, not code.
 *
 * Bodies are parsed with the MDX grammar (so anything MDX would run is seen for what it
 * is) and then checked against a small allow-list: Markdown, the <Cite> component and a
 * few inline HTML elements. Anything else is reported with its line and column and the
 * build fails; nothing is stripped. What passes is rendered to HTML here, in the content
 * loader, and never compiled into a JavaScript module: a stranger's file cannot run code
 * at build time or in a reader's browser.
 */
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import { toHtml } from 'hast-util-to-html';
import type { Element, ElementContent } from 'hast';
import type { Nodes, Parent, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toHast, type State } from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import { mdxToMdast } from 'satteri';
import { checkTreeLimits, scanBodyNesting } from './body-limits.ts';
import { ID_PATTERN, suggestedId } from './ids.ts';
import { sentenceAt, sentencesOf, type Sentences } from './sentences.ts';
import { isCollection, type Collection } from './kinds.ts';

/** Elements a body may use, with the attributes each may carry (all plain strings). */
const ALLOWED_ELEMENTS: Readonly<Record<string, { attributes: readonly string[]; required?: readonly string[] }>> = {
  Cite: { attributes: ['source', 'locator'], required: ['source'] },
  abbr: { attributes: ['title'] },
  br: { attributes: [] },
  sub: { attributes: [] },
  sup: { attributes: [] },
  mark: { attributes: [] },
  small: { attributes: [] },
  s: { attributes: [] },
  kbd: { attributes: [] },
};

/** Ids the page templates use; body headings never take them. */
const RESERVED_IDS = [
  'main',
  'content',
  'participants',
  'quotes',
  'accounts',
  'sources',
  'appears-in',
  'roles',
  'timeline',
  'related',
  'related-list',
  'supports',
  'search',
  'mentioned-in',
  'quoted',
  'addressed',
  'said-about',
  'authored',
  'events',
  'events-list',
  'timeline-list',
  'year-list',
  'network-title',
  'network-desc',
  'at-a-glance',
  'further-reading',
  'on-this-page',
  'supports-events',
  'supports-claims',
  'supports-quotes',
  'supports-accounts',
  'supports-people',
  'mentioned-in-events',
  'mentioned-in-people',
  'mentioned-in-sources',
  'cite-preview',
];
/** Numbered ids the templates use ([1] → #ref-1, quotations, accounts) and figure ids. */
const RESERVED_PATTERN = /^(ref|quote|account)-\d+$|^cite-\d+-\d+$|-timeline-(title|desc)$/;

/** A heading id that no template id can clash with. */
function headingId(slugger: GithubSlugger, text: string): string {
  let id = slugger.slug(text);
  while (RESERVED_PATTERN.test(id)) id = slugger.slug(text);
  return id;
}

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
  sentence: string;
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
  /** The link and definition nodes that point to entries, for renderBody to give site URLs. */
  entryNodes: { node: { url: string }; collection: Collection; id: string; fragment?: string }[];
}

const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

type UrlVerdict =
  | { kind: 'entry'; collection: Collection; id: string; fragment?: string }
  | { kind: 'ok' }
  | { kind: 'bad'; message: string };

/**
 * Classifies a link target. `file` is the entry's path relative to the record root
 * ("content/events/x.mdx"), against which relative links are resolved; `contentDir` is
 * the content folder, relative to the same root.
 */
export function classifyUrl(url: string, file: string, contentDir = 'content'): UrlVerdict {
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
  // eslint-disable-next-line no-control-regex
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]?.toLowerCase();
  if (scheme !== undefined) {
    if (SAFE_SCHEMES.has(scheme)) return { kind: 'ok' };
    return {
      kind: 'bad',
      message: `the link "${url}" uses the scheme "${scheme}:", which is not allowed: link with https:, http:, mailto: or a relative path to another entry like ../people/donald-trump.mdx`,
    };
  }
  if (compact.startsWith('//') || compact.startsWith('/\\') || compact.startsWith('\\')) {
    return { kind: 'bad', message: `the link "${url}" has no scheme: write the full https:// address` };
  }
  if (compact.startsWith('/')) {
    return {
      kind: 'bad',
      message: `the link "${url}" is a site path, which breaks when the site is served under a folder: link to the entry's file instead, like ../events/harris-concession-call.mdx`,
    };
  }
  if (compact === '' || compact.startsWith('#')) return { kind: 'ok' };
  const [pathPart = '', fragment] = compact.split('#', 2);
  let decoded: string;
  try {
    decoded = decodeURI(pathPart);
  } catch {
    return { kind: 'bad', message: `the link "${url}" is not a valid address` };
  }
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), decoded));
  const relative = path.posix.relative(contentDir, target);
  const match = /^(?<collection>[^/]+)\/(?<id>[^/]+)\.mdx$/.exec(relative);
  const collection = match?.groups?.['collection'];
  const id = match?.groups?.['id'];
  if (!collection || !id || !isCollection(collection)) {
    return {
      kind: 'bad',
      message: `the link "${url}" does not point to an entry: link to another entry's file, like ../people/donald-trump.mdx, or use a full https:// address`,
    };
  }
  if (!ID_PATTERN.test(id)) {
    return { kind: 'bad', message: `the link "${url}" names "${id}", which is not a valid entry id` };
  }
  return { kind: 'entry', collection: collection as Collection, id, ...(fragment ? { fragment } : {}) };
}

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

function pos(node: Nodes, lineOffset: number): { line: number; column: number } {
  return { line: (node.position?.start.line ?? 1) + lineOffset, column: node.position?.start.column ?? 1 };
}

/**
 * Parses and checks a body. `file` is the entry's path relative to the project root;
 * `lineOffset` the number of lines before the body (the frontmatter), so positions are
 * those of the file.
 */
export function parseBody(body: string, file: string, lineOffset: number): ParsedBody {
  const problems: BodyMessage[] = [];
  const links: BodyLink[] = [];
  const citations: BodyCitation[] = [];
  const headings: BodyHeading[] = [];
  const entryNodes: ParsedBody['entryNodes'] = [];
  let tree: Root;
  const empty = (): ParsedBody => ({
    tree: { type: 'root', children: [] },
    problems,
    links,
    citations,
    headings,
    entryNodes,
  });
  // Measured before parsing: the parser and every walker below recurse over the tree.
  const tooDeep = scanBodyNesting(body);
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
      message: explainSyntaxError(message.replace(/^\d+:\d+: /, '').replace(/\s*\([a-z-]+:[a-z-]+\)$/, '')),
    });
    return empty();
  }
  const tooLarge = checkTreeLimits(tree);
  if (tooLarge) {
    problems.push({ ...tooLarge, line: tooLarge.line + lineOffset });
    return empty();
  }

  const slugger = new GithubSlugger();
  for (const id of RESERVED_IDS) slugger.slug(id);

  // Sentences are computed per block, once, and only for blocks that hold a link or a citation.
  const blockSentences = new Map<Parent, Sentences>();
  const sentenceFor = (node: Nodes, block: Parent | undefined, before: boolean): string => {
    if (!block) return '';
    let sentences = blockSentences.get(block);
    if (!sentences) {
      sentences = sentencesOf(block);
      blockSentences.set(block, sentences);
    }
    const offset = sentences.offsets.get(node) ?? 0;
    return sentenceAt(sentences, before ? Math.max(0, offset - 1) : offset);
  };

  const visit = (node: Nodes, block: Parent | undefined) => {
    const at = () => pos(node, lineOffset);
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
          const slug = headingId(slugger, text);
          headings.push({ depth: node.depth, slug, text });
          // mdast-util-to-hast puts hProperties on the <hN> it makes.
          node.data = { ...node.data, hProperties: { id: slug } };
        }
        break;
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
        const ok = checkElement(node, problems, lineOffset);
        if (ok && node.name === 'Cite') {
          const attrs = attributeMap(node);
          const source = attrs.get('source') ?? '';
          const locator = attrs.get('locator');
          citations.push({
            source,
            ...(locator ? { locator } : {}),
            sentence: sentenceFor(node, block, true),
            ...at(),
          });
        }
        if (!ok) return;
        break;
      }
      default:
        break;
    }
    if ('children' in node) {
      const isBlock = node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell';
      for (const child of node.children) visit(child as Nodes, isBlock ? (node as Parent) : block);
    }
  };
  visit(tree, undefined);
  return { tree, problems, links, citations, headings, entryNodes };
}

function attributeMap(node: Jsx): Map<string, string> {
  const map = new Map<string, string>();
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string')
      map.set(attribute.name, attribute.value);
  }
  return map;
}

function checkElement(node: Jsx, problems: BodyMessage[], lineOffset: number): boolean {
  const at = pos(node, lineOffset);
  const name = node.name ?? '';
  const names = Object.keys(ALLOWED_ELEMENTS)
    .map((n) => `<${n}>`)
    .join(', ');
  if (name === '') {
    problems.push({ ...at, message: `fragments (<>…</>) are not allowed in content; allowed elements: ${names}` });
    return false;
  }
  // Own properties only: "constructor" or "__proto__" must not pass as allowed names.
  const rule = Object.hasOwn(ALLOWED_ELEMENTS, name) ? ALLOWED_ELEMENTS[name] : undefined;
  if (!rule) {
    const lower = name.toLowerCase();
    const danger = [
      'script',
      'style',
      'iframe',
      'object',
      'embed',
      'link',
      'meta',
      'base',
      'form',
      'svg',
      'math',
    ].includes(lower);
    problems.push({
      ...at,
      message: danger
        ? `<${name}> is not allowed in content: entries cannot carry scripts, styles or embedded documents`
        : `<${name}> is not an element content can use; allowed elements: ${names}`,
    });
    return false;
  }
  let ok = true;
  const seen = new Set<string>();
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      problems.push({
        ...at,
        message: `<${name}> has a spread {…} attribute: attributes in content must be plain strings, like source="uncharted"`,
      });
      ok = false;
      continue;
    }
    const attrName = attribute.name;
    if (/^on/i.test(attrName)) {
      problems.push({
        ...at,
        message: `<${name}> has the event handler attribute ${attrName}: content cannot run scripts`,
      });
      ok = false;
      continue;
    }
    if (!rule.attributes.includes(attrName)) {
      const allowed = rule.attributes.length ? `it takes ${rule.attributes.join(', ')}` : 'it takes no attributes';
      problems.push({ ...at, message: `<${name}> cannot have the attribute ${attrName}: ${allowed}` });
      ok = false;
      continue;
    }
    if (typeof attribute.value !== 'string') {
      problems.push({
        ...at,
        message:
          attribute.value === null || attribute.value === undefined
            ? `<${name}> attribute ${attrName} needs a value in quotes, like ${attrName}="…"`
            : `<${name}> attribute ${attrName} is an {expression}: write a plain string in quotes, like ${attrName}="…"`,
      });
      ok = false;
      continue;
    }
    seen.add(attrName);
  }
  for (const required of rule.required ?? []) {
    if (!seen.has(required) && ok) {
      problems.push({
        ...at,
        message: `<${name}> needs the attribute ${required}, like <Cite source="uncharted" locator="p. 212" />`,
      });
      ok = false;
    }
  }
  if (name === 'Cite' && node.children.length > 0) {
    problems.push({
      ...at,
      message: '<Cite> takes no content: write <Cite source="…" /> after the sentence it supports',
    });
    ok = false;
  }
  if (name === 'Cite' && ok) {
    const source = attributeMap(node).get('source') ?? '';
    if (!ID_PATTERN.test(source)) {
      const suggestion = suggestedId(source);
      const hint = suggestion ? ` (did you mean "${suggestion}"?)` : '';
      problems.push({
        ...at,
        message: `<Cite source="${source}"> must name a source id: lowercase letters, digits and hyphens${hint}`,
      });
      ok = false;
    }
  }
  return ok;
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

export interface Reference {
  /** The number shown in the text: [1]. */
  n: number;
  source: string;
  locator?: string;
  note?: string;
  /** How many times the body cites it: its marks carry the ids cite-n-1 … cite-n-uses. */
  uses: number;
}

/** The id of the k-th mark (from 1) that cites reference n: the reference list links back to each. */
export function citationId(n: number, k: number): string {
  return `cite-${n}-${k}`;
}

/**
 * What makes two citations the same reference: the source and the locator (page, minute).
 * Numbering and rendering both look references up by it, so they must build it alike.
 */
function referenceKey(source: string, locator?: string): string {
  return `${source}\u0000${locator ?? ''}`;
}

/**
 * The numbered list of references for an entry: inline citations in order of first
 * appearance, then the frontmatter sources the text does not cite.
 */
export function numberReferences(
  citations: readonly BodyCitation[],
  frontmatter: readonly { source: string; locator?: string | undefined; note?: string | undefined }[],
): Reference[] {
  const refs: Reference[] = [];
  const byKey = new Map<string, Reference>();
  for (const c of citations) {
    const seen = byKey.get(referenceKey(c.source, c.locator));
    if (seen) {
      seen.uses++;
      continue;
    }
    const ref: Reference = {
      n: refs.length + 1,
      source: c.source,
      ...(c.locator ? { locator: c.locator } : {}),
      uses: 1,
    };
    refs.push(ref);
    byKey.set(referenceKey(c.source, c.locator), ref);
  }
  for (const s of frontmatter) {
    const existing = byKey.get(referenceKey(s.source, s.locator));
    if (existing) {
      if (s.note && !existing.note) existing.note = s.note;
      continue;
    }
    const ref: Reference = {
      n: refs.length + 1,
      source: s.source,
      ...(s.locator ? { locator: s.locator } : {}),
      ...(s.note ? { note: s.note } : {}),
      uses: 0,
    };
    refs.push(ref);
    byKey.set(referenceKey(s.source, s.locator), ref);
  }
  return refs;
}

export interface RenderOptions {
  /** The site URL of an entry: "/people/donald-trump/". */
  urlFor: (collection: Collection, id: string) => string;
  references: readonly Reference[];
}

/** Renders a checked body to HTML. Call only when `parseBody` reported no problems. */
export function renderBody(parsed: ParsedBody, options: RenderOptions): string {
  const refNumber = new Map(options.references.map((r) => [referenceKey(r.source, r.locator), r.n]));
  const marksOf = new Map<number, number>();
  // Entry links were found and classified while parsing; only their URLs change here.
  for (const { node, collection, id, fragment } of parsed.entryNodes) {
    node.url = options.urlFor(collection, id) + (fragment ? `#${fragment}` : '');
  }

  const jsx = (state: State, node: Jsx): ElementContent | ElementContent[] | undefined => {
    const attrs = attributeMap(node);
    if (node.name === 'Cite') {
      const locator = attrs.get('locator');
      const n = refNumber.get(referenceKey(attrs.get('source') ?? '', locator)) ?? 0;
      const k = (marksOf.get(n) ?? 0) + 1;
      marksOf.set(n, k);
      const cite: Element = {
        type: 'element',
        tagName: 'sup',
        properties: { className: ['cite'], id: citationId(n, k), dataPagefindIgnore: '' },
        children: [
          {
            type: 'element',
            tagName: 'a',
            properties: { href: `#ref-${n}`, ariaLabel: `Source ${n}` },
            // A word joiner first: the mark never starts a line alone, away from the word it follows.
            children: [{ type: 'text', value: `\u2060[${n}]` }],
          },
        ],
      };
      return cite;
    }
    const properties: Record<string, string> = {};
    for (const [name, value] of attrs) properties[name] = value;
    const element: Element = {
      type: 'element',
      tagName: node.name ?? 'span',
      properties,
      children: state.all(node) as ElementContent[],
    };
    return element;
  };

  const hast = toHast(parsed.tree, {
    handlers: {
      mdxJsxFlowElement: jsx,
      mdxJsxTextElement: jsx,
    },
  });
  return toHtml(hast);
}
