import { z } from 'astro/zod';
import { prose, tag, text, TITLE_LENGTH } from './common.ts';

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
  tags: z
    .array(
      z.strictObject({
        tag: tag.describe('The tag, in kebab-case, as events write it: "phone-call".'),
        description: prose('What the tag covers, in one line: shown on its page.'),
      }),
    )
    .default([])
    .superRefine((tags, ctx) => {
      const seen = new Set<string>();
      for (const [i, { tag: name }] of tags.entries()) {
        if (seen.has(name)) ctx.addIssue({ code: 'custom', path: [i, 'tag'], message: `"${name}" is listed twice` });
        seen.add(name);
      }
    })
    .describe(
      "The topic tags events may use, each with one line on what it covers (`- tag: concession` and `description: Conceding an election.`). An event's `tags` must be listed here.",
    ),
});

export type RecordDescription = z.output<typeof recordDescriptionSchema>;
