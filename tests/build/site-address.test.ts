/**
 * Without SITE_URL the build invents no address: no example.org (or any domain of its own)
 * anywhere in dist/, what needs a full address left out, and one line saying so.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { astroBuild, TEST_SITE_URL, type BuildResult } from '../../scripts/lib/astro-build.ts';
import { listFiles } from '../../scripts/lib/files.ts';
import { NO_SITE_MESSAGE } from '../../src/integrations/site-address.ts';

const out = mkdtempSync(path.join(tmpdir(), 'record-no-site-'));
let build: BuildResult;
beforeAll(() => {
  build = astroBuild(out, undefined, { siteUrl: null });
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

test('builds, and says once what it left out and how to set SITE_URL', () => {
  expect(build.status, build.output).toBe(0);
  expect(build.output.split(NO_SITE_MESSAGE).length - 1).toBe(1);
});

test('no file in dist/ names example.org or the test address', () => {
  const hits = listFiles(out).filter((file) => {
    const bytes = readFileSync(path.join(out, file));
    return bytes.includes('example.org') || bytes.includes(new URL(TEST_SITE_URL).host);
  });
  expect(hits).toEqual([]);
});

test('leaves out the canonical link, og:url, the feed and the sitemap; keeps the data with site paths', () => {
  const home = readFileSync(path.join(out, 'index.html'), 'utf8');
  expect(home).not.toMatch(/rel="canonical"|og:url|rss\.xml|sitemap-index/);
  expect(existsSync(path.join(out, 'rss.xml'))).toBe(false);
  expect(existsSync(path.join(out, 'sitemap-index.xml'))).toBe(false);
  expect(readFileSync(path.join(out, 'robots.txt'), 'utf8')).not.toContain('Sitemap:');
  const data = JSON.parse(readFileSync(path.join(out, 'data/record.json'), 'utf8')) as {
    record: { url: unknown };
    events: { url: unknown; path: string }[];
  };
  expect(data.record.url).toBeNull();
  expect(data.events.every((e) => e.url === null && e.path.startsWith('/events/'))).toBe(true);
  const event = readFileSync(path.join(out, `events/${data.events[0]?.path.split('/')[2]}/index.html`), 'utf8');
  expect(event).toContain('application/ld+json');
  expect(event).not.toMatch(/"url":"https?:/);
});
