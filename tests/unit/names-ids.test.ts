import { describe, expect, test } from 'vitest';
import {
  closestId,
  didYouMean,
  idFingerprint,
  isValidId,
  nameKey,
  normaliseId,
  suggestedId,
  toId,
} from '../../src/lib/record/ids.ts';
import { editDistance } from '../../src/lib/text/nearest.ts';
import { isValidIsbn } from '../../src/lib/text/isbn.ts';
import { defaultSortName, groupByInitial, initialOf } from '../../src/lib/text/names.ts';

describe('ids', () => {
  test.each([
    ['Jill Biden', 'jill-biden'],
    ['Émile_Zola', 'emile-zola'],
    ['  Kamala  Devi Harris ', 'kamala-devi-harris'],
    ["O'Neill", 'oneill'],
    ['2024: How Trump Retook', '2024-how-trump-retook'],
  ])('toId(%s) is %s', (text, id) => {
    expect(toId(text)).toBe(id);
    expect(isValidId(id)).toBe(true);
  });

  test.each(['Donald-Trump', 'donald_trump', '-x', 'x-', 'a--b', 'é'])('%s is not a valid id', (id) => {
    expect(isValidId(id)).toBe(false);
  });

  test('fingerprints ignore case and punctuation', () => {
    expect(idFingerprint('John-Doe')).toBe(idFingerprint('johndoe'));
  });

  test('edit distance', () => {
    expect(editDistance('donald-trunp', 'donald-trump')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  test('suggests the closest id, or nothing when none is close', () => {
    expect(closestId('donald-trunp', ['kamala-harris', 'donald-trump'])).toBe('donald-trump');
    expect(closestId('johndoe', ['john-doe'])).toBe('john-doe');
    expect(didYouMean('zzz-qqq', ['kamala-harris'])).toBe('');
  });

  test('an id that is whole words of one known id suggests it; of two, neither', () => {
    expect(closestId('trump', ['kamala-harris', 'donald-trump'])).toBe('donald-trump');
    expect(didYouMean('trump', ['donald-trump'])).toBe(' (did you mean "donald-trump"?)');
    expect(closestId('biden', ['joe-biden', 'jill-biden'])).toBeUndefined();
    // A typo is nearer than a word: "jill-bidn" is one edit from "jill-biden".
    expect(closestId('jill-bidn', ['joe-biden', 'jill-biden'])).toBe('jill-biden');
    // Too short to stand for a word of an id.
    expect(closestId('jo', ['jo-smith-brown', 'kamala-harris'])).toBeUndefined();
  });

  test('without known ids, the id the written one reads as', () => {
    expect(didYouMean('Joe-Biden')).toBe(' (did you mean "joe-biden"?)');
    expect(didYouMean('joe-biden')).toBe('');
  });

  test('one message shape for ids, tags and field names', () => {
    for (const [typed, known] of [
      ['donald-trunp', ['donald-trump']],
      ['concesion', ['concession', 'transition']],
      ['bron', ['born', 'died']],
    ] as const)
      expect(didYouMean(typed, known)).toMatch(/^ \(did you mean "[a-z-]+"\?\)$/);
  });
});

describe('isValidIsbn', () => {
  test.each([
    ['9780593832530', true],
    ['978-0-593-83253-0', true],
    ['978-0063386211', true],
    ['9780593832531', false],
    ['0-306-40615-2', true],
    ['0-306-40615-3', false],
    ['12345', false],
  ])('%s → %s', (isbn, valid) => {
    expect(isValidIsbn(isbn)).toBe(valid);
  });
});

describe('names', () => {
  test.each([
    ['Kamala Harris', 'Harris, Kamala'],
    ['Win McNamee', 'McNamee, Win'],
    ['Madonna', 'Madonna'],
  ])('files %s as %s', (name, sortName) => {
    expect(defaultSortName(name)).toBe(sortName);
  });

  test('initials fold accents and put the rest under #', () => {
    expect(initialOf('Émile')).toBe('E');
    expect(initialOf('2Pac')).toBe('#');
  });

  test('groups A–Z', () => {
    const groups = groupByInitial(['Trump, Melania', 'Biden, Joe', 'Trump, Donald', 'Arnsdorf, Isaac'], (s) => s);
    expect(groups).toEqual([
      { initial: 'A', items: ['Arnsdorf, Isaac'] },
      { initial: 'B', items: ['Biden, Joe'] },
      { initial: 'T', items: ['Trump, Donald', 'Trump, Melania'] },
    ]);
  });
});

describe('ids a reader cannot tell from valid ones', () => {
  test.each([
    ['Kamala-Harris', 'capitals'],
    ['k\u0430mala-harris', 'a Cyrillic а'],
    ['kamala\u200b-harris', 'a zero-width space'],
    ['kamala-harr\u0456s', 'a Cyrillic і'],
    ['Kamala_Harris\u2060', 'an underscore and a word joiner'],
  ])('%s (%s) reads as kamala-harris and is suggested for it', (written) => {
    expect(normaliseId(written)).toBe('kamala-harris');
    expect(suggestedId(written)).toBe('kamala-harris');
    expect(closestId(written, ['donald-trump', 'kamala-harris'])).toBe('kamala-harris');
    expect(idFingerprint(written)).toBe(idFingerprint('kamala-harris'));
  });

  test('a valid id needs no suggestion', () => {
    expect(suggestedId('kamala-harris')).toBeUndefined();
  });
});

describe('nameKey: two names a reader takes for one', () => {
  test.each([
    ['John Smith', 'john  smith'],
    ['John Smith', 'John Smith\u200B'],
    ['John Smith', 'J\u043Ehn Smith'],
  ])('%s and %s', (a, b) => expect(nameKey(a)).toBe(nameKey(b)));
  test.each([
    ['John Smith', 'Jon Smith'],
    [
      '\u0412\u043B\u0430\u0434\u0438\u043C\u0438\u0440 \u041F\u0443\u0442\u0438\u043D',
      '\u0411\u043E\u0440\u0438\u0441 \u0415\u043B\u044C\u0446\u0438\u043D',
    ],
  ])('%s and %s stay apart', (a, b) => expect(nameKey(a)).not.toBe(nameKey(b)));
});
