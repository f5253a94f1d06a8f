/**
 * The editor at /admin/, end to end with no network and no GitHub: decap-server (the
 * editor's local backend, which writes real files) serves a git repository holding a
 * copy of the shipped content. The test creates a person, adds them to the concession
 * call as a participant with the relation picker, adds a quote with speaker and source,
 * and saves; the files written must pass the content check, `npm run changes` must
 * report exactly those changes, and the event's diff must touch no other line. Malformed
 * dates and empty required fields are refused in the form.
 *
 * decap-server listens on port 8081, the address /admin/ looks for (src/lib/editor/cms-config.ts).
 * Waits are for states (an element, a file on disk), never for a fixed time.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { useBuiltSite } from '../support/browser.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const PORT = 8081;
const site = useBuiltSite();
const repo = mkdtempSync(path.join(tmpdir(), 'record-admin-'));
const env = { ...process.env, RECORD_REFERENCE_DATE: '2026-12-01', GIT_CONFIG_NOSYSTEM: '1', HOME: repo };
let server: ChildProcess | undefined;
let serverLog = '';

const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], {
    cwd: repo,
    env,
    encoding: 'utf8',
  });

/** Resolves once decap-server answers its info request. */
async function untilServing(): Promise<void> {
  for (let tries = 0; tries < 600; tries++) {
    if (server?.exitCode !== null) throw new Error(`decap-server stopped:\n${serverLog}`);
    try {
      const response = await fetch(`http://localhost:${PORT}/api/v1`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ action: 'info' }),
      });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`decap-server did not answer on port ${PORT}:\n${serverLog}`);
}

