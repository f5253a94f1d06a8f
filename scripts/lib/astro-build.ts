/** Runs the project's own `astro build`, as npm does, for tests and checking scripts. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';

export const PROJECT = path.resolve(import.meta.dirname, '../..');
const ASTRO = path.join(PROJECT, 'node_modules/astro/bin/astro.mjs');

export interface BuildResult {
  status: number | null;
  /** stdout and stderr together, without terminal colours. */
  output: string;
}

/**
 * An address for builds under test that need one (the sitemap, the feed, JSON-LD urls):
 * `.test` is reserved for testing (RFC 6761), so it can never be mistaken for the site's.
 */
export const TEST_SITE_URL = 'https://record.test/';

/**
 * Builds the site into `outDir`. `recordRoot` is the folder holding content/ (a fixture);
 * the project's own content when omitted. `siteUrl`: the SITE_URL to build with; null
 * builds without one; the environment's when omitted. `settings` are added to the
 * environment (REPOSITORY_URL, PUBLISHER_NAME…).
 */
export function astroBuild(
  outDir: string,
  recordRoot?: string,
  options: { siteUrl?: string | null; settings?: Record<string, string> } = {},
): BuildResult {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...options.settings,
    ASTRO_TELEMETRY_DISABLED: '1',
    FORCE_COLOR: '0',
    NO_COLOR: '1',
  };
  if (recordRoot) env['RECORD_ROOT'] = recordRoot;
  else delete env['RECORD_ROOT'];
  if (options.siteUrl === null) delete env['SITE_URL'];
  else if (options.siteUrl !== undefined) env['SITE_URL'] = options.siteUrl;
  // process.execPath is the Node this runs on: the project's Node 24 under npm scripts.
  const result = spawnSync(process.execPath, [ASTRO, 'build', '--outDir', outDir], {
    cwd: PROJECT,
    env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: stripVTControlCharacters(`${result.stdout}${result.stderr}`) };
}
