import { z } from 'astro/zod';
import { text, TITLE_LENGTH } from './common.ts';

/** content/record.mdx: what this record is about, shown on the home page and in metadata. */
export const recordDescriptionSchema = z.strictObject({
  title: text('The name of the record, shown in every page title: "The 2024 Transition Record".', {
    max: TITLE_LENGTH,
  }),
  tagline: text('One line under the name on the home page.'),
  description: text('Two sentences on what the record covers, for search engines and link previews.').pipe(
    z.string().max(300, { error: 'must be at most 300 characters' }),
  ),
  language: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, { error: 'must be a language tag like "en" or "en-US"' })
    .default('en')
    .describe('The language of the content: "en".'),
});

export type RecordDescription = z.output<typeof recordDescriptionSchema>;
