import { describe, expect, test } from 'vitest';
import type { EntryKind } from '../../src/lib/kinds.ts';
import { fold, rerank, tier, type Rankable } from '../../src/lib/search-rank.ts';

const item = (title: string, kind: EntryKind | undefined = 'event', extra: Partial<Rankable> = {}): Rankable => ({ title, kind, aliases: [], ...extra });

describe('fold', () => {
  test('ignores case, accents, apostrophes and punctuation', () => {
    expect(fold('Harris’s  Concession!')).toBe(fold('harriss concession'));
    expect(fold('Émile')).toBe('emile');
  });
});

describe('tier', () => {
  test.each([
    ['an exact title', 'Uncharted', item('Uncharted', 'source'), 0],
    ['an exact alias', 'Kamala Devi Harris', item('Kamala Harris', 'person', { aliases: ['Kamala Devi Harris'] }), 0],
    ['a surname of a person', 'Whipple', item('Chris Whipple', 'person'), 1],
    ['a phrase quoted in an event', 'tough cookie', item('Harris concedes', 'event', { quotes: 'You’re a tough cookie | great' }), 1],
    ['a single quoted word', 'great', item('Harris concedes', 'event', { quotes: 'great' }), 2],
    ['a word of a source title', 'tough cookie', item('“You’re a tough cookie”: Trump praises Harris', 'source'), 2],
    ['part of a word', 'Whip', item('Chris Whipple', 'person'), 2],
  ])('%s: %s', (_, query, rankable, expected) => {
    expect(tier(query, rankable)).toBe(expected);
  });
});

describe('rerank', () => {
  test('puts the exact match first and keeps Pagefind’s order otherwise', () => {
    const results = [item('Uncharted is published'), item('A review of Uncharted', 'source'), item('Uncharted', 'source'), item('Other')];
    expect(rerank('Uncharted', results).map((r) => r.title)).toEqual(['Uncharted', 'Uncharted is published', 'A review of Uncharted', 'Other']);
  });

  test('prefers a person among exact matches', () => {
    const results = [item('Joe Biden', 'source'), item('Joe Biden', 'person')];
    expect(rerank('joe biden', results).map((r) => r.kind)).toEqual(['person', 'source']);
  });
});
