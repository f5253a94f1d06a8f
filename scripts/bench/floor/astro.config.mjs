/**
 * The floor: a minimal Astro 7 site over the same corpus as plain Markdown, built by
 * scripts/bench.ts from a copy of this folder, with the converted corpus in content/ and
 * a node_modules of links to the project's packages. Defaults everywhere,
 * except that the caches stay inside the copied site and the stylesheet is delivered the
 * way our own build delivers it (BENCH_INLINE_STYLESHEETS, read by the bench from the
 * project's astro.config.mjs), so page weight compares like with like. With
 * `npm run bench -- --render-repeat N`, the bench's render timing (the same integration as
 * for our build, scripts/bench/render-timing.ts) is added through BENCH_RENDER_TIMING;
 * without it, the same file's shares of rendering time per kind of page.
 */
import { defineConfig } from 'astro/config';

const inline = process.env.BENCH_INLINE_STYLESHEETS;
const timing = process.env.BENCH_RENDER_TIMING;
const repeat = Number(process.env.BENCH_RENDER_REPEAT || 0);

export default defineConfig({
  site: 'https://record.example.org',
  trailingSlash: 'always',
  cacheDir: './.cache/astro',
  vite: { cacheDir: './.cache/vite' },
  build: { inlineStylesheets: inline === 'always' || inline === 'never' ? inline : 'auto' },
  integrations: timing
    ? [repeat > 0 ? (await import(timing)).renderTiming(repeat) : (await import(timing)).renderShares()]
    : [],
});
