/**
 * node scripts/generate.ts --events N --people M --out DIR [--seed S] [--sources K] [--force]
 *
 * Writes a complete synthetic record (people, events, sources and record.mdx) into
 * DIR/content, for testing the site and the checks at scale. The same arguments always
 * give byte-identical files. Refuses a non-empty DIR/content unless --force, which
 * empties it first. Check the result with:
 *   RECORD_REFERENCE_DATE=2026-11-28 node scripts/check-content.ts --root DIR
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { defaultSourceCount, generateRecord, prepareOutput, writeFile } from './lib/synthetic/index.ts';

const USAGE = 'usage: node scripts/generate.ts --events N --people M --out DIR [--seed S] [--sources K] [--force]';

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

function wholeNumber(name: string, value: string | undefined, min: number, fallback?: number): number {
  if (value === undefined) {
    if (fallback === undefined) fail(`--${name} is required`);
    return fallback;
  }
  if (!/^\d+$/.test(value) || Number(value) < min || !Number.isSafeInteger(Number(value)))
    fail(`--${name} must be a whole number, at least ${min}`);
  return Number(value);
}

let values: { [key: string]: string | boolean | undefined };
try {
  ({ values } = parseArgs({
    options: {
      events: { type: 'string' },
      people: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string' },
      sources: { type: 'string' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  }));
} catch (error) {
  fail((error as Error).message);
}

if (values['help']) {
  console.log(USAGE);
  process.exit(0);
}

const str = (key: string) => (typeof values[key] === 'string' ? (values[key] as string) : undefined);
const events = wholeNumber('events', str('events'), 0);
const people = wholeNumber('people', str('people'), 2);
const sources = wholeNumber('sources', str('sources'), 1, defaultSourceCount(events));
const seed = wholeNumber('seed', str('seed'), 0, 1);
if (seed > 0xffffffff) fail('--seed must be at most 4294967295');
const out = str('out');
if (!out) fail('--out is required');

let dir: string;
try {
  dir = prepareOutput(out, { force: values['force'] === true });
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const started = performance.now();
let bytes = 0;
let files = 0;
// Each file is written as soon as it is rendered, so memory stays flat at scale.
const { counts } = generateRecord({ events, people, sources, seed }, (file) => {
  bytes += writeFile(dir, file);
  files++;
});
const ms = Math.round(performance.now() - started);
const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;
console.log(
  `generated ${plural(counts.events, 'event')}, ${plural(counts.people, 'person', 'people')}, ${plural(counts.sources, 'source')}: ${plural(files, 'file')}, ${bytes} bytes in ${ms} ms into ${dir}`,
);
