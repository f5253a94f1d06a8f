/**
 * `astro dev` as a child process, for `npm run measure:dev` and the dev-loop test: started on
 * a free port, its output kept (colours stripped), pages fetched and polled until they show
 * what an edit should have changed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { stripVTControlCharacters } from 'node:util';

export interface DevServer {
  origin: string;
  /** Everything the server printed so far, stdout and stderr interleaved, without colours. */
  output(): string;
  /** Stops the server and every process it started (it runs in its own process group). */
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Starts `node <astro> dev` with `args` in `cwd`; resolves once it has a port (not yet a page). */
export async function startDevServer(options: {
  astro: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
}): Promise<DevServer> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...options.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' };
  // Under a test runner: Astro's dev server leaves out its page handler when VITEST is set.
  for (const key of Object.keys(env)) if (key === 'VITEST' || key.startsWith('VITEST_')) delete env[key];
  const child: ChildProcess = spawn(
    process.execPath,
    [options.astro, 'dev', ...options.args, '--host', '127.0.0.1', '--port', String(port)],
    {
      cwd: options.cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  let text = '';
  const collect = (chunk: Buffer) => {
    text += stripVTControlCharacters(chunk.toString('utf8'));
    // Keep the tail only: a long session must not grow without bound.
    if (text.length > 4_000_000) text = text.slice(-2_000_000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    origin: `http://127.0.0.1:${port}`,
    output: () => text,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      try {
        process.kill(-(child.pid as number), 'SIGTERM');
      } catch {
        return;
      }
      const stopped = await Promise.race([exited.then(() => true), sleep(10_000).then(() => false)]);
      if (!stopped) {
        try {
          process.kill(-(child.pid as number), 'SIGKILL');
        } catch {
          // already gone
        }
        await exited;
      }
    },
  };
}

export interface Page {
  status: number;
  html: string;
}

export async function fetchPage(url: string, timeoutMs = 120_000): Promise<Page | undefined> {
  try {
    const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
    return { status: response.status, html: await response.text() };
  } catch {
    // Not listening yet, restarting, or no answer in time.
    return undefined;
  }
}

/**
 * Requests `url` again and again (one request at a time, `pauseMs` between) until `done`
 * says yes; returns the milliseconds from `since` to the end of that response, or throws
 * with the last response after `timeoutMs`.
 */
export async function pollPage(
  url: string,
  done: (page: Page) => boolean,
  options: { since: number; timeoutMs: number; pauseMs?: number },
): Promise<{ ms: number; page: Page }> {
  let last: Page | undefined;
  while (performance.now() - options.since < options.timeoutMs) {
    last = await fetchPage(url);
    if (last && done(last)) return { ms: performance.now() - options.since, page: last };
    await sleep(options.pauseMs ?? 25);
  }
  throw new Error(
    `${url} did not show the change within ${options.timeoutMs / 1000} s (last status ${last?.status ?? 'none'})`,
  );
}
