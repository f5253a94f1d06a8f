/**
 * Values quoted in problem messages are cut short: a message is read, and a 190 KB title
 * quoted whole buries every other line of the check's output (and of the report that
 * prints it).
 */

/** Quoted values in messages are cut to this many characters. */
const MAX_QUOTED = 80;

/** The first `max` UTF-16 units of a text, one fewer where the cut would split a surrogate pair. */
export function cutAt(text: string, max: number): string {
  const cut = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** A value as a message quotes it: at most `max` characters, "…" marking a cut. */
export function clip(value: string, max = MAX_QUOTED): string {
  return value.length > max ? `${cutAt(value, max)}…` : value;
}
