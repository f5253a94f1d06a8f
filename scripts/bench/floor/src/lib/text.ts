/** A frontmatter value as display text: dates as YYYY-MM-DD, absent values as "". */
export function text(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return '';
}
