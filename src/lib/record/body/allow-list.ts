/**
 * What a body may use beyond Markdown: the <Cite> component and a few inline HTML
 * elements, each with the attributes it may carry, all plain strings. An element that is
 * not on the list, or carries anything else, is reported, never stripped.
 */
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { ANCHOR_PATTERN } from '../anchors.ts';
import { lineBreakProblem } from '../../text/characters.ts';
import { clip } from '../../text/clip.ts';
import { didYouMean, ID_PATTERN } from '../ids.ts';

/** An element as the MDX grammar parses it, in a block or in running text. */
export type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

/** Elements a body may use, with the attributes each may carry (all plain strings). */
const ALLOWED_ELEMENTS: Readonly<Record<string, { attributes: readonly string[]; required?: readonly string[] }>> = {
  Cite: { attributes: ['source', 'locator', 'id'], required: ['source'] },
  abbr: { attributes: ['title'] },
  br: { attributes: [] },
  sub: { attributes: [] },
  sup: { attributes: [] },
  mark: { attributes: [] },
  small: { attributes: [] },
  s: { attributes: [] },
  kbd: { attributes: [] },
};

/** An element's plain-string attributes, by name. */
export function attributeMap(node: Jsx): Map<string, string> {
  const map = new Map<string, string>();
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string')
      map.set(attribute.name, attribute.value);
  }
  return map;
}

/** The allowed elements as a message lists them: "<Cite>, <abbr>, …". */
const names = Object.keys(ALLOWED_ELEMENTS)
  .map((n) => `<${n}>`)
  .join(', ');

/**
 * What is wrong with an element, one message per problem, in the order a contributor
 * should fix them; none when the element and its attributes are allowed. `sources`, the
 * ids of the record's sources, is what a malformed <Cite source> is matched against.
 */
export function elementProblems(node: Jsx, sources?: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const name = node.name ?? '';
  if (name === '') {
    problems.push(`fragments (<>…</>) are not allowed in content; allowed elements: ${names}`);
    return problems;
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
    problems.push(
      danger
        ? `<${name}> is not allowed in content: entries cannot carry scripts, styles or embedded documents`
        : `<${name}> is not an element content can use; allowed elements: ${names}`,
    );
    return problems;
  }
  const seen = new Set<string>();
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      problems.push(
        `<${name}> has a spread {…} attribute: attributes in content must be plain strings, like source="uncharted"`,
      );
      continue;
    }
    const attrName = attribute.name;
    if (/^on/i.test(attrName)) {
      problems.push(`<${name}> has the event handler attribute ${attrName}: content cannot run scripts`);
      continue;
    }
    if (!rule.attributes.includes(attrName)) {
      const allowed = rule.attributes.length ? `it takes ${rule.attributes.join(', ')}` : 'it takes no attributes';
      problems.push(`<${name}> cannot have the attribute ${attrName}: ${allowed}`);
      continue;
    }
    if (typeof attribute.value !== 'string') {
      problems.push(
        attribute.value === null || attribute.value === undefined
          ? `<${name}> attribute ${attrName} needs a value in quotes, like ${attrName}="…"`
          : `<${name}> attribute ${attrName} is an {expression}: write a plain string in quotes, like ${attrName}="…"`,
      );
      continue;
    }
    seen.add(attrName);
  }
  for (const required of rule.required ?? []) {
    if (!seen.has(required) && problems.length === 0) {
      problems.push(`<${name}> needs the attribute ${required}, like <Cite source="uncharted" locator="p. 212" />`);
    }
  }
  if (name === 'Cite' && node.children.length > 0) {
    problems.push('<Cite> takes no content: write <Cite source="…" /> after the sentence it supports');
  }
  if (name === 'Cite' && problems.length === 0) {
    // The locator is shown as one line in the list of sources, like the frontmatter's.
    const locator = attributeMap(node).get('locator');
    const broken = locator === undefined ? undefined : lineBreakProblem(locator);
    if (broken) problems.push(`<Cite> attribute locator ${broken}`);
    const source = attributeMap(node).get('source') ?? '';
    if (!ID_PATTERN.test(source)) {
      problems.push(
        `<Cite source="${clip(source)}"> must name a source id: lowercase letters, digits and hyphens${didYouMean(source, sources?.size ? sources : undefined)}`,
      );
    }
    const id = attributeMap(node).get('id');
    if (id !== undefined && !(ANCHOR_PATTERN.test(id) && id.startsWith('claim-'))) {
      problems.push(
        `<Cite id="${clip(id)}"> must be the id of the sentence it supports: "claim-", then lowercase words joined by hyphens, like id="claim-harris-telephoned-trump"`,
      );
    }
  }
  return problems;
}
