/**
 * The unit both halves of a change report compare: an item a reader sees (a field of an
 * entry, a participant, a quotation, a backlink on a page), named in reader's words, with
 * the parts that can change. Entries' fields and pages' derived content are both lists of
 * items, so one comparison serves both.
 */
import { clipNoted } from '../text/inert-text.ts';

export interface Item {
  /** The list it belongs to, as a heading: "participants", "Mentioned in". */
  list: string;
  /** One of the list, for a change line: "participant", "quote". Empty for a single field. */
  noun: string;
  /** Identity within the list (a person id, a quotation's words); empty for a single field. */
  key: string;
  /** How a reader names the item: "Sheila Nix", "“You’re a tough cookie”". */
  name: string;
  /** What can change, in reader's words; "" is the whole value of a single field. */
  parts: [string, string][];
  /** Present because of the page's own file (its participants, say), not another entry. */
  own?: boolean;
}

export type Line =
  | { kind: 'added' | 'removed'; item: Item }
  | { kind: 'changed'; item: Item; part: string; before: string | undefined; after: string | undefined };

/** "Sheila Nix (campaign chief of staff)": the name and its parts, for an item added or removed. */
function summarize(item: Item): string {
  const values = item.parts
    .filter(([part, value]) => part !== '' && value && value !== item.name)
    .map(([, value]) => value);
  const whole = item.parts.find(([part]) => part === '')?.[1];
  if (!item.key && whole !== undefined) return whole;
  if (whole) values.unshift(whole);
  return values.length ? `${item.name} (${values.join('; ')})` : item.name;
}

const itemKey = (item: Item) => `${item.list}\u0000${item.key}`;

/** Items added, removed, and the parts that changed in items on both sides, in the order of `after`. */
export function compareItems(before: readonly Item[], after: readonly Item[]): Line[] {
  const old = new Map(before.map((i) => [itemKey(i), i]));
  const seen = new Set<string>();
  const lines: Line[] = [];
  for (const item of after) {
    const key = itemKey(item);
    seen.add(key);
    const was = old.get(key);
    if (!was) {
      lines.push({ kind: 'added', item });
      continue;
    }
    const wasParts = new Map(was.parts);
    const nowParts = new Map(item.parts);
    const names = [...new Set([...wasParts.keys(), ...nowParts.keys()])];
    for (const part of names) {
      const b = wasParts.get(part);
      const a = nowParts.get(part);
      if ((b ?? '') !== (a ?? '')) lines.push({ kind: 'changed', item, part, before: b, after: a });
    }
  }
  for (const item of before) if (!seen.has(itemKey(item))) lines.push({ kind: 'removed', item });
  return lines;
}

const NONE = '(none)';
/** A value longer than this is cut in a report line, with a note (the pull request's diff has it whole). */
const MAX_VALUE = 300;

/** One line of a report: "date: 6 November 2024 → 7 November 2024", "participants: + Sheila Nix (host)". */
export function formatLine(line: Line): string {
  if (line.kind !== 'changed')
    return `${line.item.list}: ${line.kind === 'added' ? '+' : '−'} ${clipNoted(summarize(line.item), MAX_VALUE)}`;
  const { item, part } = line;
  const before = line.before === undefined ? undefined : clipNoted(line.before, MAX_VALUE);
  const after = line.after === undefined ? undefined : clipNoted(line.after, MAX_VALUE);
  const subject = item.key ? `${item.noun} ${item.name}` : item.list;
  const what = part ? `${part} ` : '';
  if (before === undefined || before === '') return `${subject}: ${what}+ ${after}`;
  if (after === undefined || after === '') return `${subject}: ${what}− ${before}`;
  return `${subject}: ${what}${before || NONE} → ${after || NONE}`;
}

/** “The first few words…” of a quotation, as a reader names it. */
export function firstWords(text: string, words = 6): string {
  const all = text.trim().split(/\s+/);
  return `“${all.slice(0, words).join(' ')}${all.length > words ? '…' : ''}”`;
}
