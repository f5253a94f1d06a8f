/**
 * Reads one version of the record for a change report: loadRecord (the build's reader,
 * without rendering) plus each entry's body text, which the report diffs word by word.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { HistoricalDate } from '../time/dates.ts';
import { splitFrontmatter } from '../record/fences.ts';
import type { Entry } from '../record/entry.ts';
import { loadRecord, type LoadOptions } from '../record/read-record.ts';
import type { RecordSide } from './report.ts';

const READ_BATCH = 64;

/**
 * `reuse`, shared by the two reads, parses a file whose text is the same in both versions
 * once: most files of a change are untouched (see LoadOptions).
 */
export async function loadSide(
  root: string,
  referenceDate: HistoricalDate,
  reuse?: LoadOptions['reuse'],
): Promise<RecordSide> {
  const { record, problems, files } = await loadRecord({ root, referenceDate, ...(reuse ? { reuse } : {}) });
  const entries: Entry[] = [...record.people.values(), ...record.events.values(), ...record.sources.values()];
  if (record.about) entries.push(record.about);
  const bodies = new Map<string, string>();
  // A few reads at a time: 12,000 files at once run out of file handles.
  for (let i = 0; i < entries.length; i += READ_BATCH) {
    await Promise.all(
      entries.slice(i, i + READ_BATCH).map(async (e) => {
        // The text loadRecord just read, when it kept it for reuse; read again otherwise.
        const seen = reuse?.get(e.file);
        const text = seen?.entry === e ? seen.text : await readFile(path.join(root, e.file), 'utf8');
        const split = splitFrontmatter(text);
        bodies.set(e.file, 'error' in split ? '' : split.body);
      }),
    );
  }
  return { record, problems, files, bodies };
}
