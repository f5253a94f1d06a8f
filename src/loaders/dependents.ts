/**
 * In `astro dev`: which entries' pages a new reading of content/ may show differently, so
 * that only the open tabs showing them (and the lists, which show every entry) reload.
 *
 * An entry's page shows what it names (a participant's name, a source's title) and what
 * names it (the events a person took part in, the events citing a source); a person's page
 * also shows people met through those events (related people). So the entries affected by
 * a change are the changed ones and everything within two steps of them, by the references
 * of the reading before and after (`referencedKeys`: frontmatter, body links, citations).
 */
import type { Entry } from '../lib/record/entry.ts';
import { referencedKeys } from '../lib/record/integrity.ts';

/** "events/harris-concession-call": an entry of one of the three collections. */
export type EntryKey = string;

/** Above this many affected entries every tab reloads: the list would outweigh the saving. */
const MOST = 500;

const referenceCache = new WeakMap<Entry, Set<EntryKey>>();

function references(entry: Entry): Set<EntryKey> {
  let keys = referenceCache.get(entry);
  if (!keys) {
    keys = referencedKeys(entry);
    referenceCache.set(entry, keys);
  }
  return keys;
}

/**
 * The entries whose pages may change from `before` to `after` (each a map of key to entry),
 * given the keys whose stored form changed (added and removed ones included); undefined when
 * it would be more than MOST, and every page should be treated as changed.
 */
export function affectedEntries(
  before: ReadonlyMap<EntryKey, Entry>,
  after: ReadonlyMap<EntryKey, Entry>,
  changed: ReadonlySet<EntryKey>,
): Set<EntryKey> | undefined {
  if (changed.size > MOST) return undefined;
  // Who names each entry, in the reading after (the reading before is covered by the
  // changed entries' own references below: only they differ between the two).
  const namedBy = new Map<EntryKey, EntryKey[]>();
  for (const [key, entry] of after)
    for (const target of references(entry)) {
      const list = namedBy.get(target);
      if (list) list.push(key);
      else namedBy.set(target, [key]);
    }
  const step = (keys: ReadonlySet<EntryKey>): Set<EntryKey> => {
    const next = new Set(keys);
    for (const key of keys) {
      for (const entry of [before.get(key), after.get(key)])
        if (entry) for (const target of references(entry)) next.add(target);
      for (const source of namedBy.get(key) ?? []) next.add(source);
    }
    return next;
  };
  const affected = step(step(changed));
  return affected.size > MOST ? undefined : affected;
}
