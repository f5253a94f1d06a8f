// ESLint: the recommended rules of ESLint, typescript-eslint and eslint-plugin-astro, run
// with --max-warnings 0 (`npm run lint`). Formatting is Prettier's job, not ESLint's.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

// The layers of src/lib (docs/architecture.md): each folder may import the folders listed
// for it, itself, and the loose files of src/lib (kinds.ts, urls.ts, sections.ts: the
// vocabulary everything shares, which import only each other). Nothing in src/lib imports
// the site, routes, components, layouts, loaders, integrations or scripts above it. So
// imports point one way: routes and components → page models (pages/, changes/) → the
// record, its graph, its outputs → time, git, text → nothing.
const BELOW_RECORD = ['text', 'git', 'time'];
const LIB_LAYERS = {
  text: [],
  git: ['text'],
  time: ['text', 'git'],
  record: BELOW_RECORD,
  graph: [...BELOW_RECORD, 'record'],
  figures: [...BELOW_RECORD, 'record', 'graph'],
  search: [...BELOW_RECORD, 'record', 'graph'],
  cite: [...BELOW_RECORD, 'record', 'graph'],
  data: [...BELOW_RECORD, 'record', 'graph', 'cite'],
  editor: [...BELOW_RECORD, 'record'],
  changes: [...BELOW_RECORD, 'record', 'graph', 'figures', 'search'],
  pages: [...BELOW_RECORD, 'record', 'graph', 'figures', 'search', 'cite', 'data'],
};
const LIB_FOLDERS = Object.keys(LIB_LAYERS);
const ABOVE_LIB = 'site|pages|components|layouts|loaders|integrations|scripts|content\\.config';

/** `../` written `n` times, as a regular expression. */
const up = (n) => `(?:\\.\\./){${n}}`;

/**
 * One rule block per folder and depth: a file `depth` folders below src/lib reaches a
 * sibling folder of src/lib as `../` × depth, and leaves src/lib with one `../` more.
 */
function layerRules() {
  const blocks = [];
  const block = (files, forbidden, depth, message) => ({
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            forbidden.length && {
              regex: `^${depth ? up(depth) : '\\./'}(?:${forbidden.join('|')})/`,
              message,
            },
            { regex: `^${up(depth + 1)}(?:${ABOVE_LIB})\\b`, message: 'src/lib never imports the site above it.' },
            { regex: `^${up(depth + 2)}`, message: 'src/lib never imports from outside src/.' },
          ].filter(Boolean),
        },
      ],
    },
  });
  const guide = 'Imports point down the layers of src/lib (see eslint.config.mjs and docs/architecture.md).';
  blocks.push(block(['src/lib/*.ts'], LIB_FOLDERS, 0, `The loose files of src/lib import only each other. ${guide}`));
  for (const [folder, allowed] of Object.entries(LIB_LAYERS)) {
    const forbidden = LIB_FOLDERS.filter((f) => f !== folder && !allowed.includes(f));
    const message = `src/lib/${folder}/ may import only ${[...allowed, folder].map((f) => `${f}/`).join(', ')} and the loose files of src/lib. ${guide}`;
    for (const depth of [1, 2, 3]) {
      const files = [`src/lib/${folder}/${'*/'.repeat(depth - 1)}*.ts`];
      blocks.push(block(files, forbidden, depth, message));
    }
  }
  return blocks;
}

export default defineConfig(
  {
    // Built output, caches, the bench's copies, and fixtures: fixtures are inputs under
    // test (hostile markup, bad frontmatter), not code anyone maintains.
    ignores: [
      'dist/',
      '.astro/',
      '.bench/',
      'tests/fixtures/',
      'scripts/bench/floor/dist/',
      'scripts/bench/floor/.astro/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    // Plain JavaScript config files run under Node; TypeScript files get the same from
    // @types/node, and typescript-eslint turns no-undef off for them.
    files: ['**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    // public/cite.js runs in the browser as it is (not bundled), so it sees the page's globals.
    files: ['public/**/*.js'],
    languageOptions: {
      globals: {
        document: 'readonly',
        window: 'readonly',
        HTMLAnchorElement: 'readonly',
        HTMLElement: 'readonly',
        scrollX: 'readonly',
        scrollY: 'readonly',
        addEventListener: 'readonly',
      },
    },
  },
  {
    rules: {
      // An argument or binding named with a leading underscore is unused on purpose
      // (a callback's position, a destructured field left out of a rest object).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // The schemas are read with the record: they may use its words, dates and ids, never
    // what is built from the record.
    files: ['src/schemas/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^\\.\\./lib/(?:${LIB_FOLDERS.filter((f) => !['text', 'time', 'record'].includes(f)).join('|')})/`,
              message: 'src/schemas/ may import only src/lib/text/, time/, record/ and the loose files of src/lib.',
            },
          ],
        },
      ],
    },
  },
  ...layerRules(),
);
