/**
 * Standing and archived copies on built pages: each reference says what kind of source it
 * is, a claim or quotation resting only on weak sources carries "better source needed"
 * (and no other does), and the source page links its archived copy with Robust Links
 * attributes. Built from the fixture record plus tests/fixtures/standing.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { astroBuild, PROJECT } from '../../scripts/lib/astro-build.ts';
import { materialize } from '../support/fixtures.ts';

const root = materialize();
const out = mkdtempSync(path.join(tmpdir(), 'record-standing-'));
let event = '';
let source = '';
let copy = '';

beforeAll(() => {
  cpSync(path.join(PROJECT, 'tests/fixtures/standing/content'), path.join(root, 'content'), { recursive: true });
  const { status, output } = astroBuild(out, root);
  expect(status, output).toBe(0);
  const page = (p: string) => readFileSync(path.join(out, p, 'index.html'), 'utf8');
  event = page('events/harris-concession-call');
  source = page('sources/daily-beast');
  copy = page('sources/mint-copy');
}, 180_000);

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
});

const MARK = '<sup class="weak-support" title="Better source needed';

test('the claim resting only on an encyclopedia is marked after its mark, and the others are not', () => {
  const prose = /<div class="prose">([\s\S]*?)<\/div>/.exec(event)?.[1] ?? '';
  const sentences = prose.split(/(?<=<\/sup>) /);
  expect(sentences.map((s) => s.includes(MARK))).toEqual([false, true, false]);
  expect(sentences[1]).toMatch(
    /The book came out in April\.<sup class="cite"[^>]*>.*?<\/sup><sup class="weak-support"/,
  );
  expect(prose).not.toContain('<!--');
});

test('the quotation read only in a copy is marked, the one from a news outlet is not', () => {
  const quotes = [...event.matchAll(/<figure class="quote"[\s\S]*?<\/figure>/g)].map((m) => m[0]);
  expect(quotes).toHaveLength(2);
  expect(quotes.map((q) => q.includes(MARK))).toEqual([true, false]);
});

test('every reference gives its standing', () => {
  const references = /<section[^>]*class="references"[\s\S]*?<\/section>/.exec(event)?.[0] ?? '';
  const standings = [...references.matchAll(/<span class="standing">\(([^)]*)\)<\/span>/g)].map((m) => m[1]);
  expect(standings.sort()).toEqual(['book', 'copy', 'encyclopedia', 'news outlet']);
});

test('the source page links the original and its archived copy with Robust Links attributes', () => {
  const original =
    '<a href="https://www.thedailybeast.com/kamala-harris-calls-trump-to-concede/" rel="external noopener" data-versionurl="https://web.archive.org/web/20241107081500/https://www.thedailybeast.com/kamala-harris-calls-trump-to-concede/" data-versiondate="2024-11-07T08:15:00Z">';
  const archived =
    '<a href="https://web.archive.org/web/20241107081500/https://www.thedailybeast.com/kamala-harris-calls-trump-to-concede/" rel="external noopener" data-originalurl="https://www.thedailybeast.com/kamala-harris-calls-trump-to-concede/" data-versiondate="2024-11-07T08:15:00Z">';
  expect(source).toContain(original);
  expect(source).toContain(archived);
  expect(source).toMatch(/archived copy\s*<\/a>\s*\(<time datetime="2024-11-07">7 November 2024<\/time>\)/);
  expect(source).toMatch(/read <time datetime="2025-07-08">8 July 2025<\/time>/);
  expect(source).toMatch(/<dt>Standing<\/dt>\s*<dd[^>]*>\s*<span class="standing">news outlet<\/span>/);
});

test('a copy names its original', () => {
  expect(copy).toMatch(
    /<span class="standing">copy<\/span>\s*of\s*<a href="https:\/\/www\.livemint\.com\/news\/us-news\/tough-cookie" rel="external noopener">\s*www\.livemint\.com\s*<\/a>/,
  );
});
