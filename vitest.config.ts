import { defineConfig } from 'vitest/config';

// Four projects, each runnable alone (`npm run test:unit`, or `npx vitest run --project tools`):
// - unit: pure functions of src/lib and scripts/lib, in process; no child processes, no git.
// - tools: the command-line scripts and git, which spawn processes (slow on a busy machine).
// - build: `astro build` on fixtures, and checks of the real content's build.
// - browser: headless Chromium against the built site.
// Build and browser tests share one build of the real content, made by the global setup.
//
// A plain Vite config, not Astro's getViteConfig: no test imports an `astro:` module (the
// code under test is plain TypeScript, and builds run `astro build` as a process), and
// loading Astro's config and plugins took two thirds of the unit project's CPU time.
// A test that needs `astro:` imports would get a project of its own built with getViteConfig.
//
// Time limits are generous on purpose: the suite must pass on a loaded 2-core machine, and a
// limit only exists to stop a hung test, not to measure speed.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          testTimeout: 30_000,
          // Test files share workers instead of starting one each (half the unit project's
          // time). Safe because unit tests are pure: no module mocks, no global state.
          isolate: false,
        },
      },
      {
        test: { name: 'tools', include: ['tests/tools/**/*.test.ts'], testTimeout: 120_000 },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          globalSetup: ['tests/support/build-site.ts'],
          // Each file runs `astro build`; two at once would share Astro's cache folder.
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 600_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/support/build-site.ts'],
          fileParallelism: false,
          // Per test, and a test is one page at most (see accessibility.test.ts).
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
