/**
 * The floor's collections: Astro's built-in glob() loader over content/<collection>/*.md
 * with loose schemas that name only the fields the pages show and let every other field
 * through. Entry ids are the file names, so pages sit at the same URLs as ours.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** Dates come from YAML as numbers (1974), strings (1974-05) or Date objects (1974-05-03). */
const when = z.union([z.string(), z.number(), z.date()]);
const fileId = ({ entry }: { entry: string }) => entry.replace(/\.md$/, '');
const files = (collection: string) => glob({ pattern: '*.md', base: `./content/${collection}`, generateId: fileId });

export const collections = {
  people: defineCollection({
    loader: files('people'),
    schema: z.looseObject({
      name: z.string(),
      description: z.string().optional(),
      born: when.optional(),
      birthplace: z.string().optional(),
    }),
  }),
  events: defineCollection({
    loader: files('events'),
    schema: z.looseObject({
      title: z.string(),
      summary: z.string().optional(),
      date: when,
      end: when.optional(),
      place: z.string().optional(),
    }),
  }),
  sources: defineCollection({
    loader: files('sources'),
    schema: z.looseObject({
      kind: z.string(),
      title: z.string(),
      publisher: z.string().optional(),
      published: when.optional(),
    }),
  }),
};
