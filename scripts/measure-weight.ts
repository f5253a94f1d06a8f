/**
 * npm run measure:weight [-- --dist dist] — prints page weights per page type (largest
 * page of each type) and the site's total CSS. Run `npm run build` first.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { listFiles } from './lib/files.ts';
import { pageType, pageWeight, totalCss, type Weight } from './lib/weights.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
const dir = path.resolve(values.dist ?? 'dist');
const files = listFiles(dir);
const largest = new Map<string, { file: string; weight: Weight; count: number }>();
for (const file of files.filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))) {
  const type = pageType(file);
  const weight = pageWeight(dir, file);
  const current = largest.get(type);
  if (!current || weight.htmlGzip > current.weight.htmlGzip)
    largest.set(type, { file, weight, count: (current?.count ?? 0) + 1 });
  else current.count++;
}
const kb = (n: number) => (n / 1024).toFixed(1);
console.log(`Page weights in ${dir} (the largest page of each type; kB, raw / gzipped)\n`);
console.log('| page type | pages | largest page | HTML | CSS | JS before search |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const [type, { file, weight: w, count }] of [...largest].sort()) {
  console.log(
    `| ${type} | ${count} | /${file.replace(/index\.html$/, '')} | ${kb(w.html)} / ${kb(w.htmlGzip)} | ${kb(w.css)} / ${kb(w.cssGzip)} | ${kb(w.js)} / ${kb(w.jsGzip)} |`,
  );
}
const css = totalCss(dir, files);
console.log(`\nAll CSS together: ${kb(css.raw)} kB raw, ${kb(css.gzip)} kB gzipped.`);
