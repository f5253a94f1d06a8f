/** Grammar over the fixed vocabulary: phrases, sentences, and counting the words a reader sees. */
import { ADJECTIVES, ADVERBS, GROUPS, INTRANSITIVE, NOUNS, OPENERS, PREPOSITIONS, TIME_UNITS, VERBS } from './words.ts';
import type { Rng } from './random.ts';

export const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
export const aOrAn = (word: string) => (/^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`);
export const titleCase = (s: string) =>
  s
    .split(' ')
    .map((w) => (['of', 'the', 'and', 'in', 'on', 'a', 'an', 'for', 'to'].includes(w) ? w : capitalize(w)))
    .join(' ');

/**
 * Words a reader sees: links count their text, <Cite /> and heading markers nothing.
 * A hand-written scanner, since it runs on every generated sentence.
 */
export function countVisibleWords(markdown: string): number {
  let words = 0;
  let inWord = false;
  let hasLetter = false;
  const n = markdown.length;
  for (let i = 0; i < n; i++) {
    const c = markdown.charCodeAt(i);
    if (c === 60 /* < */ && markdown.startsWith('<Cite', i)) {
      const close = markdown.indexOf('/>', i);
      if (close >= 0) {
        if (inWord && hasLetter) words++;
        inWord = false;
        hasLetter = false;
        i = close + 1;
        continue;
      }
    }
    if (c === 93 /* ] */ && markdown.charCodeAt(i + 1) === 40 /* ( */) {
      const close = markdown.indexOf(')', i);
      if (close >= 0) {
        i = close; // the link target is not visible; the word it ends may continue
        continue;
      }
    }
    if (c === 32 || c === 10 || c === 9 || c === 13) {
      if (inWord && hasLetter) words++;
      inWord = false;
      hasLetter = false;
      continue;
    }
    inWord = true;
    if (
      (c >= 48 && c <= 57) ||
      (c >= 65 && c <= 90) ||
      (c >= 97 && c <= 122) ||
      (c >= 0xc0 && (c < 0x2000 || c > 0x206f))
    )
      hasLetter = true;
  }
  if (inWord && hasLetter) words++;
  return words;
}

export function thirdPerson(base: string): string {
  if (/(s|sh|ch|x|z)$/.test(base)) return `${base}es`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}

export interface Sentence {
  md: string;
  words: number;
}

/** Sentence and phrase generator over the fixed vocabulary. */
export class Prose {
  readonly rng: Rng;

  constructor(rng: Rng) {
    this.rng = rng;
  }

  noun(): string {
    return this.rng.common(NOUNS);
  }

  adjective(): string {
    return this.rng.common(ADJECTIVES);
  }

  verb(): readonly [string, string] {
    return this.rng.common(VERBS);
  }

  past(): string {
    return this.verb()[1];
  }

  /** "the budget", "the revised budget", "a tense hearing". */
  nounPhrase(): string {
    const r = this.rng.next();
    if (r < 0.4) return `the ${this.noun()}`;
    if (r < 0.8) return `the ${this.adjective()} ${this.noun()}`;
    return aOrAn(`${this.adjective()} ${this.noun()}`);
  }

  /** "after the vote", "during the winter", "within the ministry". */
  prepPhrase(): string {
    const prep = this.rng.common(PREPOSITIONS);
    if (this.rng.chance(0.25)) return `${prep} the ${this.rng.pick(TIME_UNITS)}`;
    return `${prep} the ${this.chance(0.3) ? `${this.adjective()} ` : ''}${this.noun()}`;
  }

  chance(p: number): boolean {
    return this.rng.chance(p);
  }

  subject(people: readonly string[]): string {
    if (people.length && this.rng.chance(0.4)) return this.rng.pick(people);
    return this.rng.common(GROUPS);
  }

  /** A filler sentence; `people` are plain names (already introduced) to use as subjects. */
  filler(people: readonly string[], maxWords = 24): Sentence {
    for (;;) {
      const s = this.fillerText(people);
      // Filler is plain words separated by single spaces (names included).
      let words = 1;
      for (let i = s.indexOf(' '); i >= 0; i = s.indexOf(' ', i + 1)) words++;
      if (words <= maxWords) return { md: s, words };
    }
  }

  private fillerText(people: readonly string[]): string {
    const S = this.subject(people);
    switch (this.rng.int(0, 13)) {
      case 0:
        return `${this.rng.pick(OPENERS)} ${S} ${this.past()} ${this.nounPhrase()} ${this.prepPhrase()}.`;
      case 1:
        return `${capitalize(S)} ${this.past()} ${this.nounPhrase()} and ${this.past()} ${this.nounPhrase()}.`;
      case 2:
        return `${capitalize(S)} ${this.rng.pick(INTRANSITIVE)} ${this.rng.common(ADVERBS)} ${this.prepPhrase()}.`;
      case 3:
        return `The ${this.noun()} was ${this.adjective()} ${this.prepPhrase()}, and ${S} ${this.past()} ${this.nounPhrase()}.`;
      case 4:
        return `${this.rng.pick(OPENERS)} the ${this.noun()} ${this.rng.pick(INTRANSITIVE)} ${this.rng.common(ADVERBS)}.`;
      case 5:
        return `${capitalize(S)} ${this.rng.common(ADVERBS)} ${this.past()} ${this.nounPhrase()}, which ${this.past()} ${this.nounPhrase()}.`;
      case 6:
        return `It was ${aOrAn(this.adjective())} ${this.noun()} ${this.prepPhrase()}.`;
      case 7:
        return `No ${this.noun()} was ${this.past()} ${this.prepPhrase()}.`;
      case 8:
        return `${capitalize(S)} said that ${this.nounPhrase()} had been ${this.past()} ${this.prepPhrase()}.`;
      case 9:
        return `${capitalize(S)} later ${this.past()} ${this.nounPhrase()}, though ${this.nounPhrase()} remained ${this.adjective()}.`;
      case 10:
        return `There was ${aOrAn(`${this.adjective()} ${this.noun()}`)} ${this.prepPhrase()}.`;
      case 11:
        return `Few people expected ${this.nounPhrase()} to be ${this.past()} so ${this.rng.pick(['soon', 'late', 'quickly', 'openly'])}.`;
      case 12:
        return `${capitalize(this.nounPhrase())} ${this.rng.pick(['was', 'had been', 'would be'])} ${this.past()} ${this.prepPhrase()} ${this.prepPhrase()}.`;
      default:
        return `${capitalize(S)} ${this.rng.pick(['wanted', 'hoped', 'refused', 'promised', 'tried'])} to ${this.verb()[0]} ${this.nounPhrase()}.`;
    }
  }

  /** Words someone said, without quotation marks. */
  quote(): string {
    const [base, past] = this.verb();
    switch (this.rng.int(0, 7)) {
      case 0:
        return `We ${past} ${this.nounPhrase()} because ${this.nounPhrase()} was ${this.adjective()}`;
      case 1:
        return `I will not ${base} ${this.nounPhrase()} ${this.prepPhrase()}`;
      case 2:
        return `This ${this.noun()} is ${this.adjective()}, and everyone in this room knows it`;
      case 3:
        return `Nobody ${past} ${this.nounPhrase()} until it was too late`;
      case 4:
        return `You ${past} ${this.nounPhrase()}, and now you want us to ${this.verb()[0]} ${this.nounPhrase()}`;
      case 5:
        return `The ${this.noun()} was never ${this.adjective()}. It was ${this.adjective()}`;
      case 6:
        return `We are ready to ${base} ${this.nounPhrase()} ${this.prepPhrase()}.`;
      default:
        return `I have ${past} ${this.nounPhrase()} and I would ${base} it again`;
    }
  }
}
