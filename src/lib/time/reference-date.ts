/**
 * The build's reference date: what "in the future" means for content checks. Never the
 * wall clock, so the same commit builds and checks the same way on any day: RECORD_REFERENCE_DATE (YYYY-MM-DD), else
 * SOURCE_DATE_EPOCH (seconds), else the date of the last git commit.
 */
import { parseHistoricalDate, type HistoricalDate } from './dates.ts';
import { git } from '../git/history.ts';

export function referenceDate(root: string, env: NodeJS.ProcessEnv = process.env): HistoricalDate {
  const explicit = env['RECORD_REFERENCE_DATE'];
  if (explicit) {
    const parsed = parseHistoricalDate(explicit);
    if (!parsed.ok || parsed.value.precision !== 'day') {
      throw new Error(`RECORD_REFERENCE_DATE must be a day like 2026-11-28, not "${explicit}"`);
    }
    return parsed.value;
  }
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch && /^\d+$/.test(epoch)) return fromDate(new Date(Number(epoch) * 1000));
  // Not a git checkout (a source tarball): git prints nothing, and the error below says what to set.
  const iso = git(root, ['log', '-1', '--format=%cI'])?.trim();
  if (iso) return fromDate(new Date(iso));
  throw new Error(
    'No reference date: set RECORD_REFERENCE_DATE=YYYY-MM-DD or SOURCE_DATE_EPOCH, or build from a git checkout',
  );
}

function fromDate(date: Date): HistoricalDate {
  return {
    precision: 'day',
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    approximate: false,
  };
}
