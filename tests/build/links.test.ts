/** Every internal link and #fragment in the built site resolves. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, inject, test } from 'vitest';
import { htmlFiles, urlOf } from '../support/dist.ts';

const dir = inject('siteDir');
const files = htmlFiles(dir);
const html = new Map(files.map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]));
const ids = new Map([...html].map(([f, text]) => [f, new Set([...text.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]))]));

/** The file a site path is served from, or undefined. */
function fileFor(pathname: string): string | undefined {
  const rel = decodeURIComponent(pathname).replace(/^\//, '');
  for (const candidate of [rel, `${rel}index.html`, `${rel}/index.html`]) {
    if (candidate && existsSync(path.join(dir, candidate)) && !candidate.endsWith('/')) return candidate;
  }
  return undefined;
}

test('every internal link and fragment resolves', () => {
  const broken: string[] = [];
  let checked = 0;
  for (const [file, text] of html) {
    const base = new URL(urlOf(file), 'http://site.test');
    for (const [, attr, value] of text.matchAll(/\s(href|src)="([^"]*)"/g)) {
      if (!value || /^(mailto:|data:)/.test(value)) continue;
      const url = new URL(value.replace(/&amp;/g, '&'), base);
      if (url.origin !== base.origin) continue;
      checked++;
      const target = url.pathname === base.pathname && value.startsWith('#') ? file : fileFor(url.pathname);
      if (!target) {
        broken.push(`${urlOf(file)}: ${attr}="${value}" → no such page`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      // The editor's routes (#/collections/events/entries/x) are read by its script, not ids.
      const editorRoute = target === 'admin/index.html' && fragment.startsWith('/collections/');
      if (fragment && !editorRoute && target.endsWith('.html') && !ids.get(target)?.has(fragment)) {
        broken.push(`${urlOf(file)}: ${attr}="${value}" → no id "${fragment}" on ${urlOf(target)}`);
      }
    }
  }
  expect(broken).toEqual([]);
  expect(checked).toBeGreaterThan(1000);
  console.log(`links: ${checked} internal links and fragments in ${files.length} pages, all resolve`);
});
