/**
 * `astro build` only: where the citation worker is (src/lib/cite/format-worker.ts), for the
 * pages' pool (src/site/citations.ts), as the build-time constant __RECORD_CITE_WORKER__.
 * The pages are bundled into dist/ and cannot find the file from where they run; the worker
 * runs from the source tree, on Node's own TypeScript support. `astro dev` formats on the
 * main thread, one page at a time.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const WORKER = fileURLToPath(new URL('../lib/cite/format-worker.ts', import.meta.url));

export function citationWorkers(): AstroIntegration {
  return {
    name: 'record:citation-workers',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'build') updateConfig({ vite: { define: { __RECORD_CITE_WORKER__: JSON.stringify(WORKER) } } });
      },
    },
  };
}
