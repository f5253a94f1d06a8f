/**
 * npm run measure:admin -- --root DIR [--dist DIR] — how long the editor at /admin/ takes
 * on a record: decap-server serves DIR/content (a generated record, say: npm run generate),
 * the built site (--dist, default dist/) is served locally, and headless Chromium opens
 * /admin/. Prints, in milliseconds: the events list shown, an event's form open, and the
 * relation picker finding a person by name. A measurement, not a test: nothing is asserted.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from './lib/chromium.ts';
import { serveStatic } from './lib/static-server.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const root = option('root');
const dist = path.resolve(option('dist') ?? 'dist');
if (!root || !existsSync(path.join(root, 'content/events'))) {
  console.error(
    'usage: npm run measure:admin -- --root DIR [--dist DIR]   (DIR holds content/, as npm run generate writes)',
  );
  process.exit(2);
}
if (!existsSync(path.join(dist, 'admin/index.html'))) {
  console.error(`${dist} has no admin/index.html: run npm run build first, or pass --dist`);
  process.exit(2);
}

const events = readdirSync(path.join(root, 'content/events')).filter((f) => f.endsWith('.mdx'));
const people = readdirSync(path.join(root, 'content/people')).filter((f) => f.endsWith('.mdx'));
const event = events[Math.floor(events.length / 2)]?.replace(/\.mdx$/, '') ?? '';
const personFile = people[Math.floor(people.length / 3)] ?? '';
const personName = /^name: (.+)$/m.exec(readFileSync(path.join(root, 'content/people', personFile), 'utf8'))?.[1] ?? '';

const server = spawn(process.execPath, [path.resolve('node_modules/decap-server/dist/index.js')], {
  env: { ...process.env, GIT_REPO_DIRECTORY: path.resolve(root), PORT: '8081', MODE: 'fs', LOG_LEVEL: 'warn' },
  stdio: 'ignore',
});
const site = await serveStatic(dist);
const browser = await launchChromium();
try {
  for (let tries = 0; ; tries++) {
    try {
      const response = await fetch('http://localhost:8081/api/v1', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ action: 'info' }),
      });
      if (response.ok) break;
    } catch {
      if (tries > 300) throw new Error('decap-server did not start on port 8081');
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(600_000);
  await page.goto(`${site.origin}/admin/#/collections/events`);
  let start = performance.now();
  await page.getByRole('button', { name: 'Login' }).click();
  await page.getByRole('link', { name: 'People' }).first().waitFor();
  await page.locator('a[href*="#/collections/events/entries/"]').first().waitFor();
  const list = performance.now() - start;

  start = performance.now();
  await page.goto(`${site.origin}/admin/#/collections/events/entries/${event}`);
  await page.getByLabel('Title', { exact: true }).first().waitFor();
  await page.getByRole('button', { name: 'Add participants' }).waitFor();
  const open = performance.now() - start;

  await page.getByRole('button', { name: 'Add participants' }).click();
  const input = page.getByLabel('Person', { exact: true }).filter({ visible: true }).last();
  await input.click();
  start = performance.now();
  await input.fill(personName);
  await page.getByRole('option', { name: personName }).first().waitFor();
  const pick = performance.now() - start;

  console.log(`record: ${events.length} events, ${people.length} people (${root})`);
  console.log(`| step | ms |\n| --- | ---: |`);
  console.log(`| sign in (local server) to the events list shown | ${list.toFixed(0)} |`);
  console.log(`| open an event's form (${event}) | ${open.toFixed(0)} |`);
  console.log(`| relation picker: type "${personName}" until it is offered | ${pick.toFixed(0)} |`);
} finally {
  await browser.close();
  await site.close();
  server.kill();
}
