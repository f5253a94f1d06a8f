/**
 * A deterministic synthetic record: invented people, events and sources that pass every
 * content check, for testing the site at scale.
 *
 * Everything comes from one seed through mulberry32 streams and fixed word lists: no
 * clock, no Math.random, arrays only (never the iteration order of an object built from
 * input), so the same options always give byte-identical files. Text is drawn from a
 * fixed vocabulary of real English words, common words more often than rare ones, so
 * search indexing and page weight behave roughly as they would with real prose.
 *
 * The jobs live in one file each: random.ts (seeded streams), calendar.ts (generated dates,
 * typed with src/lib/time/dates.ts), words.ts (the vocabulary), prose.ts (grammar), specs.ts
 * (what the record holds), render.ts (MDX), output.ts (writing files).
 */
import { streamSeed, Rng } from './random.ts';
import { Prose } from './prose.ts';
import { renderEvent, renderPerson, renderRecord, renderSource } from './render.ts';
import {
  generateEvents,
  generatePeople,
  generateSources,
  locatorFor,
  type PersonSpec,
  type SourceSpec,
} from './specs.ts';

import type { GeneratedFile, GeneratedRecord } from './output.ts';

export { prepareOutput, writeFile, writeRecord, type GeneratedFile, type GeneratedRecord } from './output.ts';

export interface GenerateOptions {
  events: number;
  people: number;
  /** Defaults to max(20, events / 20). */
  sources?: number;
  /** Defaults to 1. */
  seed?: number;
}

export function defaultSourceCount(events: number): number {
  return Math.max(20, Math.floor(events / 20));
}

/**
 * Builds the whole record. With `emit`, each file is handed over as soon as it is
 * rendered and not kept (`files` is then empty), which keeps memory flat at scale.
 */
export function generateRecord(options: GenerateOptions, emit?: (file: GeneratedFile) => void): GeneratedRecord {
  const eventCount = options.events;
  const peopleCount = options.people;
  const sourceCount = options.sources ?? defaultSourceCount(eventCount);
  const seed = options.seed ?? 1;
  if (!Number.isInteger(eventCount) || eventCount < 0) throw new Error('events must be a whole number, 0 or more');
  if (!Number.isInteger(peopleCount) || peopleCount < 2) throw new Error('people must be a whole number, 2 or more');
  if (!Number.isInteger(sourceCount) || sourceCount < 1) throw new Error('sources must be a whole number, 1 or more');

  const people = generatePeople(new Rng(streamSeed(seed, 1)), peopleCount);
  // People ordered by birth, for choosing participants old enough for an event.
  const byBirth = people
    .map((_, i) => i)
    .sort((a, b) => (people[a] as PersonSpec).born.first - (people[b] as PersonSpec).born.first || a - b);
  const birthYears = byBirth.map((i) => (people[i] as PersonSpec).born.year);

  const sources = generateSources(new Rng(streamSeed(seed, 2)), sourceCount, people, byBirth, birthYears);
  const sourceFirst = sources.map((s) => s.published.first);

  const events = generateEvents(
    new Rng(streamSeed(seed, 3)),
    eventCount,
    people,
    byBirth,
    birthYears,
    sources,
    sourceFirst,
  );

  // Reference works as sources for some people's birth dates.
  const refRng = new Rng(streamSeed(seed, 4));
  const references = sources
    .map((s, i) => (s.kind === 'reference' || s.kind === 'book' ? i : -1))
    .filter((i) => i >= 0);
  for (const person of people) {
    if (!references.length || !refRng.chance(0.5)) continue;
    const source = refRng.pick(references);
    const spec = sources[source] as SourceSpec;
    if (spec.published.first <= person.born.last) continue;
    person.sources.push({ source, locator: locatorFor(refRng, spec.kind) });
  }

  const files: GeneratedFile[] = [];
  const push = emit ?? ((file: GeneratedFile) => void files.push(file));
  const text = new Prose(new Rng(streamSeed(seed, 5)));
  push({ path: 'record.mdx', content: renderRecord(events, peopleCount, sourceCount, seed) });
  for (const person of people)
    push({ path: `people/${person.id}.mdx`, content: renderPerson(person, people, events, sources, text) });
  for (const source of sources) push({ path: `sources/${source.id}.mdx`, content: renderSource(source, people, text) });
  for (const event of events)
    push({ path: `events/${event.id}.mdx`, content: renderEvent(event, people, events, sources, text) });
  return { files, counts: { events: events.length, people: people.length, sources: sources.length } };
}
