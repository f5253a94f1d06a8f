/**
 * What entry pages show, computed from the data: kept out of templates so it is tested.
 */
import { ageOver, compareDates, formatAge, type HistoricalDate } from '../time/dates.ts';
import { compareNames } from '../text/names.ts';
import { officeOn } from '../time/offices.ts';
import type { Event, Quote } from '../../schemas/event.ts';
import type { Person } from '../../schemas/person.ts';
import type { Source } from '../../schemas/source.ts';

export interface ParticipantRow {
  id: string;
  name: string;
  /** Their part in the event. */
  role: string;
  /** Office at the event's time, derived from their roles. */
  office?: string;
  /** Age on the event's date, "78" or "77 or 78"; "59–60" when a birthday falls inside the event. */
  age?: string;
}

/** Participants of an event with office and age on its date. */
export function participantRows(event: Event, person: (id: string) => Person | undefined): ParticipantRow[] {
  return event.participants.map((p) => {
    const data = person(p.person);
    const row: ParticipantRow = { id: p.person, name: data?.name ?? p.person, role: p.role };
    if (!data) return row;
    const office = officeOn(data.roles, event.date, event.end);
    if (office) row.office = office;
    const age = ageText(data.born, event.date, { end: event.end, died: data.died });
    if (age) row.age = age;
    return row;
  });
}

/** Age on a date, or over a span to `end`, as text; undefined when it cannot be said or after `died`. */
export function ageText(
  born: HistoricalDate | undefined,
  on: HistoricalDate,
  { end, died }: { end?: HistoricalDate | undefined; died?: HistoricalDate | undefined } = {},
): string | undefined {
  if (!born) return undefined;
  const age = ageOver(born, on, end, died);
  return age ? formatAge(age) : undefined;
}

export const ATTRIBUTION_LABEL: Record<Quote['attribution'], string> = {
  firsthand: 'as the source records it',
  reported: 'reportedly',
  paraphrase: 'paraphrased',
};

/** The names of a source's authors, joined as a reader writes them: "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

export function authorNames(source: Source, person: (id: string) => Person | undefined): string[] {
  return source.authors.map((a) => ('person' in a ? (person(a.person)?.name ?? a.person) : a.name));
}

/** Sources in reading order: newest publication first, undated last, then by title. */
export function compareSources(a: Source, b: Source): number {
  if (a.published && b.published) return compareDates(b.published, a.published) || compareNames(a.title, b.title);
  if (a.published) return -1;
  if (b.published) return 1;
  return compareNames(a.title, b.title);
}

export const KIND_LABEL: Record<Source['kind'], string> = {
  book: 'Book',
  article: 'Article',
  interview: 'Interview',
  statement: 'Statement',
  photo: 'Photograph',
  reference: 'Reference work',
  broadcast: 'Broadcast',
};

/**
 * Events grouped by the year they began in, keeping the given (chronological) order: the one
 * grouping behind the events index, the timeline's year pages and links, and the change report.
 */
export function groupByYear<T extends { data: { date: HistoricalDate } }>(
  events: readonly T[],
): { year: number; events: T[] }[] {
  const groups: { year: number; events: T[] }[] = [];
  for (const event of events) {
    const last = groups.at(-1);
    if (last && last.year === event.data.date.year) last.events.push(event);
    else groups.push({ year: event.data.date.year, events: [event] });
  }
  return groups;
}
