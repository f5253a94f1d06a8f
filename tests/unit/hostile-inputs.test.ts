/**
 * The worst inputs found against the reader (scripts/lib/hostile-inputs.ts), each read as
 * part of a record: refused with the one problem that names it, or read cleanly. No time is
 * asserted (scripts/measure-hostile.ts prints the times); before the limits these took
 * from 14 s to over a minute each, so the time limit below is the guard.
 */
import { rmSync } from 'node:fs';
import { afterAll, expect, test } from 'vitest';
import { HOSTILE_INPUTS, recordWith } from '../../scripts/lib/hostile-inputs.ts';
import { formatProblem } from '../../src/lib/record/problems.ts';
import { loadRecord } from '../../src/lib/record/read-record.ts';

const REFERENCE_DATE = { precision: 'day', year: 2026, month: 11, day: 28, approximate: false } as const;
const temp: string[] = [];
afterAll(() => temp.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

test.each(HOSTILE_INPUTS.map((input) => [input.name, input] as const))('%s', { timeout: 20_000 }, async (_, input) => {
  const root = recordWith(input);
  temp.push(root);
  const { problems } = await loadRecord({ root, referenceDate: REFERENCE_DATE });
  const printed = problems.map(formatProblem);
  if (input.refusedWith === undefined) {
    expect(printed).toEqual([]);
    return;
  }
  expect(printed).toHaveLength(1);
  expect(printed[0]).toContain(`${input.file}:`);
  expect(printed[0]).toContain(input.refusedWith);
  // A refusal quotes what it must, not the whole value.
  expect(printed[0]?.length).toBeLessThan(400);
});
