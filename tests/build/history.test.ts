/**
 * History from git on the built site: a fixture record in a git repository of its own,
 * with three commits to one event (the last a correction whose text is hostile), builds
 * with three history rows and one correction on the entry, its history page, /changes/,
 * /corrections/ and both Atom feeds; a shallow clone of it builds without history and
 * says so.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { git } from '../support/git.ts';
import { astroBuild } from '../../scripts/lib/astro-build.ts';
import { materialize } from '../support/fixtures.ts';

const EVENT = 'content/events/harris-concession-call.mdx';
const REPOSITORY = 'https://github.com/example/record';
/** Content is hostile: a correction's text that would be markup, end a script, or break XML. */
const CORRECTION = 'The call was on <b>6 November</b> & not "7"; ]]> </script><script>alert(1)</script>';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const temp = (prefix: string) => {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
};

function edit(root: string, from: string, to: string) {
  const file = path.join(root, EVENT);
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${EVENT} has no "${from}"`);
  writeFileSync(file, text.replace(from, to));
}

const read = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8');
/** Rows of CommitRows.astro and of the corrections page. */
const rows = (html: string) => html.match(/<li id="(commit|correction)-[0-9a-f]{12}/g) ?? [];

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => name === 'entry' || name === 'link',
});
const INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/;

interface AtomEntry {
  id: string;
  title: string;
  updated: string;
  summary: string;
  link: { '@href': string; '@rel': string }[];
}

/** The feed parsed, after checking what RFC 4287 requires of a feed and its entries. */
function atom(text: string): { title: string; entry?: AtomEntry[] } {
  const doc = xml.parse(text, true) as { feed?: Record<string, unknown> };
  const feed = doc.feed;
  if (!feed) throw new Error('no <feed>');
  expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
  expect(feed['id']).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
  expect(feed['updated']).toMatch(INSTANT);
  expect(feed['title']).toBeTruthy();
  expect((feed['author'] as { name?: string }).name).toBeTruthy();
  const links = feed['link'] as { '@rel': string; '@href': string }[];
  expect(links.map((l) => l['@rel']).sort()).toEqual(['alternate', 'self']);
  const entries = (feed['entry'] ?? []) as AtomEntry[];
  for (const entry of entries) {
    expect(entry.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(entry.updated).toMatch(INSTANT);
    expect(String(entry.title)).toBeTruthy();
    expect(entry.link[0]?.['@href']).toBeTruthy();
  }
  expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  return feed as { title: string; entry?: AtomEntry[] };
}

describe('a record with three commits to one event, the last a correction', () => {
  const root = materialize();
  dirs.push(root);
  const out = temp('record-history-');
  const hashes: string[] = [];

  beforeAll(() => {
    git(root, ['init', '-q', '-b', 'main']);
    git(root, ['add', '.']);
    git(root, ['commit', '-q', '-m', 'Add the record'], '2024-11-07T10:00:00Z');
    edit(root, 'Harris phones Trump to concede.', 'Harris phones Trump to concede the election.');
    git(root, ['commit', '-q', '-a', '-m', 'Say what Harris conceded'], '2025-01-02T10:00:00Z');
    edit(root, 'date: 2024-11-06', 'date: 2024-11-06\nplace: Washington, D.C.');
    git(
      root,
      ['commit', '-q', '-a', '-m', `Add where the call was made\n\nCorrection: ${CORRECTION}`],
      '2025-02-03T10:00:00Z',
    );
    hashes.push(...git(root, ['log', '--format=%H']).trim().split('\n'));
    const { status, output } = astroBuild(out, root, { settings: { REPOSITORY_URL: REPOSITORY } });
    expect(status, output).toBe(0);
  }, 240_000);

  test('the entry links to its history and lists its one correction, escaped', () => {
    const page = read(out, 'events/harris-concession-call/index.html');
    expect(page).toContain('href="/events/harris-concession-call/history/"');
    expect(page).toContain('<h2 id="corrections">Corrections</h2>');
    expect(page).toContain('The call was on &lt;b&gt;6 November&lt;/b&gt; &amp; not');
    expect(page).not.toContain('<script>alert(1)');
  });

  test('the entry’s JSON-LD carries the correction as a CorrectionComment', () => {
    const page = read(out, 'events/harris-concession-call/index.html');
    const script = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page)?.[1] ?? '';
    const data = JSON.parse(script) as { mainEntityOfPage?: { correction?: unknown[] } };
    expect(data.mainEntityOfPage?.correction).toEqual([
      { '@type': 'CorrectionComment', text: CORRECTION, datePublished: '2025-02-03T10:00:00Z' },
    ]);
  });

  test('the history page has three rows, newest first, each linked to its commit', () => {
    const page = read(out, 'events/harris-concession-call/history/index.html');
    expect(rows(page)).toHaveLength(3);
    const subjects = ['Add where the call was made', 'Say what Harris conceded', 'Add the record'];
    const positions = subjects.map((s) => page.indexOf(s));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const hash of hashes) expect(page).toContain(`href="${REPOSITORY}/commit/${hash}"`);
    expect(page.match(/<strong class="correction-mark">/g)).toHaveLength(1);
  });

  test('a person changed only in the first commit has one row', () => {
    expect(rows(read(out, 'people/donald-trump/history/index.html'))).toHaveLength(1);
  });

  test('/changes/ lists the three commits and /corrections/ the one correction', () => {
    expect(rows(read(out, 'changes/index.html'))).toHaveLength(3);
    const corrections = read(out, 'corrections/index.html');
    expect(rows(corrections)).toHaveLength(1);
    expect(corrections).toContain('The call was on &lt;b&gt;6 November&lt;/b&gt;');
    expect(corrections).toContain('href="/events/harris-concession-call/"');
  });

  test('the changes feed has the three commits and the corrections feed the one correction, as valid Atom', () => {
    const changes = atom(read(out, 'changes/feed.xml'));
    expect(changes.entry?.map((e) => e.title)).toEqual([
      'Add where the call was made',
      'Say what Harris conceded',
      'Add the record',
    ]);
    expect(changes.entry?.[0]?.link[0]?.['@href']).toBe(`${REPOSITORY}/commit/${hashes[0]}`);
    const corrections = atom(read(out, 'corrections/feed.xml'));
    expect(corrections.entry).toHaveLength(1);
    expect(corrections.entry?.[0]?.summary).toBe(CORRECTION);
    expect(corrections.entry?.[0]?.updated).toBe('2025-02-03T10:00:00Z');
    expect(corrections.entry?.[0]?.link[0]?.['@href']).toMatch(/\/events\/harris-concession-call\/$/);
  });

  test('a shallow clone builds without history, says so, and writes no feed', () => {
    const clone = temp('record-shallow-');
    git(tmpdir(), ['clone', '-q', '--depth', '1', `file://${root}`, clone]);
    const shallowOut = temp('record-shallow-out-');
    const { status, output } = astroBuild(shallowOut, clone);
    expect(status, output).toBe(0);
    const note = 'History is not available in this build';
    for (const page of [
      'events/harris-concession-call/history/index.html',
      'changes/index.html',
      'corrections/index.html',
    ])
      expect(read(shallowOut, page), page).toContain(note);
    expect(rows(read(shallowOut, 'events/harris-concession-call/history/index.html'))).toHaveLength(0);
    const event = read(shallowOut, 'events/harris-concession-call/index.html');
    expect(event).toMatch(/href="\/events\/harris-concession-call\/history\/">\s*History\s*<\/a>/);
    expect(event).not.toContain('last updated');
    expect(event).not.toContain('id="corrections"');
    expect(existsSync(path.join(shallowOut, 'changes/feed.xml'))).toBe(false);
    expect(existsSync(path.join(shallowOut, 'corrections/feed.xml'))).toBe(false);
  }, 240_000);
});
