/** The built HTML conforms: html-validate's recommended rules over every page of dist/. */
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

test('every page of dist/ passes html-validate with zero errors', async () => {
  const dir = inject('siteDir');
  const files = htmlFiles(dir);
  const problems: string[] = [];
  for (const file of files) {
    const report = await validator.validateString(readFileSync(path.join(dir, file), 'utf8'), file);
    for (const result of report.results) {
      for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
  expect(problems).toEqual([]);
  console.log(`html-validate: ${files.length} pages, ${problems.length} errors`);
});
