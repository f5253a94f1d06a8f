/**
 * node scripts/bench/index-site.ts DIST — our build's indexing step (writeSearchIndex in
 * src/integrations/search.ts) on a built site's entry pages, as its own process so that
 * the bench measures its wall time, CPU time (Pagefind's process included) and memory the
 * way it measures a build. The bench runs it on the floor's pages.
 */
import { performance } from 'node:perf_hooks';
import { writeSearchIndex } from '../../src/integrations/search.ts';

const dist = process.argv[2];
if (!dist) {
  console.error('usage: node scripts/bench/index-site.ts DIST');
  process.exit(2);
}
const started = performance.now();
const { pages } = await writeSearchIndex(dist);
console.log(`indexed ${pages} pages in ${Math.round(performance.now() - started)} ms`);
