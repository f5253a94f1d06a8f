/**
 * Titles of works marked in the record's short texts (*2024*) reach readers in italics on
 * the pages and as plain words everywhere else: no pair of marks is left in any HTML, XML
 * or JSON file of dist/ (the record's own data export keeps the content as written), and the
 * book *2024* is set in <cite> where a description or title names it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, inject, test } from 'vitest';

const dir = inject('siteDir');
const MARK = /\*[^*\s<>"]([^*<>"]{0,80}[^*\s<>"])?\*/;

/**
 * Pages and feeds that quote commit messages (an entry's history, recent changes,
 * corrections) show them as written: a commit's subject is not the record's marked text.
 */
const QUOTES_COMMITS = /(^|\/)(history|changes|corrections)$/;
// The editor's page carries the schemas' field hints, which show contributors how to mark a title.
const EDITOR = 'admin';

function outputs(root: string, rel = ''): string[] {
  return readdirSync(path.join(root, rel), { withFileTypes: true }).flatMap((d) => {
    const file = path.posix.join(rel, d.name);
    if (d.isDirectory())
      return file === 'data' || file === 'pagefind' || file === EDITOR || QUOTES_COMMITS.test(file)
        ? []
        : outputs(root, file);
    return /\.(html|xml|json)$/.test(d.name) ? [file] : [];
  });
}

test('no marked title is left as asterisks in any page, feed or JSON file', () => {
  const files = outputs(dir);
  expect(files.length).toBeGreaterThan(50);
  const leaks = files.flatMap((file) => {
    const m = MARK.exec(readFileSync(path.join(dir, file), 'utf8'));
    return m ? [`${file}: ${m[0]}`] : [];
  });
  expect(leaks).toEqual([]);
});

test.each([
  ['people/josh-dawsey/index.html', 'co-author of <cite>2024</cite> (Penguin Press, 2025)'],
  ['events/pager-calls-biden/index.html', 'reaches Joe Biden by phone for <cite>2024</cite>'],
  ['people/index.html', 'co-author of <cite>2024</cite>'],
])('%s shows the book in italics', (file, expected) => {
  expect(readFileSync(path.join(dir, file), 'utf8')).toContain(expected);
});

test('the page title and meta description carry the words without marks', () => {
  const page = readFileSync(path.join(dir, 'events/pager-calls-biden/index.html'), 'utf8');
  expect(page).toMatch(/<title>Tyler Pager reaches Joe Biden by phone for 2024 · /);
});
