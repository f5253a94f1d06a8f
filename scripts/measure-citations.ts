/**
 * node scripts/measure-citations.ts [-- --entries 200] — prints what "Cite this page" costs
 * the build: compiling each CSL style (once per build) and formatting one entry page's
 * citation in each style (once per page). Figures, not assertions: they vary with the load.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { entryItem, formatStyle, registerStyles, STYLES } from '../src/lib/cite/citations.ts';

const { values } = parseArgs({ options: { entries: { type: 'string', default: '200' } } });
const count = Number(values.entries);
if (!Number.isInteger(count) || count < 1) throw new Error(`--entries: "${values.entries}" is not a whole number`);
const style = (file: string) => readFileSync(new URL(`../src/citation-styles/${file}`, import.meta.url), 'utf8');
registerStyles({ mla: style('modern-language-association.csl'), chicago: style('chicago-notes-bibliography.csl') });

const item = (i: number) =>
  entryItem({
    collection: 'events',
    id: `event-${i}`,
    title: `A synthetic event number ${i}`,
    record: 'The 2024 Transition Record',
    updated: '2026-12-02',
    url: `https://record.test/events/event-${i}/`,
  });

console.log(`Citation cost per style (ms), ${count} entries\n`);
console.log('| style | first entry (compiles the style) | each further entry |');
console.log('| --- | --- | --- |');
let total = 0;
for (const { key } of STYLES) {
  let start = performance.now();
  formatStyle(item(0), key);
  const first = performance.now() - start;
  start = performance.now();
  for (let i = 1; i <= count; i++) formatStyle(item(i), key);
  const each = (performance.now() - start) / count;
  total += each;
  console.log(`| ${key} | ${first.toFixed(0)} | ${each.toFixed(1)} |`);
}
console.log(
  `\nAll styles: ${total.toFixed(1)} ms per entry page; at 12,000 entry pages ${((total * 12_000) / 1000).toFixed(0)} s.`,
);
