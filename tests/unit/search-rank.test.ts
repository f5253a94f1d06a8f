import { describe, expect, test } from 'vitest';
import type { EntryKind } from '../../src/lib/kinds.ts';
import { fold, rerank, tier, type Rankable } from '../../src/lib/search/rank.ts';
import { foundLoosely, nameList, suggest } from '../../src/lib/search/suggest.ts';
import { editDistance } from '../../src/lib/text/nearest.ts';

const item = (title: string, kind: EntryKind | undefined = 'event', extra: Partial<Rankable> = {}): Rankable => ({
  title,
  kind,
  aliases: [],
  ...extra,
});

describe('fold', () => {
  test('ignores case, accents, apostrophes and punctuation', () => {
    expect(fold('Harris’s  Concession!')).toBe(fold('harriss concession'));
    expect(fold('Émile')).toBe('emile');
  });
});

describe('tier', () => {
  const uncharted = item('Uncharted', 'source', { authors: ['Chris Whipple'], form: 'book' });
  test.each([
    ['an exact title', 'Uncharted', uncharted, 0],
    ['an exact alias', 'Kamala Devi Harris', item('Kamala Harris', 'person', { aliases: ['Kamala Devi Harris'] }), 0],
    ['an exact event title', 'Biden hosts Trump in the Oval Office', item('Biden hosts Trump in the Oval Office'), 0],
    ['a surname of a person', 'Whipple', item('Chris Whipple', 'person'), 1],
    ['a source’s title and its form', '2024 book', item('2024', 'source', { form: 'book' }), 1],
    ['a source’s title and its author', 'Whipple Uncharted', uncharted, 1],
    [
      'an event about the topic typed',
      'phone call',
      item('Harris phones Trump', 'event', { topics: ['concession', 'phone call'] }),
      2,
    ],
    ['an event, whatever else it matched', 'concession', item('Harris phones Trump to concede'), 3],
    ['a person named only in passing', 'concession', item('Sheila Nix', 'person'), 4],
    [
      'a source whose title holds the word',
      'concession',
      item('What Trump told Harris during her concession call', 'source'),
      5,
    ],
    ['a source’s author alone', 'Whipple', uncharted, 5],
    ['part of a word', 'Whip', item('Chris Whipple', 'person'), 4],
    ['a kind search does not know', 'x', item('x y', 'event', { kind: undefined }), 6],
  ])('%s: “%s”', (_, query, rankable, expected) => {
    expect(tier(query, rankable)).toBe(expected);
  });
});

describe('rerank', () => {
  test('events about the topic typed come first, the best documented first, then other events', () => {
    const results = [
      item('Trump attacks Harris'),
      item('Biden phones Trump', 'event', { topics: ['phone call'], sourceCount: 3 }),
      item('Harris phones Trump to concede', 'event', { topics: ['concession', 'phone call'], sourceCount: 10 }),
    ];
    expect(rerank('phone call', results).map((r) => r.title)).toEqual([
      'Harris phones Trump to concede',
      'Biden phones Trump',
      'Trump attacks Harris',
    ]);
  });
  test('puts the exact match first, then events, people and sources, each in Pagefind’s order', () => {
    const results = [
      item('A review of Uncharted', 'source'),
      item('Uncharted is published'),
      item('Chris Whipple', 'person'),
      item('Uncharted', 'source'),
      item('Uncharted excerpts appear'),
    ];
    expect(rerank('Uncharted', results).map((r) => r.title)).toEqual([
      'Uncharted',
      'Uncharted is published',
      'Uncharted excerpts appear',
      'Chris Whipple',
      'A review of Uncharted',
    ]);
  });

  test('prefers a person among exact matches', () => {
    const results = [item('Joe Biden', 'source'), item('Joe Biden', 'person')];
    expect(rerank('joe biden', results).map((r) => r.kind)).toEqual(['person', 'source']);
  });
});

describe('did you mean', () => {
  const list = nameList([
    'Kamala Harris',
    'Doug Emhoff',
    'Harris’s concession call',
    'Uncharted',
    'Chris Whipple’s Uncharted is published',
  ]);

  test('lists each word once, most frequent first, without possessives or numbers', () => {
    expect(list.words.slice(0, 2)).toEqual(['harris', 'uncharted']);
    expect(list.words).not.toContain('harriss');
    expect(nameList(['2024 book']).words).toEqual(['book']);
  });

  test.each([
    ['hariss', 'harris'],
    ['emhof', 'emhoff'],
    ['uncharterd', 'uncharted'],
    ['kamala hariss', 'kamala harris'],
  ])('“%s” suggests “%s”', (query, expected) => {
    expect(suggest(query, list)).toBe(expected);
  });

  test.each([['harris'], ['xyzzy'], ['the'], ['2024']])('“%s” suggests nothing', (query) => {
    expect(suggest(query, list)).toBeUndefined();
  });

  test('counts a swap of two letters as one edit, and stops past the limit', () => {
    expect(editDistance('hte', 'the', 2, true)).toBe(1);
    expect(editDistance('harris', 'hariss', 2, true)).toBe(2);
    expect(editDistance('abcdef', 'uvwxyz', 2, true)).toBe(3);
    // Without swaps, as ids and addresses are compared, a swap is two edits.
    expect(editDistance('hte', 'the', 2)).toBe(2);
  });

  test('calls results loose when few, or when a word typed is only the start of a word found', () => {
    const found = (title: string, excerpt: string) => ({ title, excerpt });
    const three = [found('Doug Emhoff', 'Lawyer, husband of <mark>Emhoff</mark>'), found('a', 'b'), found('c', 'd')];
    expect(foundLoosely('emhof', three, 3)).toBe(true);
    expect(foundLoosely('emhoff', three, 3)).toBe(false);
    expect(foundLoosely('emhoff', three.slice(0, 2), 3)).toBe(true);
  });
});
