/**
 * For browser tests: headless Chromium and the built site on a local server, started
 * once per test file and closed after it.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';

export interface BuiltSite {
  readonly browser: Browser;
  /** "http://127.0.0.1:PORT" */
  readonly origin: string;
}

export function useBuiltSite(): BuiltSite {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
    server = await serveStatic(inject('siteDir'));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('the browser starts in beforeAll');
      return browser;
    },
    get origin() {
      if (!server) throw new Error('the server starts in beforeAll');
      return server.origin;
    },
  };
}
