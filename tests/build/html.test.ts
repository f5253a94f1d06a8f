/**
 * The built HTML conforms: html-validate's recommended rules over every page of dist/,
 * one test per page so each page has its own time limit and its own failure.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { expect, inject, test } from 'vitest';
import { htmlFiles } from '../support/dist.ts';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // A page title is the entry's headline followed by the record's name; headlines are
    // written by editors, and a long one is truncated by search engines, not broken.
    'long-title': 'off',
  },
});

// Read at collection time: the global setup has built the site before any test file is collected.
const dir = inject('siteDir');
const files = htmlFiles(dir);

test('dist/ has the pages to validate', () => {
  expect(files.length).toBeGreaterThan(50);
});

for (const file of files) {
  test(`${file} passes html-validate with zero errors`, async () => {
    const report = await validator.validateString(readFileSync(path.join(dir, file), 'utf8'), file);
    const problems = report.results.flatMap((result) =>
      result.messages.map((m) => `${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
    );
    expect(problems).toEqual([]);
  });
}
