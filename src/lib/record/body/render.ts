/**
 * Rendering a checked body to HTML, in the content loader: entry links get their site
 * URLs, each <Cite> becomes a numbered mark that links to its reference, and the allowed
 * elements keep their allowed attributes. Nothing is compiled into a JavaScript module.
 */
import type { Element, ElementContent, Nodes, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import { toHast, type State } from 'mdast-util-to-hast';
import type { Collection } from '../../kinds.ts';
import { attributeMap, type Jsx } from './allow-list.ts';
import type { ParsedBody } from './parse.ts';
import { citationId, referenceKey, type Reference } from './references.ts';
import { claimSlot } from '../standing.ts';

export interface RenderOptions {
  /** The site URL of an entry: "/people/donald-trump/". */
  urlFor: (collection: Collection, id: string) => string;
  references: readonly Reference[];
  /** Old ids of the cited sentences, by their id now (content/ids.yaml): links to them still land. */
  aliases?: ReadonlyMap<string, readonly string[]> | undefined;
}

/** Renders a checked body to HTML. Call only when `parseBody` reported no problems. */
export function renderBody(parsed: ParsedBody, options: RenderOptions): string {
  return renderBodyParts(parsed, options).html;
}

function isCiteMark(node: RootContent): boolean {
  if (node.type !== 'element' || node.tagName !== 'sup') return false;
  const classes = node.properties['className'];
  return Array.isArray(classes) && classes.includes('cite');
}

function dropCiteMarks(node: Nodes): void {
  if (!('children' in node)) return;
  node.children = node.children.filter((child) => !isCiteMark(child)) as typeof node.children;
  for (const child of node.children) dropCiteMarks(child);
}

/**
 * A body as HTML and as plain text (for the export): the text from the same tree, by the
 * innerText algorithm (blocks apart by a blank line), without the citation marks. Made
 * from the tree here, where it exists, rather than by parsing the HTML again later.
 */
export function renderBodyParts(parsed: ParsedBody, options: RenderOptions): { html: string; text: string } {
  const refNumber = new Map(options.references.map((r) => [referenceKey(r.source, r.locator), r.n]));
  const marksOf = new Map<number, number>();
  // Entry links were found and classified while parsing; only their URLs change here.
  for (const { node, collection, id, fragment } of parsed.entryNodes) {
    node.url = options.urlFor(collection, id) + (fragment ? `#${fragment}` : '');
  }

  // The i-th <Cite> rendered is the i-th citation parsed: both walk the tree in order.
  let citeIndex = 0;
  for (const claim of parsed.claimNodes) {
    claim.children = (options.aliases?.get(claim.id) ?? []).map((id) => ({
      type: 'claimAlias',
      data: { hName: 'span', hProperties: { id, className: ['alias'] } },
    }));
  }

  const jsx = (state: State, node: Jsx): ElementContent | ElementContent[] | undefined => {
    const attrs = attributeMap(node);
    if (node.name === 'Cite') {
      const run = parsed.citations[citeIndex]?.run ?? 0;
      const lastOfRun = parsed.citations[citeIndex + 1]?.run !== run;
      citeIndex++;
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
      // Where a "better source needed" mark may go once every source's standing is known.
      return lastOfRun ? [cite, { type: 'comment', value: claimSlot(run) } as unknown as ElementContent] : cite;
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
  const html = toHtml(hast);
  dropCiteMarks(hast);
  const text = toText(hast)
    .replace(/[ \t]+\n/g, '\n')
    .trim();
  return { html, text };
}
