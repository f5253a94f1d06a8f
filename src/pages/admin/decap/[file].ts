/**
 * The editor's own script, served from the site: Decap CMS's prebuilt files, copied from
 * the pinned package at build time (the main script, the chunks it loads on demand, and
 * their WebAssembly). Never a CDN: /admin/ loads nothing from another origin but GitHub's API.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';

const DIST = path.join(process.cwd(), 'node_modules/decap-cms/dist');
const SERVED = /^(?:\d+\.)?decap-cms\.js$|^[0-9a-f]+\.wasm$/;

export const getStaticPaths = (() => {
  const files = readdirSync(DIST).filter((file) => SERVED.test(file));
  if (!files.includes('decap-cms.js')) {
    throw new Error(
      `${DIST} has no decap-cms.js: run npm install (the editor at /admin/ is served from that package).`,
    );
  }
  return files.map((file) => ({ params: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const file = String(params['file']);
  return new Response(readFileSync(path.join(DIST, file)), {
    headers: { 'content-type': file.endsWith('.wasm') ? 'application/wasm' : 'text/javascript; charset=utf-8' },
  });
};
