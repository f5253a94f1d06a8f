/**
 * npm run archive — gives every source with a `url` and no `archived` an archived copy:
 * an existing Wayback Machine capture, or, only when ARCHIVE_ACCESS_KEY and
 * ARCHIVE_SECRET_KEY are set, a new one from Save Page Now. Writes `archived` (and
 * `accessed`, with `--accessed YYYY-MM-DD`) into the source files, changing no other line.
 *
 * It reaches the internet: run it on a maintainer's machine or in a scheduled workflow on
 * main, never on pull requests from forks (they must not see the keys).
 * ARCHIVE_AVAILABILITY_URL and ARCHIVE_SAVE_URL point it at other services (tests use a
 * local stand-in). `--root <dir>` archives the content/ folder of another directory.
 */
import { parseArgs } from 'node:util';
import { parseHistoricalDate } from '../src/lib/time/dates.ts';
import { formatProblem } from '../src/lib/record/problems.ts';
import { loadRecord } from '../src/lib/record/read-record.ts';
import { referenceDate } from '../src/lib/time/reference-date.ts';
import { archiveSources, DEFAULTS, type SourceToArchive } from './lib/archive.ts';

const { values } = parseArgs({
  options: { root: { type: 'string' }, accessed: { type: 'string' } },
});
const root = values.root ?? process.env['RECORD_ROOT'] ?? process.cwd();
const env = process.env;

let accessed;
if (values.accessed !== undefined) {
  const parsed = parseHistoricalDate(values.accessed);
  if (!parsed.ok || parsed.value.precision !== 'day') {
    console.error(`--accessed must be a day like 2025-07-08, not "${values.accessed}"`);
    process.exit(2);
  }
  accessed = parsed.value;
}

const { record, problems } = await loadRecord({ root, referenceDate: referenceDate(process.cwd()), excerpts: false });
if (problems.length) {
  for (const p of problems) console.error(formatProblem(p));
  console.error('\nFix the content first (npm run check:content): nothing was archived.');
  process.exit(1);
}
const sources: SourceToArchive[] = [...record.sources.values()]
  .filter((s) => s.data.url !== undefined && s.data.archived === undefined)
  .map((s) => ({ id: s.id, file: s.file, url: s.data.url ?? '' }));

const access = env['ARCHIVE_ACCESS_KEY'];
const secret = env['ARCHIVE_SECRET_KEY'];
const positive = (name: string, fallback: number) => {
  const value = Number(env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};
const outcomes = await archiveSources(root, sources, {
  availability: env['ARCHIVE_AVAILABILITY_URL'] || DEFAULTS.availability,
  save: env['ARCHIVE_SAVE_URL'] || DEFAULTS.save,
  keys: access && secret ? { access, secret } : undefined,
  accessed,
  pollMs: positive('ARCHIVE_POLL_MS', DEFAULTS.pollMs),
  timeoutMs: positive('ARCHIVE_TIMEOUT_MS', DEFAULTS.timeoutMs),
  log: (line) => console.log(line),
});

const count = (result: string) => outcomes.filter((o) => o.result === result).length;
console.log(
  `\n${sources.length} sources without an archived copy: ${count('found')} existing captures found, ${count('saved')} new captures, ${count('none')} without a capture, ${count('failed')} failed`,
);
process.exit(count('failed') ? 1 : 0);
