/**
 * What the record loader and the dev-server integration (src/integrations/dev-record.ts) share
 * in `astro dev`: the problems of the last reading of content/, and who to tell when they
 * change. Astro loads the content config and the Astro config as separate module instances,
 * so the state lives on globalThis under one registered symbol, not in a module variable.
 */
import type { Problem } from '../lib/record/problems.ts';

export interface DevRecordState {
  /** The problems of the last reading of content/ (none: the pages show the record as it is). */
  problems: readonly Problem[];
  /** Called by the loader after each reading of content/, with its problems (maybe none). */
  listeners: Set<(problems: readonly Problem[]) => void>;
  /**
   * Set by the integration: runs the record loader's collections again through Astro's content
   * layer (its `refreshContent`), which writes the store as soon as they are done instead of
   * after the half-second pause that follows a loader's own writes.
   */
  refresh?: (context: Record<string, unknown>) => Promise<void>;
}

const KEY = Symbol.for('record.dev-state');

export function devRecordState(): DevRecordState {
  const slot = globalThis as { [KEY]?: DevRecordState };
  slot[KEY] ??= { problems: [], listeners: new Set() };
  return slot[KEY];
}

export function reportDevProblems(problems: readonly Problem[]): void {
  const state = devRecordState();
  state.problems = problems;
  for (const listener of state.listeners) listener(problems);
}
