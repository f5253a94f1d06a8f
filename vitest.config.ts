/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Four projects, each runnable alone (`npm run test:unit`, or `npx vitest run --project tools`):
// - unit: pure functions of src/lib and scripts/lib, in process; no child processes, no git.
// - tools: the command-line scripts and git, which spawn processes (slow on a busy machine).
// - build: `astro build` on fixtures, and checks of the real content's build.
// - browser: headless Chromium against the built site.
// Build and browser tests share one build of the real content, made by the global setup.
// Time limits are generous on purpose: the suite must pass on a loaded 2-core machine, and a
// limit only exists to stop a hung test, not to measure speed.
export default getViteConfig({
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000 },
      },
      {
        extends: true,
        test: { name: 'tools', include: ['tests/tools/**/*.test.ts'], testTimeout: 120_000 },
      },
      {
        extends: true,
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
        extends: true,
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
