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
 * Builds the site into `outDir`. `recordRoot` is the folder holding content/ (a fixture);
 * the project's own content when omitted. `settings` are added to the environment
 * (REPOSITORY_URL, PUBLISHER_NAME…).
 */
export function astroBuild(outDir: string, recordRoot?: string, settings: Record<string, string> = {}): BuildResult {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...settings,
    ASTRO_TELEMETRY_DISABLED: '1',
    FORCE_COLOR: '0',
    NO_COLOR: '1',
  };
  if (recordRoot) env['RECORD_ROOT'] = recordRoot;
  else delete env['RECORD_ROOT'];
  // process.execPath is the Node this runs on: the project's Node 24 under npm scripts.
  const result = spawnSync(process.execPath, [ASTRO, 'build', '--outDir', outDir], {
    cwd: PROJECT,
    env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: stripVTControlCharacters(`${result.stdout}${result.stderr}`) };
}
