// @ts-check
import { defineConfig, envField } from 'astro/config';
import mdx from '@astrojs/mdx';
import { recordSearch } from './src/integrations/search.ts';

// The public address of the site; the repository URL (edit links) is the REPOSITORY_URL
// setting below. Forks set SITE_URL and REPOSITORY_URL in the environment.
const site = process.env.SITE_URL || 'https://record.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  // One cached stylesheet for every page instead of a copy inlined into each.
  build: { inlineStylesheets: 'never' },
  // Collapse whitespace but keep one space between elements: with the default ('jsx'),
  // adjacent elements run together ("AuthorChris Whipple") in text that search indexes.
  compressHTML: true,
  env: {
    schema: {
      REPOSITORY_URL: envField.string({ context: 'client', access: 'public', url: true, default: 'https://github.com/record-project/record' }),
    },
  },
  integrations: [mdx(), recordSearch()],
});
