/** A parsed historical date for tests, or an exception naming what was wrong. */
import { parseHistoricalDate, type HistoricalDate } from '../../src/lib/time/dates.ts';

export function date(text: string | number, approximate = false): HistoricalDate {
  const parsed = parseHistoricalDate(text, approximate);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
}
