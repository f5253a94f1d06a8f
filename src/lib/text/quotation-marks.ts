/**
 * Quotation marks in titles. The pages set quotations in curly marks (“…”), so a title
 * quoting someone uses them too, never the straight marks of a typewriter. An apostrophe
 * inside a word (Harris's) may stay straight: only marks that open or close a quotation
 * are checked, and each pattern is linear (one pass, no nested repetition).
 */

/** A straight single quote where a quotation opens: at the start, or after a space, bracket or dash. */
const OPENING_STRAIGHT_SINGLE = /(?:^|[\s([{—–-])'/;

/**
 * Why `title` would set a quotation in the wrong marks, with the fix; undefined when it is
 * right. For the person editing the file, who may not know the marks by name.
 */
export function quotationMarkProblem(title: string): string | undefined {
  if (title.includes('"')) {
    return 'has a straight double quote ("): write curly quotation marks, “like this”, as the quotations on the page are set';
  }
  if (OPENING_STRAIGHT_SINGLE.test(title)) {
    return "opens a quotation with a straight single quote ('): write curly marks, ‘like this’ (or ’ for left-out letters, as in ’90s)";
  }
  if (title.startsWith('’')) {
    return 'starts with a closing quotation mark (’): a quotation opens with ‘, like ‘You’re a tough cookie’';
  }
  return undefined;
}
