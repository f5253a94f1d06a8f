/**
 * Tags and licences in the real content's build: every page's footer names the licences;
 * every event links its tags, each tag page lists exactly its events, and the event pages
 * carry the tag filter for search.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, inject, test } from 'vitest';
import { shippedRecord } from '../support/record.ts';
import { readerPages } from '../support/dist.ts';

const dir = inject('siteDir');
const read = (file: string) => readFileSync(path.join(dir, file), 'utf8');

test.each(readerPages(dir))('%s names the licences in its footer', (file) => {
  const footer = read(file).split('<footer')[1] ?? '';
  expect(footer).toContain('href="https://creativecommons.org/licenses/by-sa/4.0/"');
  expect(footer).toContain('href="https://creativecommons.org/publicdomain/zero/1.0/"');
  expect(footer).toMatch(/quotations stay their authors/);
});

test('each allowed tag has a page listing exactly the events tagged with it, and each event links its tags', async () => {
  const record = await shippedRecord();
  const allowed = (record.about?.data.tags ?? []).map((t) => t.tag);
  expect(allowed.length).toBeGreaterThan(0);
  const index = read('tags/index.html');
  for (const tag of allowed) {
    expect(index).toContain(`href="/tags/${tag}/"`);
    const listed = [...read(`tags/${tag}/index.html`).matchAll(/href="\/events\/([^/"]+)\/"/g)].map((m) => m[1]);
    const tagged = [...record.events.values()].filter((e) => e.data.tags.includes(tag)).map((e) => e.id);
    expect(new Set(listed), tag).toEqual(new Set(tagged));
  }
  for (const event of record.events.values()) {
    const page = read(`events/${event.id}/index.html`);
    for (const tag of event.data.tags) {
      expect(page).toContain(`href="/tags/${tag}/"`);
      expect(page).toContain(`data-pagefind-filter="tag[data-value]" data-value="${tag.replaceAll('-', ' ')}"`);
    }
  }
});
