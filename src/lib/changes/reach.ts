/**
 * Which entry pages a change can reach, found without computing every page: the edited
 * entries, what they refer to, what refers to them, and what those events refer to
 * (a quotation shows its speaker on the pages of its addressee and its source, two steps
 * from the speaker). Everything a page shows from another entry is within those steps;
 * see pages.ts.
 */
import type { Collection } from '../kinds.ts';
import type { Entry, RecordContent } from '../record/entry.ts';
import type { Event } from '../../schemas/event.ts';
import type { Person } from '../../schemas/person.ts';
import type { Source } from '../../schemas/source.ts';
import type { Canon } from './pages.ts';

/** Every entry an entry's fields and body refer to, as "collection/id". */
function refsOf(entry: Entry, canon: Canon): string[] {
  const out: string[] = [];
  const add = (collection: Collection, id: string) => out.push(`${collection}/${canon(collection, id)}`);
  if (entry.collection === 'events') {
    const e = entry.data as Event;
    for (const p of e.participants) add('people', p.person);
    for (const s of e.sources) add('sources', s.source);
    for (const q of e.quotes) {
      for (const s of q.speakers) add('people', s);
      if (q.addressee) add('people', q.addressee);
      for (const a of q.about) add('people', a);
      add('sources', q.source);
      if (q.via) add('sources', q.via.source);
    }
    for (const a of e.accounts) {
      for (const v of a.versions) {
        add('sources', v.source);
        if (v.via) add('sources', v.via.source);
      }
    }
  } else if (entry.collection === 'people') {
    for (const s of (entry.data as Person).sources) add('sources', s.source);
  } else if (entry.collection === 'sources') {
    for (const a of (entry.data as Source).authors) if ('person' in a) add('people', a.person);
  }
  for (const l of entry.links) add(l.collection, l.id);
  for (const c of entry.citations) add('sources', c.source);
  return out;
}

type Side = { record: RecordContent; canon: Canon };

function* entriesOf({ record }: Side): Generator<Entry> {
  yield* record.events.values();
  yield* record.people.values();
  yield* record.sources.values();
}

/** Entry pages ("people/x") a change to `edited` can reach, in both versions. */
export function reachable(edited: ReadonlySet<string>, sides: readonly Side[]): Set<string> {
  const near = new Set(edited);
  for (const side of sides) {
    for (const entry of entriesOf(side)) {
      const key = `${entry.collection}/${side.canon(entry.collection as Collection, entry.id)}`;
      const refs = refsOf(entry, side.canon);
      if (edited.has(key)) for (const r of refs) near.add(r);
      else if (refs.some((r) => edited.has(r))) near.add(key);
    }
  }
  const reach = new Set(near);
  for (const side of sides) {
    for (const entry of side.record.events.values()) {
      const key = `events/${side.canon('events', entry.id)}`;
      if (near.has(key)) for (const r of refsOf(entry, side.canon)) reach.add(r);
    }
  }
  return reach;
}
