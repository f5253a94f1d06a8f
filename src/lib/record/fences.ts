/**
 * The fences of a record file: the frontmatter between its "---" lines, and the body after.
 * Imports nothing, so the browser editor (src/lib/editor/record-format.ts) splits files
 * exactly as the check does without bundling the YAML readers.
 */
export interface SplitFile {
  /** The YAML between the --- lines. */
  frontmatter: string;
  body: string;
  /** Lines before the body starts (the frontmatter block with its fences). */
  bodyLineOffset: number;
}

/** Splits `---\n yaml \n---\n body`. Returns a message when there is no frontmatter block. */
export function splitFrontmatter(text: string): SplitFile | { error: string; line: number } {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const open = /^---[ \t]*\r?\n/.exec(source);
  if (!open) {
    return { error: 'must start with a frontmatter block: a line "---", the fields, and another line "---"', line: 1 };
  }
  const rest = source.slice(open[0].length);
  const close = /^---[ \t]*(?:\r?\n|$)/m.exec(rest);
  if (!close) {
    return { error: 'the frontmatter block is not closed: add a line "---" after the last field', line: 1 };
  }
  const frontmatter = rest.slice(0, close.index);
  const body = rest.slice(close.index + close[0].length);
  const bodyLineOffset = 1 + (frontmatter.match(/\n/g)?.length ?? 0) + 1;
  return { frontmatter, body, bodyLineOffset };
}
