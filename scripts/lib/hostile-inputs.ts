/**
 * The worst inputs found against the content reader, each as one file laid over the valid
 * base record (tests/fixtures/record): what used to cost tens of seconds per file (a
 * quadratic pattern, the MDX parser on emphasis marks, character references or elements)
 * and the longest unbroken token a body may hold. Used by tests/unit/hostile-inputs.test.ts,
 * which checks each is refused (or read) with the right message, and by
 * scripts/measure-hostile.ts, which prints how long each takes.
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MAX_CHARACTER_REFERENCES, MAX_ELEMENTS, MAX_EMPHASIS_MARKS } from '../../src/lib/record/body-limits.ts';

const BASE = path.resolve(import.meta.dirname, '../../tests/fixtures/record/content');

const EVENT = 'content/events/harris-concession-call.mdx';
const EVENT_FRONTMATTER = `---
title: Harris calls Trump to concede
summary: Harris phones Trump to concede.
date: 2024-11-06
participants:
  - person: kamala-harris
    role: caller
sources:
  - source: uncharted
---
`;
const PERSON = 'content/people/kamala-harris.mdx';
/** The review's title that made a 3 MB change report. */
const LONG_TITLE = `Biden ${'phones '.repeat(26_000)}Trump`;

export interface HostileInput {
  name: string;
  file: string;
  text: string;
  /** The start of the one problem the check must report; undefined when the file is valid. */
  refusedWith?: string;
}

export const HOSTILE_INPUTS: readonly HostileInput[] = [
  {
    name: 'a 190 KB frontmatter line with a colon (the YAML hint)',
    file: PERSON,
    text: `---\nname: Kamala Harris\ndescription: Vice President.\ntitle2: Biden: a${' '.repeat(190_000)}b\n---\nBiography.\n`,
    refusedWith: 'title2: the value contains a colon and a space',
  },
  {
    name: 'a 182 KB title',
    file: EVENT,
    text: EVENT_FRONTMATTER.replace('Harris calls Trump to concede', LONG_TITLE),
    refusedWith: `title: is ${LONG_TITLE.length} characters long; at most 300 are allowed`,
  },
  {
    name: "a 194 KB body of '_a' (emphasis)",
    file: EVENT,
    text: `${EVENT_FRONTMATTER}${'_a'.repeat(97_000)}\n`,
    refusedWith: `body: uses more than ${MAX_EMPHASIS_MARKS} emphasis marks`,
  },
  {
    name: "a 194 KB body of '*a' (emphasis)",
    file: EVENT,
    text: `${EVENT_FRONTMATTER}${'*a'.repeat(97_000)}\n`,
    refusedWith: `body: uses more than ${MAX_EMPHASIS_MARKS} emphasis marks`,
  },
  {
    name: "a 160 KB body of 'a &amp; ' (character references)",
    file: EVENT,
    text: `${EVENT_FRONTMATTER}${'a &amp; '.repeat(20_000)}\n`,
    refusedWith: `body: uses more than ${MAX_CHARACTER_REFERENCES} character references`,
  },
  {
    name: 'a 192 KB body of <abbr> elements',
    file: EVENT,
    text: `${EVENT_FRONTMATTER}${'<abbr title="t">a</abbr> '.repeat(7_600)}\n`,
    refusedWith: `body: uses more than ${MAX_ELEMENTS} elements`,
  },
  // Just inside each limit: read, and what the limit leaves costs little.
  {
    name: "a body of 2,000 emphasis marks ('_a' 2,000 times), the most allowed",
    file: EVENT,
    text: `${EVENT_FRONTMATTER}${'_a'.repeat(MAX_EMPHASIS_MARKS)}\n`,
  },
  {
    name: 'a body of 1,000 character references, the most allowed',
    file: EVENT,
    text: `${EVENT_FRONTMATTER}${'a &amp; '.repeat(MAX_CHARACTER_REFERENCES)}\n`,
  },
  {
    name: 'a body of 500 <abbr> elements, the most allowed',
    file: EVENT,
    text: `${EVENT_FRONTMATTER}${'<abbr title="t">a</abbr> '.repeat(MAX_ELEMENTS)}\n`,
  },
  {
    name: 'a body with a 200-character unbroken token (a long link)',
    file: EVENT,
    text: `${EVENT_FRONTMATTER}Harris called [online](https://books.google.com/books?id=${'x'.repeat(160)}) five words before this edit here.<Cite source="uncharted" />\n`,
  },
];

/** A copy of the base record with `input` written over it, in a new temporary folder. */
export function recordWith(input: HostileInput): string {
  const root = mkdtempSync(path.join(tmpdir(), 'record-hostile-'));
  cpSync(BASE, path.join(root, 'content'), { recursive: true });
  writeFileSync(path.join(root, input.file), input.text);
  return root;
}
