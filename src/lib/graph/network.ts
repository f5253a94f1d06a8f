/**
 * A person's relations to the other people of the record, by kind: the events they took
 * part in together, the quotations in which one addresses the other or is quoted on them
 * (words said or written), and the sources one wrote that cover the other (cited for the
 * other's events or page). Pure and deterministic; figures.ts renders it as a list.
 *
 * It replaced a star diagram (the person at the centre, a line to each co-participant as
 * thick as their shared events): the star could show one kind of relation and a count,
 * which the list beside it already said in words; a list can say every kind and which way
 * it runs ("Kamala Harris addressed Donald Trump"), at the page's text size, at any width.
 */
import { compareNames } from '../text/names.ts';

export interface RelationInput {
  /** People they took part in events with, and those events. */
  together: readonly { person: string; events: readonly string[] }[];
  /** The quotations naming them as speaker, addressee or subject, each once. */
  quotes: readonly { speakers: readonly string[]; addressee?: string | undefined; about: readonly string[] }[];
  /** Sources that cover them or that they wrote: the authors with pages, and whom each covers. */
  writing: readonly { authors: readonly string[]; about: readonly string[] }[];
}

/** Counts of each kind of relation between the page's person and another, each way. */
export interface RelationCounts {
  together: number;
  /** The person spoke to the other, or the other to the person. */
  spokeTo: number;
  spokenTo: number;
  /** The person spoke of the other, or the other of the person. */
  spokeOf: number;
  spokenOf: number;
  /** Sources the person wrote that cover the other, or the other wrote that cover the person. */
  wroteOn: number;
  writtenOn: number;
}

export interface Relation extends RelationCounts {
  person: string;
}

const KINDS: (keyof RelationCounts)[] = [
  'together',
  'spokeTo',
  'spokenTo',
  'spokeOf',
  'spokenOf',
  'wroteOn',
  'writtenOn',
];

/** Everyone related to `person`, most relations first, then by name (`nameOf` gives the name). */
export function relationsOf(person: string, input: RelationInput, nameOf: (id: string) => string): Relation[] {
  const rows = new Map<string, Relation>();
  const add = (other: string, kind: keyof RelationCounts, n = 1) => {
    if (other === person) return;
    let row = rows.get(other);
    if (!row)
      rows.set(
        other,
        (row = {
          person: other,
          together: 0,
          spokeTo: 0,
          spokenTo: 0,
          spokeOf: 0,
          spokenOf: 0,
          wroteOn: 0,
          writtenOn: 0,
        }),
      );
    row[kind] += n;
  };
  for (const t of input.together) add(t.person, 'together', t.events.length);
  for (const q of input.quotes) {
    const speaks = q.speakers.includes(person);
    if (speaks) {
      if (q.addressee) add(q.addressee, 'spokeTo');
      for (const other of new Set(q.about)) add(other, 'spokeOf');
    }
    for (const other of new Set(q.speakers)) {
      if (q.addressee === person) add(other, 'spokenTo');
      if (q.about.includes(person)) add(other, 'spokenOf');
    }
  }
  for (const w of input.writing) {
    const about = new Set(w.about);
    if (w.authors.includes(person)) for (const other of about) add(other, 'wroteOn');
    if (about.has(person)) for (const author of new Set(w.authors)) add(author, 'writtenOn');
  }
  const total = (r: Relation) => KINDS.reduce((sum, k) => sum + r[k], 0);
  return [...rows.values()].sort(
    (a, b) => total(b) - total(a) || compareNames(nameOf(a.person), nameOf(b.person)) || (a.person < b.person ? -1 : 1),
  );
}

type Quote = RelationInput['quotes'][number];

/** What relationsOf needs, gathered from the record's entries and link graph (structural types, no Astro). */
export function relationInput(record: {
  /** Co-participants from the link graph. */
  together: RelationInput['together'];
  /** The quotations that name the person, possibly repeated (said, said to, said of). */
  quotes: readonly Quote[];
  /** Ids of the sources cited for the person: on their page, for their events, and those they wrote. */
  sourceIds: Iterable<string>;
  /** The authors with pages of a source. */
  authorsOf: (source: string) => readonly string[];
  /** Everyone a source covers: the participants of the events citing it and the people whose pages cite it. */
  coveredBy: (source: string) => readonly string[];
}): RelationInput {
  return {
    together: record.together,
    quotes: [...new Set(record.quotes)],
    // Only a source with an author who has a page ties anyone: the others are not looked into.
    writing: [...new Set(record.sourceIds)].flatMap((id) => {
      const authors = record.authorsOf(id);
      return authors.length > 0 ? [{ authors, about: record.coveredBy(id) }] : [];
    }),
  };
}
