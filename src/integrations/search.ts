/**
 * Builds the Pagefind index as the last step of `astro build`, so `npm run build` alone
 * leaves a complete, searchable dist/. Only elements marked `data-pagefind-body` (the
 * entry's own content) are indexed.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

const UNUSED_UI = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css'];

export function recordSearch(): AstroIntegration {
  return {
    name: 'record-search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          // Only entry pages carry data-pagefind-body; the index pages (all events, a
          // year's timeline…) would be read and parsed for nothing.
          const added = await index.addDirectory({ path: fileURLToPath(dir), glob: '{people,events,sources}/*/index.html' });
          if (added.errors.length) throw new Error(`Pagefind could not index dist/: ${added.errors.join('; ')}`);
          const outputPath = fileURLToPath(new URL('pagefind/', dir));
          const written = await index.writeFiles({ outputPath });
          if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          // Pagefind also writes its three ready-made interfaces; the site uses its own.
          await Promise.all(UNUSED_UI.map((file) => rm(path.join(outputPath, file), { force: true })));
          logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
