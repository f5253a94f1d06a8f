// @ts-check
/**
 * The project's own astro.config.mjs, unchanged except for where Astro keeps its caches:
 * the bench points cacheDir (the content layer's data-store.json) and Vite's cache at a
 * fresh folder per build (BENCH_CACHE_DIR), so every measured build is cold and never
 * reads or overwrites node_modules/.astro of the working copy (which holds whatever the
 * last build left, up to tens of MB that Astro would parse before syncing).
 */
import path from 'node:path';
import config from '../../astro.config.mjs';
import { renderShares, renderTiming } from './render-timing.ts';

const cache = process.env.BENCH_CACHE_DIR;
if (!cache) throw new Error('BENCH_CACHE_DIR is not set: this config is for scripts/bench.ts');

const repeat = Number(process.env.BENCH_RENDER_REPEAT || 0);

export default {
  ...config,
  integrations: [...(config.integrations ?? []), repeat > 0 ? renderTiming(repeat) : renderShares()],
  cacheDir: path.join(cache, 'astro'),
  vite: { ...config.vite, cacheDir: path.join(cache, 'vite') },
};
