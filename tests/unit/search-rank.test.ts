import { describe, expect, test } from 'vitest';
import type { EntryKind } from '../../src/lib/kinds.ts';
import { fold, rerank, respelled, tier, type Rankable } from '../../src/lib/search/rank.ts';
import { certainCorrection, foundLoosely, matchesSomething, nameList, suggest } from '../../src/lib/search/suggest.ts';
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
    [
      'an event the words describe, one of them in a topic',
      'Biden call',
      item('Biden phones Trump', 'event', { topics: ['phone call'] }),
      3,
    ],
    ['an event, whatever else it matched', 'concession', item('Harris phones Trump to concede'), 4],
    ['an event whose title alone holds the words', 'Biden call', item('Trump calls Biden a name'), 4],
    ['a person named only in passing', 'concession', item('Sheila Nix', 'person'), 5],
    [
      'a source’s whole publisher',
      'Western Journal',
      item('A report', 'source', { publisher: 'The Western Journal' }),
      1,
    ],
    [
      'a source’s publisher and words of its title',
      'Penguin Press 2024',
      item('2024', 'source', { publisher: 'Penguin Press' }),
      1,
    ],
    ['part of a publisher', 'Journal', item('A report', 'source', { publisher: 'The Western Journal' }), 6],
    [
      'a source whose title holds the word',
      'concession',
      item('What Trump told Harris during her concession call', 'source'),
      6,
    ],
    ['a source’s author alone', 'Whipple', uncharted, 6],
    ['part of a word', 'Whip', item('Chris Whipple', 'person'), 5],
    ['a kind search does not know', 'x', item('x y', 'event', { kind: undefined }), 7],
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

describe('rerank: misspellings, publishers and what the words describe', () => {
  test('a name misspelled by a letter or two names the person, when no result is spelled so', () => {
    const results = [
      item('Harris phones Trump to concede', 'event'),
      item('Doug Emhoff', 'source'),
      item('Doug Emhoff', 'person', { aliases: ['Douglas Craig Emhoff'] }),
    ];
    expect(rerank('Dougg Emhoff', results).map((r) => `${r.kind} ${r.title}`)).toEqual([
      'person Doug Emhoff',
      'source Doug Emhoff',
      'event Harris phones Trump to concede',
    ]);
  });

  test('reads a word no result spells as the nearest word of their names, titles and topics', () => {
    const results = [
      item('Harris phones Trump to concede', 'event', { topics: ['concession'] }),
      item('Stuns Kamala Harris', 'source', { authors: ['Ravi Hari'] }),
    ];
    expect(respelled(['hariss', 'concession'], results)).toEqual(['harris', 'concession']);
    // A word an excerpt holds is spelled as the index spells it, whatever the titles say.
    expect(respelled(['very'], [item('Every day', 'event', { excerpt: 'was <mark>very</mark> negative' })])).toEqual([
      'very',
    ]);
    expect(respelled(['very'], [item('Every day', 'event')])).toEqual(['every']);
    // Short words are never respelled.
    expect(respelled(['ids'], [item('Ida', 'person')])).toEqual(['ids']);
  });

  test('a word one of the results spells is not read as a misspelling of another name', () => {
    const results = [item('Aiden Smith', 'person'), item('Joe Biden', 'person'), item('Biden hosts Trump')];
    expect(rerank('Biden', results).map((r) => r.title)).toEqual(['Joe Biden', 'Biden hosts Trump', 'Aiden Smith']);
  });

  test('a publisher typed puts its source before the events that mention it', () => {
    const results = [
      item('2024 goes on sale', 'event'),
      item('Isaac Arnsdorf', 'person'),
      item('2024', 'source', { publisher: 'Penguin Press', form: 'book' }),
    ];
    expect(rerank('Penguin Press', results)[0]?.title).toBe('2024');
  });

  test('among events the words describe, the one whose title begins with a word typed comes first', () => {
    const results = [
      item('Trump reportedly calls Biden a name', 'event', { topics: ['insults'], sourceCount: 1 }),
      item('Tyler Pager reaches Joe Biden by phone', 'event', { topics: ['phone call'], sourceCount: 3 }),
      item('Biden phones Trump', 'event', { topics: ['phone call'], sourceCount: 3 }),
    ];
    expect(rerank('Biden call', results).map((r) => r.title)).toEqual([
      'Biden phones Trump',
      'Tyler Pager reaches Joe Biden by phone',
      'Trump reportedly calls Biden a name',
    ]);
  });
});

describe('did you mean', () => {
  const list = nameList(
    [
      { title: 'Kamala Harris', aliases: ['Kamala Devi Harris'] },
      { title: 'Doug Emhoff' },
      { title: 'Harris’s concession call' },
      { title: 'Harris phones Trump' },
      { title: 'Uncharted', authors: ['Chris Whipple'] },
      { title: 'You’re a tough cookie', authors: ['Ravi Hari'], publisher: 'Mint' },
      { title: 'What Trump said' },
    ],
    ['What did Trump say to Harris? He said she was a tough cookie.', 'Harris’s concessions, 2024'],
  );

  test('lists name words as the record writes them, most frequent first, without possessives or numbers', () => {
    expect(list.names[0]).toEqual(['Harris', 3]);
    expect(list.names.map(([w]) => w)).toContain('Emhoff');
    expect(list.names.map(([w]) => w)).not.toContain('Harris’s');
    expect(list.names.map(([w]) => w)).not.toContain('2024');
    // "What" begins a title but is an ordinary word: lower case when written so anywhere.
    expect(nameList([{ title: 'What Trump said' }, { title: 'Trump says what' }], []).names.map(([w]) => w)).toContain(
      'what',
    );
  });

  test('knows every word of the index, and matches as Pagefind does: the start of a word, or its stem', () => {
    for (const w of ['say', 'concession', 'concessions', 'harriss', 'emhof', 'cookies', 'devi'])
      expect(matchesSomething(w, list)).toBe(true);
    for (const w of ['hariss', 'dougg', 'xyzzy']) expect(matchesSomething(w, list)).toBe(false);
  });

  test.each([
    ['hariss', 'Harris'],
    ['Dougg Emhoff', 'Doug Emhoff'],
    ['dougg emhoff', 'Doug Emhoff'],
    ['uncharterd', 'Uncharted'],
    ['kamala hariss', 'Kamala Harris'],
    ['“Dougg”', '“Doug”'],
  ])('“%s” suggests “%s”', (query, expected) => {
    expect(suggest(query, list)).toBe(expected);
  });

  test.each([['what did Trump say to Harris'], ['harris'], ['emhof'], ['xyzzy'], ['the'], ['2024'], ['concessions']])(
    '“%s” suggests nothing',
    (query) => {
      expect(suggest(query, list)).toBeUndefined();
    },
  );

  test('a correction is certain when one name is nearest, or far more common than any other as near', () => {
    expect(certainCorrection('Dougg Emhoff', list)).toBe('Doug Emhoff');
    // "hariss" is two letters from "Harris" and from the author "Hari"; Harris is far more common.
    expect(certainCorrection('hariss concession', list)).toBe('Harris concession');
    const even = nameList([{ title: 'Hari' }, { title: 'Harris' }], []);
    expect(suggest('hariss', even)).toBeDefined();
    expect(certainCorrection('hariss', even)).toBeUndefined();
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
