// @ts-check
import { defineConfig, envField } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { execFileSync } from 'node:child_process';
import { citationWorkers } from './src/integrations/citation-workers.ts';
import { devRecord } from './src/integrations/dev-record.ts';
import { recordSearch } from './src/integrations/search.ts';
import { siteAddress } from './src/integrations/site-address.ts';
import { forgeRepository } from './src/lib/git/repository.ts';

// The public address of the site, and the folder it is served under (GitHub Pages serves
// a project at /<repository>/); the repository (edit links) is REPOSITORY_URL, or else the
// git remote "origin" when it is on GitHub, GitLab or Codeberg; with neither, entry pages
// have no edit links. Forks set SITE_URL, BASE_PATH and REPOSITORY_URL in the environment.
// Without SITE_URL no domain is invented: pages leave out what needs a full address, and
// the build says so (src/integrations/site-address.ts).
const site = process.env.SITE_URL || undefined;
const base = process.env.BASE_PATH || '/';

/** The origin remote as a forge's web address (credentials dropped), if there is one. */
function remoteRepository() {
  try {
    const remote = execFileSync('git', ['remote', 'get-url', 'origin'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return forgeRepository(remote)?.url;
  } catch {
    // No git, no repository, or no remote called origin: no edit links.
    return undefined;
  }
}
const remote = remoteRepository();

export default defineConfig({
  ...(site ? { site } : {}),
  base,
  trailingSlash: 'always',
  build: {
    // One cached stylesheet for every page instead of a copy inlined into each.
    inlineStylesheets: 'never',
    // Four pages in flight: while one page's file is being written, the next is rendered.
    // Rendering one at a time left the main thread idle a fifth of the time, waiting on
    // writes (docs/performance.md).
    concurrency: 4,
  },
  // Collapse whitespace but keep one space between elements: with the default ('jsx'),
  // adjacent elements run together ("AuthorChris Whipple") in text that search indexes.
  compressHTML: true,
  env: {
    schema: {
      REPOSITORY_URL: envField.string({ context: 'client', access: 'public', url: true, optional: true }),
      // Who publishes the record, named on /about/; unset, the page names no one.
      PUBLISHER_NAME: envField.string({ context: 'server', access: 'public', optional: true }),
      // The OAuth helper the editor at /admin/ signs in through (CONTRIBUTING.md, "Setting up the editor").
      CMS_AUTH_URL: envField.string({ context: 'client', access: 'public', url: true, optional: true }),
      // Derived from git, not set by hand: REPOSITORY_URL wins (src/lib/git/repository.ts).
      REPOSITORY_REMOTE: envField.string({
        context: 'client',
        access: 'public',
        url: true,
        ...(remote ? { default: remote } : { optional: true }),
      }),
    },
  },
  // No Markdown pages are rendered by Astro (content is rendered by the record loader),
  // and Shiki's inline styles would not pass the CSP.
  markdown: { syntaxHighlight: false },
  security: {
    // A <meta> policy on every page: only the site's own hashed scripts and styles, plus
    // what Pagefind needs to run its WebAssembly in a Web Worker from the same origin.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  integrations: [
    mdx(),
    sitemap({ filter: (page) => !/\/404\/?$/.test(page) && !/\/admin\//.test(page) }),
    recordSearch(),
    siteAddress(),
    // `astro build` only: "Cite this page" formatted on a worker thread while pages render.
    citationWorkers(),
    // `astro dev` only: an edit that breaks a file shows its problems in the browser.
    devRecord(),
  ],
  vite: {
    // Scripts as files, never inlined into every page: the theme toggle's few hundred
    // bytes are then cached once instead of repeated in each page's HTML.
    build: { assetsInlineLimit: 0 },
    plugins: [
      {
        // Content pages run one small script until search is opened. With module preload
        // off, Vite's helper around its dynamic import preloads nothing (an empty list),
        // though Vite 8 still bundles the helper itself (about 1.7 kB of the 2.3 kB
        // SearchControl script; vitejs/vite#13952). Astro sets the option itself, so it is
        // turned off per environment here.
        name: 'record:no-module-preload',
        configEnvironment(name, config) {
          if (name === 'client') config.build = { ...config.build, modulePreload: false };
        },
      },
    ],
  },
});
