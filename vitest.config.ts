/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Three projects: unit tests of src/lib (fast), build tests (astro build on fixtures and
// on the real content), browser tests (headless Chromium against the built site).
// Build and browser tests share one build of the real content, made by the global setup.
export default getViteConfig({
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
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
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
