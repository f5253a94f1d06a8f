/** Small records written to temporary folders, for tests of the content checks. */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { HistoricalDate } from '../../src/lib/dates.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { loadRecord } from '../../src/lib/record.ts';

export const REFERENCE_DATE: HistoricalDate = { precision: 'day', year: 2026, month: 11, day: 28, approximate: false };

export const RECORD_MDX = `---
title: Test record
tagline: A record for tests.
description: A small record used by the tests.
---
A record for tests.
`;

export const TRUMP = `---
name: Donald Trump
description: 45th and 47th President of the United States.
born: 1946-06-14
---
Biography.
`;

export const HARRIS = `---
name: Kamala Harris
description: 49th Vice President of the United States.
born: 1964-10-20
---
Biography.
`;

export const UNCHARTED = `---
kind: book
title: Uncharted
authors:
  - name: Chris Whipple
publisher: Harper Influence
published: 2025-04-08
isbn: 978-0063386211
---
A book.
`;

export const CALL = `---
title: Harris calls Trump to concede
summary: Harris phones Trump to concede.
date: 2024-11-06
participants:
  - person: kamala-harris
    role: caller
  - person: donald-trump
    role: recipient
sources:
  - source: uncharted
---
[Harris](../people/kamala-harris.mdx) called [Trump](../people/donald-trump.mdx).<Cite source="uncharted" />
`;

/** The files of a valid record; tests override or add files to make it invalid. */
export function baseRecord(): Record<string, string | Uint8Array> {
  return {
    'content/record.mdx': RECORD_MDX,
    'content/people/donald-trump.mdx': TRUMP,
    'content/people/kamala-harris.mdx': HARRIS,
    'content/sources/uncharted.mdx': UNCHARTED,
    'content/events/harris-concession-call.mdx': CALL,
  };
}

export function writeRecord(files: Record<string, string | Uint8Array | null>, dir?: string): string {
  const root = dir ?? mkdtempSync(path.join(tmpdir(), 'record-test-'));
  for (const [file, content] of Object.entries(files)) {
    if (content === null) continue;
    const full = path.join(root, file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return root;
}

/** Loads a record made of the base files with `changes` applied (null deletes a file). */
export async function check(changes: Record<string, string | Uint8Array | null> = {}): Promise<string[]> {
  const files = { ...baseRecord(), ...changes };
  const root = writeRecord(files);
  try {
    const { problems } = await loadRecord({ root, referenceDate: REFERENCE_DATE });
    return problems.map(formatProblem);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
