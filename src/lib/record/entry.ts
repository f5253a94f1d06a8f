/**
 * The shapes of the record's entries, shared by the reader (read-record.ts) and the
 * integrity check it calls, so that neither imports the other.
 */
import type { z } from 'astro/zod';
import { eventSchema, type Event } from '../../schemas/event.ts';
import { personSchema, type Person } from '../../schemas/person.ts';
import { recordDescriptionSchema, type RecordDescription } from '../../schemas/record-description.ts';
import { sourceSchema, type Source } from '../../schemas/source.ts';
import { KINDS } from '../kinds.ts';
import type { BodyCitation, BodyHeading, BodyLink } from './body/parse.ts';
import type { Reference } from './body/references.ts';

export interface DataByCollection {
  people: Person;
  events: Event;
  sources: Source;
  /** content/record.mdx: what the record covers. */
  record: RecordDescription;
}

/** The entry kinds: the three collections, and the record's own description. */
export type Kind = keyof DataByCollection;

export const SCHEMAS: { [C in Kind]: z.ZodType<DataByCollection[C], unknown> } = {
  people: personSchema as unknown as z.ZodType<Person, unknown>,
  events: eventSchema as unknown as z.ZodType<Event, unknown>,
  sources: sourceSchema as unknown as z.ZodType<Source, unknown>,
  record: recordDescriptionSchema as unknown as z.ZodType<RecordDescription, unknown>,
};

/** What one entry of each kind is called in messages. */
export const NOUN: Record<Kind, string> = {
  people: KINDS.people.noun,
  events: KINDS.events.noun,
  sources: KINDS.sources.noun,
  record: 'record description',
};

export interface Entry<C extends Kind = Kind> {
  collection: C;
  id: string;
  /** Relative to the project root, forward slashes: "content/events/x.mdx". */
  file: string;
  data: DataByCollection[C];
  links: BodyLink[];
  citations: BodyCitation[];
  headings: BodyHeading[];
  references: Reference[];
  /** Set once the record is free of problems and bodies are rendered. */
  html: string;
  /** The body as plain text, without citation marks: for the export. Set with `html`. */
  text: string;
  /** Positions of frontmatter fields, for problems found after parsing. */
  locate: (path: readonly PropertyKey[]) => { line: number; column: number };
}

/**
 * An entry whose frontmatter or body has problems: kept only so that the rest of its
 * references can be checked in the same run (see checkIntegrity). `raw` is the frontmatter
 * as written (undefined when it could not be read); `failed` the fields that failed.
 */
export interface PartialEntry {
  collection: Kind;
  file: string;
  raw: unknown;
  failed: readonly { path: readonly PropertyKey[]; code: string }[];
  links: BodyLink[];
  citations: BodyCitation[];
  locate: (path: readonly PropertyKey[]) => { line: number; column: number };
}

export interface RecordContent {
  people: Map<string, Entry<'people'>>;
  events: Map<string, Entry<'events'>>;
  sources: Map<string, Entry<'sources'>>;
  /** content/record.mdx, once it passes its checks. */
  about?: Entry<'record'>;
}