beforeAll(async () => {
  cpSync(path.join(ROOT, 'content'), path.join(repo, 'content'), { recursive: true });
  git('init', '--quiet', '--initial-branch=main');
  git('add', '-A');
  git('commit', '--quiet', '-m', 'shipped content');
  server = spawn(process.execPath, [path.join(ROOT, 'node_modules/decap-server/dist/index.js')], {
    env: { ...env, GIT_REPO_DIRECTORY: repo, PORT: String(PORT), MODE: 'fs', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (d: Buffer) => (serverLog += d.toString()));
  server.stderr?.on('data', (d: Buffer) => (serverLog += d.toString()));
  await untilServing();
}, 120_000);

afterAll(() => {
  server?.kill();
  rmSync(repo, { recursive: true, force: true });
});

/** A page that records requests to other origins, errors and CSP violations. */
async function editor(hash: string, width = 1280): Promise<{ page: Page; foreign: string[]; violations: string[] }> {
  const page = await site.browser.newPage({ viewport: { width, height: 900 } });
  page.setDefaultTimeout(90_000);
  const foreign: string[] = [];
  const violations: string[] = [];
  page.on('request', (r) => {
    const origin = new URL(r.url()).origin;
    if (origin !== site.origin && origin !== `http://localhost:${PORT}`) foreign.push(r.url());
  });
  page.on('console', (m) => {
    if (m.text().startsWith('CSP violation')) violations.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.goto(`${site.origin}/admin/${hash}`);
  // The editor validates the generated configuration against its published schema (Ajv,
  // decap-cms-core's configSchema) before it shows this button, and shows the errors
  // instead when it is invalid. The local backend asks for no password: the button enters.
  await page.getByRole('button', { name: 'Login' }).click();
  return { page, foreign, violations };
}

/** The last visible field of that label: the one in the list item just added. */
const lastField = (page: Page, label: string) =>
  page.getByLabel(label, { exact: true }).filter({ visible: true }).last();

/** Picks an entry in a relation picker by typing part of its name. */
async function pick(page: Page, input: ReturnType<Page['getByLabel']>, typed: string, option: string) {
  await input.click();
  await input.fill(typed);
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Saves (the local backend publishes directly) and waits until the file on disk has changed. */
async function publish(page: Page, file: string, before: string | undefined) {
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Publish now' }).click();
  const full = path.join(repo, file);
  try {
    await expect
      .poll(() => (existsSync(full) ? readFileSync(full, 'utf8') : undefined), { timeout: 90_000, interval: 200 })
      .not.toBe(before);
  } catch (error) {
    // The form refused to save: say which fields it marked.
    const marked = await page
      .locator('ul li')
      .filter({ hasText: /required|match|must/i })
      .allInnerTexts();
    await page.screenshot({ path: path.join(tmpdir(), 'record-admin-failed.png'), fullPage: true });
    throw new Error(`${file} was not saved; the form says: ${marked.join(' | ')}`, { cause: error });
  }
}

const EVENT = 'content/events/harris-concession-call.mdx';
const PERSON = 'content/people/jane-example.mdx';

test('a malformed date and an empty required field are refused with the messages', async () => {
  const { page } = await editor('#/collections/people/new');
  await page.getByLabel('Name', { exact: true }).fill('Someone Refused');
  await page.getByLabel('Born').fill('6 November 1950');
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Publish now' }).click();
  // The record's messages (src/schemas/common.ts), after the field's label.
  await expect
    .poll(() => page.getByText(/^Born must be a date: 1869 \(a year\), 2025-03 \(a month\)/).count())
    .toBeGreaterThan(0);
  await expect.poll(() => page.getByText('Description must not be empty.', { exact: true }).count()).toBe(1);
  expect(await page.getByText(/is required/i).count()).toBe(0);
  expect(existsSync(path.join(repo, 'content/people/someone-refused.mdx'))).toBe(false);
  await page.close();
});

test('at 375px the form and its toolbar fit the screen', async () => {
  const { page } = await editor('#/collections/events/entries/harris-concession-call', 375);
  await page.getByLabel('Title', { exact: true }).waitFor();
  const width = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, screen: innerWidth }));
  expect(width.page).toBeLessThanOrEqual(width.screen);
  // Every field and toolbar button ends inside the screen (Decap keeps its editor 800px wide).
  const past = await page.evaluate(() =>
    [...document.querySelectorAll('input, textarea, button, label')]
      .filter((e) => e.getClientRects().length > 0 && e.getBoundingClientRect().right > innerWidth + 0.5)
      .map((e) => `${e.tagName} ${e.textContent?.trim().slice(0, 40) ?? ''}`),
  );
  expect(past).toEqual([]);
  await expect.poll(() => page.getByRole('button', { name: 'Delete entry' }).isVisible()).toBe(true);
  await page.close();
});

test('create a person, add them to the concession call with a quote: the check passes, the diff is only that', async () => {
  const eventBefore = readFileSync(path.join(repo, EVENT), 'utf8');

  const person = await editor('#/collections/people/new');
  await person.page.getByLabel('Name', { exact: true }).fill('Jane Example');
  await person.page.getByLabel('Description', { exact: true }).fill('An aide who listened to the call, for this test.');
  await person.page.getByLabel('Born').fill('1950');
  await publish(person.page, PERSON, undefined);
  await person.page.close();

  const event = await editor('#/collections/events/entries/harris-concession-call');
  const { page } = event;
  await page.getByRole('button', { name: 'Add participants' }).click();
  await pick(page, lastField(page, 'Person'), 'Jane', 'Jane Example');
  await lastField(page, 'Role').fill('listened to the call');
  await page.getByRole('button', { name: 'Add quotes' }).click();
  await lastField(page, 'Text').fill('We heard it all');
  await pick(page, lastField(page, 'Speaker (optional)'), 'Jane', 'Jane Example');
  await pick(page, lastField(page, 'Source'), 'Uncharted', 'Uncharted');
  await pick(page, lastField(page, 'Attribution'), 'rep', 'reported');
  await publish(page, EVENT, eventBefore);
  expect(event.foreign).toEqual([]);
  expect(event.violations).toEqual([]);
  await page.close();

  // The files pass the content check.
  const check = spawnSync(process.execPath, [path.join(ROOT, 'scripts/check-content.ts'), '--root', repo], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
  });
  expect(check.status, `${check.stdout}${check.stderr}`).toBe(0);

  // git sees exactly the new person and the event's new lines.
  expect(git('status', '--porcelain').split('\n').filter(Boolean).sort()).toEqual([` M ${EVENT}`, `?? ${PERSON}`]);
  const diff = git('diff', '--unified=0', '--', EVENT);
  const removed = diff.split('\n').filter((l) => l.startsWith('-') && !l.startsWith('---'));
  const added = diff.split('\n').filter((l) => l.startsWith('+') && !l.startsWith('+++'));
  expect(removed).toEqual([]);
  expect(added).toEqual([
    '+  - person: jane-example',
    '+    role: listened to the call',
    '+  - text: We heard it all',
    '+    speaker: jane-example',
    '+    source: uncharted',
    '+    attribution: reported',
  ]);
  expect(readFileSync(path.join(repo, PERSON), 'utf8')).toBe(
    '---\nname: Jane Example\ndescription: An aide who listened to the call, for this test.\nborn: "1950"\n---\n',
  );

  // npm run changes reports those changes and nothing else.
  const changes = spawnSync(process.execPath, [path.join(ROOT, 'scripts/changes.ts'), 'HEAD', '--root', repo], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
  });
  expect(changes.status, changes.stderr).toBe(0);
  expect(changes.stdout).toContain('Jane Example');
  expect(changes.stdout).toContain('- participants: + Jane Example (listened to the call)');
  expect(changes.stdout).toMatch(/1 person added/);
  expect(changes.stdout).toMatch(/1 event changed/);
}, 600_000);
