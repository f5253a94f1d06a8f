import { describe, expect, test } from 'vitest';
import { ABBREVIATIONS, splitSentences } from '../../src/lib/record/body/sentences.ts';

const split = (text: string) => splitSentences(text).map(({ start, end }) => text.slice(start, end).trim());

describe('splitSentences', () => {
  // Cases from the record's own text (content/) and the article it is built on.
  test.each([
    [
      'a time with "p.m." followed by a capital',
      'The speech was set for 4 p.m. Eastern at Howard University, where Kamala Harris had not addressed her supporters. There, she conceded.',
      [
        'The speech was set for 4 p.m. Eastern at Howard University, where Kamala Harris had not addressed her supporters.',
        'There, she conceded.',
      ],
    ],
    [
      'a time with "a.m."',
      'The AP declared Trump the winner in Pennsylvania at 2:24 a.m. Eastern on 6 November. At 5:34 a.m. it called Wisconsin for him.',
      [
        'The AP declared Trump the winner in Pennsylvania at 2:24 a.m. Eastern on 6 November.',
        'At 5:34 a.m. it called Wisconsin for him.',
      ],
    ],
    [
      'an exclamation inside a quotation',
      'The excerpts read “You’re a tough cookie. You were really great. And that Doug — what a character! I love that guy.” The article says less.',
      [
        'The excerpts read “You’re a tough cookie. You were really great. And that Doug — what a character! I love that guy.”',
        'The article says less.',
      ],
    ],
    [
      'straight quotation marks',
      'He said, "What a character! I love that guy." Then the call ended.',
      ['He said, "What a character! I love that guy."', 'Then the call ended.'],
    ],
    [
      '"U.S." before a capital',
      'President Joe Biden welcomes U.S. President-elect Donald Trump to the White House. It was 20 January.',
      ['President Joe Biden welcomes U.S. President-elect Donald Trump to the White House.', 'It was 20 January.'],
    ],
    [
      'a title and a month',
      'Mr. Biden spoke on Jan. 20 at the White House. Then he left.',
      ['Mr. Biden spoke on Jan. 20 at the White House.', 'Then he left.'],
    ],
    [
      'initials',
      'The book by J. D. Smith and A.B. Jones came out. It sold.',
      ['The book by J. D. Smith and A.B. Jones came out.', 'It sold.'],
    ],
    [
      'a question ends a sentence outside a quotation',
      'Who called first? Biden did.',
      ['Who called first?', 'Biden did.'],
    ],
    [
      'an unpaired quotation mark does not swallow the rest of the paragraph',
      'He said “so. Then she left. Then he left.',
      ['He said “so.', 'Then she left.', 'Then he left.'],
    ],
  ])('keeps %s inside its sentence', (_, text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  test('covers the whole text, in order', () => {
    const text = 'One at 4 p.m. Eastern. Two “a! b.” Three.';
    const bounds = splitSentences(text);
    expect(bounds[0]?.start).toBe(0);
    expect(bounds.at(-1)?.end).toBe(text.length);
    for (const [i, b] of bounds.entries()) if (i > 0) expect(b.start).toBe(bounds[i - 1]?.end);
  });

  test.each(['a.m.', 'p.m.', 'Mr.', 'U.S.', 'Jan.', 'D.C.', 'p.'])('lists %s as an abbreviation', (abbreviation) => {
    expect(ABBREVIATIONS.has(abbreviation)).toBe(true);
    expect(split(`It was at ${abbreviation} Then more. Next.`)).toEqual([
      `It was at ${abbreviation} Then more.`,
      'Next.',
    ]);
  });
});
