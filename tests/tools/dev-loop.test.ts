/**
 * `astro dev` on a copy of the valid fixture record: an edited file is served as new HTML, on
 * its own page and on the pages that link to it; an edit that breaks a file answers pages with
 * the error overlay naming the file and line (and prints the same in the terminal); fixing the
 * file brings the pages back. No timings are asserted: limits only stop a hung server.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { fetchPage, pollPage, startDevServer, type DevServer } from '../../scripts/bench/dev-server.ts';
import { materialize } from '../support/fixtures.ts';
import { launchChromium } from '../../scripts/lib/chromium.ts';

const PROJECT = path.resolve(import.meta.dirname, '../..');
const root = materialize();
const eventFile = path.join(root, 'content/events/harris-concession-call.mdx');
let server: DevServer;
const url = (page: string) => `${server.origin}${page}`;
const poll = (page: string, done: Parameters<typeof pollPage>[1]) =>
  pollPage(url(page), done, { since: performance.now(), timeoutMs: 120_000, pauseMs: 100 });

beforeAll(async () => {
  server = await startDevServer({
    astro: path.join(PROJECT, 'node_modules/astro/bin/astro.mjs'),
    args: ['--root', PROJECT],
    cwd: PROJECT,
    env: { ...process.env, RECORD_ROOT: root, RECORD_REFERENCE_DATE: '2026-11-28' },
  });
  await pollPage(url('/events/harris-concession-call/'), (p) => p.status === 200, {
    since: performance.now(),
    timeoutMs: 300_000,
    pauseMs: 250,
  }).catch((error: Error) => {
    throw new Error(`${error.message}\n${server.output().slice(-3000)}`);
  });
}, 360_000);

afterAll(async () => {
  await server?.stop();
  rmSync(root, { recursive: true, force: true });
});

function edit(change: (text: string) => string): void {
  const before = readFileSync(eventFile, 'utf8');
  const after = change(before);
  expect(after, 'the edit changes the file').not.toBe(before);
  writeFileSync(eventFile, after);
}

test('a changed title is served on the event page and on the pages that link to it', async () => {
  edit((text) => text.replace(/^title: .*$/m, 'title: Harris telephones Trump to concede'));
  await poll('/events/harris-concession-call/', (p) => p.html.includes('Harris telephones Trump to concede'));
  // The participant's page lists the event by its title: it depends on the edited file too.
  await poll('/people/kamala-harris/', (p) => p.html.includes('Harris telephones Trump to concede'));
}, 300_000);

test('an added event file is served, and an edit after it too', async () => {
  const added = path.join(root, 'content/events/harris-concession-call-again.mdx');
  writeFileSync(added, readFileSync(eventFile, 'utf8').replace(/^title: .*$/m, 'title: Harris calls Trump once more'));
  await poll('/events/harris-concession-call-again/', (p) => p.status === 200 && p.html.includes('once more'));
  // Adding a file can make Astro reload its content config, which once swallowed the next save.
  edit((text) => text.replace(/^title: .*$/m, 'title: Harris rings Trump to concede'));
  await poll('/events/harris-concession-call/', (p) => p.html.includes('Harris rings Trump to concede'));
}, 300_000);

test('a save reloads the open tabs whose page it may change, and only those', async () => {
  // A person no entry names: no page of theirs shows the event.
  writeFileSync(
    path.join(root, 'content/people/jane-roe.mdx'),
    '---\nname: Jane Roe\ndescription: A person the event does not name.\n---\nBiography.\n',
  );
  await poll('/people/jane-roe/', (p) => p.status === 200);
  const browser = await launchChromium();
  try {
    const tabs = ['/events/harris-concession-call/', '/people/kamala-harris/', '/events/', '/people/jane-roe/'];
    const pages = await Promise.all(
      tabs.map(async (tab) => {
        const page = await browser.newPage();
        await page.goto(url(tab));
        // A mark that a reload wipes; Vite's client connects before the save.
        await page.evaluate(() => Object.assign(window, { unreloaded: true }));
        await page.waitForFunction(() =>
          window.performance.getEntriesByType('resource').some((r) => r.name.includes('@vite/client')),
        );
        return page;
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    edit((text) => text.replace(/^title: .*$/m, 'title: Harris phones Trump to concede'));
    const reloaded = (i: number) =>
      pages[i]!.waitForFunction(() => !('unreloaded' in window), undefined, { timeout: 60_000 });
    // The event, a participant's page and the list of events reload and show the new title.
    await Promise.all([reloaded(0), reloaded(1), reloaded(2)]);
    for (const page of pages.slice(0, 3)) expect(await page.content()).toContain('Harris phones Trump to concede');
    // Once those have reloaded, the unrelated person's tab has had the same message and kept its page.
    expect(await pages[3]!.evaluate(() => 'unreloaded' in window)).toBe(true);
  } finally {
    await browser.close();
  }
}, 300_000);

test('an edit that breaks a file shows its problem with file:line, and fixing it brings the page back', async () => {
  const broken = 'kamala-harriss';
  edit((text) => text.replace('person: kamala-harris', `person: ${broken}`));
  const lines = readFileSync(eventFile, 'utf8').split('\n');
  const line = lines.findIndex((l) => l.includes(broken)) + 1;
  const where = new RegExp(`content/events/harris-concession-call\\.mdx:${line}:\\d+`);
  const { page } = await poll('/events/harris-concession-call/', (p) => p.status === 500);
  expect(page.html).toMatch(where);
  expect(page.html).toContain(broken);
  expect(server.output()).toMatch(where);

  edit((text) => text.replace(`person: ${broken}`, 'person: kamala-harris'));
  await poll('/events/harris-concession-call/', (p) => p.status === 200);
  expect((await fetchPage(url('/people/kamala-harris/')))?.status).toBe(200);
}, 300_000);
