/**
 * Global setup for build and browser tests: one `astro build` of the real content into a
 * temporary folder, shared by every test file (and by both projects in one run).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { astroBuild, TEST_SITE_URL, type BuildResult } from '../../scripts/lib/astro-build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built site of the real content. */
    siteDir: string;
    /** What the build printed, for tests of its output. */
    buildOutput: string;
  }
}

interface Shared {
  dir: string;
  result: BuildResult;
  users: number;
}

const KEY = Symbol.for('record.test.site-build');
const registry = globalThis as unknown as Record<symbol, Shared | undefined>;

export default function setup(project: TestProject) {
  let shared = registry[KEY];
  if (!shared) {
    const dir = mkdtempSync(path.join(tmpdir(), 'record-site-'));
    shared = { dir, result: astroBuild(dir, undefined, { siteUrl: TEST_SITE_URL }), users: 0 };
    registry[KEY] = shared;
  }
  shared.users++;
  if (shared.result.status !== 0) {
    throw new Error(`astro build of the real content failed (exit ${shared.result.status}):\n${shared.result.output}`);
  }
  project.provide('siteDir', shared.dir);
  project.provide('buildOutput', shared.result.output);
  return () => {
    const current = registry[KEY];
    if (current && --current.users === 0) {
      rmSync(current.dir, { recursive: true, force: true });
      registry[KEY] = undefined;
    }
  };
}
