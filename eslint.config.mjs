// ESLint: the recommended rules of ESLint, typescript-eslint and eslint-plugin-astro, run
// with --max-warnings 0 (`npm run lint`). Formatting is Prettier's job, not ESLint's.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

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
);
