/**
 * Headless Chromium for browser tests and measurements: Debian's /usr/bin/chromium (or
 * CHROME_PATH), driven by playwright-core. Never downloads a browser.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export function chromiumPath(): string {
  const candidate = process.env['CHROME_PATH'] || '/usr/bin/chromium';
  if (!existsSync(candidate)) {
    throw new Error(
      `Chromium was not found at ${candidate}. The browser tests need it: on Debian or Ubuntu run ` +
        '`sudo apt-get install chromium` (`.ci/run` does this), or set CHROME_PATH to a Chrome or Chromium binary.',
    );
  }
  return candidate;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    // Running as root in CI needs --no-sandbox; the rest keeps Chromium from calling
    // out to Google's servers, which this machine's network refuses.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-default-apps',
    ],
  });
}
