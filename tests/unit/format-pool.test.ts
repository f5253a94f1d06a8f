/**
 * The build's citation workers (src/lib/cite/format-pool.ts): the same HTML as formatting on
 * the main thread, each distinct item formatted once, and a worker that cannot run fails the
 * citations asked of it with its reason instead of leaving the build waiting.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { entryItem, formatStyle, registerStyles, STYLES, type CslItem } from '../../src/lib/cite/citations.ts';
import { formatPool, type FormatPool } from '../../src/lib/cite/format-pool.ts';

const style = (file: string) => readFileSync(new URL(`../../src/citation-styles/${file}`, import.meta.url), 'utf8');
const styles = { mla: style('modern-language-association.csl'), chicago: style('chicago-notes-bibliography.csl') };
const workerFile = fileURLToPath(new URL('../../src/lib/cite/format-worker.ts', import.meta.url));

const items: CslItem[] = [
  entryItem({ collection: 'events', id: 'a', title: 'Harris calls Trump to concede', record: 'The Record' }),
  entryItem({
    collection: 'people',
    id: 'b',
    title: 'Kamala Harris: “what’s next?” & <more>',
    record: 'The Record',
    updated: '2026-12-01',
    url: 'https://record.test/people/b/',
  }),
  entryItem({ collection: 'sources', id: 'c', title: 'Why?', record: 'A record of events', updated: '2024-11-06' }),
];

describe('formatPool', () => {
  let pool: FormatPool;
  beforeAll(() => {
    registerStyles(styles);
    pool = formatPool({ workerFile, styles, workers: 2 });
  });
  afterAll(() => pool.close());

  test('formats each item as the main thread does, in every style', async () => {
    pool.prefetch(items);
    const formatted = await Promise.all(items.map((item) => pool.format(item)));
    formatted.forEach((result, i) => {
      for (const { key } of STYLES) expect(result[key]).toBe(formatStyle(items[i]!, key));
    });
  });

  test('an item asked for twice is formatted once; a different item with the same id is not confused with it', async () => {
    const first = items[0]!;
    expect(pool.format({ ...first })).toBe(pool.format(first));
    const retitled = { ...first, title: 'Another title' };
    expect((await pool.format(retitled)).apa).toContain('Another title');
  });

  test('a worker that cannot start fails the citations asked of it, with its reason', async () => {
    const broken = formatPool({ workerFile: '/nonexistent/format-worker.ts', styles, workers: 1 });
    await expect(broken.format(items[0]!)).rejects.toThrow(/citation worker/);
    await broken.close();
  });
});
