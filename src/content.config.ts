/**
 * The collections of the record. Each reads content/<collection>/*.mdx through the
 * record loader, which validates with the schemas in src/schemas/ (one file per
 * concept, every field documented there) and checks every reference across entries.
 */
import { defineCollection } from 'astro:content';
import { recordLoader } from './loaders/record-loader.ts';
import { eventSchema } from './schemas/event.ts';
import { personSchema } from './schemas/person.ts';
import { recordDescriptionSchema } from './schemas/record-description.ts';
import { sourceSchema } from './schemas/source.ts';

export const collections = {
  people: defineCollection({ loader: recordLoader('people'), schema: personSchema }),
  events: defineCollection({ loader: recordLoader('events'), schema: eventSchema }),
  sources: defineCollection({ loader: recordLoader('sources'), schema: sourceSchema }),
  /** content/record.mdx alone: the record's name and what it covers. */
  record: defineCollection({ loader: recordLoader('record'), schema: recordDescriptionSchema }),
};
