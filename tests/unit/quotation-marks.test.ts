import { describe, expect, test } from 'vitest';
import { quotationMarkProblem } from '../../src/lib/text/quotation-marks.ts';
import { sourceSchema } from '../../src/schemas/source.ts';

describe('quotationMarkProblem', () => {
  test.each([
    ['Trump attacks Harris as "dumb as a rock"', 'straight double quote'],
    ["'Welcome home', Biden tells Trump", 'straight single quote'],
    ["Trump brands Harris a 'low IQ person' at a rally", 'straight single quote'],
    ["Harris and Trump: a crook or -'Dumb as a Rock'", 'straight single quote'],
    ['’You’re a tough cookie’: Trump praises Harris', 'closing quotation mark'],
  ])('refuses %s', (title, what) => {
    expect(quotationMarkProblem(title)).toContain(what);
  });

  test.each([
    'Trump attacks Harris as “dumb as a rock”',
    '‘Welcome home’, Biden tells Trump',
    '‘You’re a tough cookie’: Trump praises Harris',
    "Biden's handlers scrambled, new book claims",
    "The voters' verdict",
    'Election Night 2024 and the race call',
  ])('accepts %s', (title) => {
    expect(quotationMarkProblem(title)).toBeUndefined();
  });
});

describe('titles in the schemas', () => {
  test('a source title in straight quotes is refused with the fix', () => {
    const result = sourceSchema.safeParse({ kind: 'article', standing: 'press', title: '"We must": Harris concedes' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'title: has a straight double quote ("): write curly quotation marks, “like this”, as the quotations on the page are set',
    ]);
  });
});
