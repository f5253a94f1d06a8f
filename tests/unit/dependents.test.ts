/**
 * Which entries a saved file may change in `astro dev` (src/loaders/dependents.ts): the open
 * tabs showing any other entry keep their page.
 */
import { describe, expect, test } from 'vitest';
import { affectedEntries } from '../../src/loaders/dependents.ts';
import type { Entry } from '../../src/lib/record/entry.ts';

function event(id: string, people: string[], body: { links?: string[]; cites?: string[] } = {}): Entry {
  return {
    collection: 'events',
    id,
    data: { participants: people.map((person) => ({ person, role: 'x' })) },
    links: (body.links ?? []).map((key) => {
      const [collection, linked] = key.split('/');
      return { collection, id: linked, sentence: '', line: 1, column: 1 };
    }),
    citations: (body.cites ?? []).map((source) => ({ source, sentence: '', claim: 1 })),
  } as unknown as Entry;
}

function person(id: string): Entry {
  return { collection: 'people', id, data: {}, links: [], citations: [] } as unknown as Entry;
}

const byKey = (entries: Entry[]) => new Map(entries.map((e) => [`${e.collection}/${e.id}`, e]));
const sorted = (keys: Set<string> | undefined) => (keys ? [...keys].sort() : keys);

describe('affectedEntries', () => {
  const people = ['p1', 'p2', 'p3', 'p4'].map(person);
  const before = byKey([
    ...people,
    event('e1', ['p1', 'p2']),
    event('e2', ['p2', 'p3']),
    event('e3', ['p4'], { cites: ['s1'] }),
  ]);

  test('a changed event: itself, what it names, and what names those (related people), not further', () => {
    const after = new Map(before).set('events/e1', event('e1', ['p1', 'p2']));
    // e1 names p1 and p2; e2 names p2 (so its page shows p2, whose page shows e1's title).
    // p3 is three steps away: its page shows e2, not e1.
    expect(sorted(affectedEntries(before, after, new Set(['events/e1'])))).toEqual([
      'events/e1',
      'events/e2',
      'people/p1',
      'people/p2',
    ]);
  });

  test('what the old version named counts too: a participant removed from an event', () => {
    const after = new Map(before).set('events/e1', event('e1', ['p1']));
    expect(affectedEntries(before, after, new Set(['events/e1']))).toContain('people/p2');
  });

  test('a removed entry: the entries that named it', () => {
    const after = new Map(before);
    after.delete('people/p4');
    expect(sorted(affectedEntries(before, after, new Set(['people/p4'])))).toEqual([
      'events/e3',
      'people/p4',
      'sources/s1',
    ]);
  });

  test('body links and citations are references too', () => {
    const withLink = byKey([...people, event('e5', [], { links: ['people/p3'] })]);
    expect(affectedEntries(withLink, withLink, new Set(['people/p3']))).toContain('events/e5');
  });

  test('too much changed: undefined, every page', () => {
    const many = byKey(Array.from({ length: 600 }, (_, i) => person(`q${i}`)));
    expect(affectedEntries(many, many, new Set(many.keys()))).toBeUndefined();
  });
});
