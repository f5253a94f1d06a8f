/**
 * The shipped record as tests read it: the project's own content/, checked against a fixed
 * reference date so that "not in the future" never moves with the clock.
 */
import { PROJECT } from '../../scripts/lib/astro-build.ts';
import type { RecordContent } from '../../src/lib/record/entry.ts';
import { loadRecord } from '../../src/lib/record/read-record.ts';

const REFERENCE_DATE = { precision: 'day', year: 2026, month: 11, day: 28, approximate: false } as const;

/** The shipped record; throws if it has problems, which the content check would report. */
export async function shippedRecord(): Promise<RecordContent> {
  const { record, problems } = await loadRecord({ root: PROJECT, referenceDate: REFERENCE_DATE });
  if (problems.length) throw new Error(`the shipped record has problems: ${problems.map((p) => p.message).join('; ')}`);
  return record;
}
