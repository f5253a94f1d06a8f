/**
 * Problems found in content: one shape for every check, so a run reports them all
 * together and the same list feeds the terminal, GitHub annotations and build errors.
 */

import { logLine } from '../text/inert-text.ts';

export interface Problem {
  /** Path relative to the project root, with forward slashes: "content/events/x.mdx". */
  file: string;
  /** 1-based; 0 when no line can be named (a missing file, say). */
  line: number;
  column: number;
  /** The frontmatter field path ("participants[1].person"), or "body", or "file". */
  field: string;
  message: string;
  /** A warning is listed but fails nothing (a claim resting only on a weak source); absent: an error. */
  severity?: 'warning';
}

/**
 * `content/events/x.mdx:12:5: participants[1].person: no person "donald-trunp" (did you mean "donald-trump"?)`
 * Always one inert line: file names and quoted values come from content (logLine).
 */
export function formatProblem(p: Problem): string {
  const where = p.line > 0 ? `${p.file}:${p.line}:${p.column}` : p.file;
  return logLine(`${where}: ${p.severity === 'warning' ? 'warning: ' : ''}${p.field}: ${p.message}`);
}

/** GitHub Actions workflow command: shows the problem on the pull request's diff. */
export function formatAnnotation(p: Problem): string {
  // logLine first: one line with no hidden characters and no `##[` (which the runner's legacy
  // parser reads anywhere); then the runner's own escapes for data and properties.
  const escapeData = (s: string) => logLine(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const position = p.line > 0 ? `,line=${p.line},col=${p.column}` : '';
  return `::${p.severity ?? 'error'} file=${escapeProperty(p.file)}${position},title=${escapeProperty(p.field)}::${escapeData(p.message)}`;
}

/** Stable order: by file, then position, then field, so output never depends on load order. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      (a.field < b.field ? -1 : a.field > b.field ? 1 : 0) ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
}

/** "participants[1].person" from ["participants", 1, "person"]. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(frontmatter)';
}

/** "2 problems in content:" and one line per problem, in stable order. */
export function describeProblems(problems: readonly Problem[]): string {
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'} in content`;
  return `${count}:\n${sortProblems([...problems])
    .map(formatProblem)
    .join('\n')}`;
}
