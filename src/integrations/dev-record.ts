/**
 * `astro dev` only: while the last reading of content/ has problems (an edit broke a file),
 * page requests are answered with Vite's error overlay listing every problem with its
 * file:line:column, instead of the pages as they were before the edit; open tabs get the
 * overlay at once, and reload when the problems are fixed or the record changes. The record
 * loader (src/loaders/record-loader.ts) reports each reading through src/loaders/dev-state.ts
 * and prints the same problems in the terminal.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { devRecordState, type DevRecordState } from '../loaders/dev-state.ts';
import { describeProblems, type Problem } from '../lib/record/problems.ts';

/** What Vite's error overlay shows: the message, and where the first problem is. */
function overlayError(problems: readonly Problem[], root: string): Error & Record<string, unknown> {
  const error = new Error(describeProblems(problems)) as Error & Record<string, unknown>;
  // The message names every file and line; a stack trace of the loader would only add noise.
  error.stack = '';
  error['plugin'] = 'record';
  const first = problems[0];
  if (first) {
    const file = path.join(root, first.file);
    error['id'] = file;
    if (first.line > 0) error['loc'] = { file, line: first.line, column: first.column };
  }
  return error;
}

/** A request for a page (not for a script, a style or Vite's own modules). */
function isPageRequest(accept: string | undefined, url: string | undefined): boolean {
  return (accept ?? '').includes('text/html') || /\/$/.test((url ?? '').split('?')[0] ?? '');
}

/** The tabs' side of a change: which open pages reload. */
const DEV_RELOAD = fileURLToPath(new URL('../scripts/dev-reload.ts', import.meta.url));

/** What this integration reads of Vite's module runner: the modules it has evaluated. */
interface EvaluatedModules {
  idToModuleMap: Map<string, { file?: string | null }>;
  invalidateModule(module: { file?: string | null }): void;
}

/**
 * Marks the dynamic routes' modules (a `[` in their path under src/pages/) as not evaluated in
 * the environment's module runner, so the next request evaluates them again (their imports
 * stay as they are) and Astro, seeing a new module, asks for their paths again.
 */
function forgetRouteModules(environment: object | undefined, pages: string): void {
  const runner = (environment as { runner?: { evaluatedModules?: EvaluatedModules } } | undefined)?.runner;
  const modules = runner?.evaluatedModules;
  if (!modules) return;
  for (const module of modules.idToModuleMap.values()) {
    const file = module.file ?? '';
    if (file.startsWith(pages) && file.includes('[')) modules.invalidateModule(module);
  }
}

export function devRecord(): AstroIntegration {
  let project = process.cwd();
  let pages = path.join(project, 'src/pages/');
  /** This server's listener: one at a time, removed when the server stops or restarts. */
  let listener: Parameters<DevRecordState['listeners']['add']>[0] | undefined;
  return {
    name: 'record:dev',
    hooks: {
      'astro:config:setup': ({ command, injectScript }) => {
        if (command === 'dev') injectScript('page', `import ${JSON.stringify(DEV_RELOAD)};`);
      },
      'astro:config:done': ({ config }) => {
        // As the loader: RECORD_ROOT holds content/ when set (fixtures, benchmarks).
        project = fileURLToPath(config.root);
        pages = fileURLToPath(new URL('pages/', config.srcDir));
      },
      'astro:server:done': () => {
        if (listener) devRecordState().listeners.delete(listener);
        listener = undefined;
      },
      'astro:server:setup': ({ server }) => {
        const root = process.env['RECORD_ROOT'] ? path.resolve(process.env['RECORD_ROOT']) : project;
        const state = devRecordState();
        let shown = state.problems.length > 0;
        if (listener) state.listeners.delete(listener);
        listener = (problems, change) => {
          if (problems.length) {
            const error = overlayError(problems, root);
            server.environments.client.hot.send({
              type: 'error',
              err: {
                message: error.message,
                stack: '',
                plugin: 'record',
                id: error['id'] as string,
                loc: error['loc'] as never,
              },
            });
            shown = true;
            return;
          }
          if (change) {
            // The pages read the new record from memory (src/site/site-record.ts); what Astro
            // kept from the old one is each dynamic route's paths and props, cached with the
            // route's module. Evaluating those modules again makes Astro ask for the paths
            // again. (Astro's own signal for this, a hot message to the module runner, is lost
            // once Vite has re-optimized dependencies: measured, tests/tools/dev-loop.test.ts.)
            server.environments.ssr?.hot.send('astro:content-changed', {});
            forgetRouteModules(server.environments.ssr, pages);
          }
          if (shown) {
            // The overlay stays until a reload; the pages are right again.
            server.environments.client.hot.send({ type: 'full-reload', path: '*' });
            shown = false;
          } else if (change) {
            // Tabs showing a page the change may alter reload (src/scripts/dev-reload.ts).
            server.environments.client.hot.send('record:changed', { entries: change.entries });
          }
        };
        state.listeners.add(listener);
        server.middlewares.use((request, _response, next) => {
          const { problems } = devRecordState();
          if (!problems.length || !isPageRequest(request.headers.accept, request.url)) return next();
          next(overlayError(problems, root));
        });
      },
    },
  };
}
