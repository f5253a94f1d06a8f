/**
 * npm run ids — records the ids of every quotation, account and cited sentence as
 * published, in content/ids.yaml. A published id that disappeared is aliased to the one
 * new id of its kind in the same entry, when there is exactly one (a corrected quotation);
 * otherwise the command says which ids need an `id:` or an alias, and writes nothing.
 * `--root <dir>` (or RECORD_ROOT) works on the content/ folder of another directory.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatProblem } from '../src/lib/record/problems.ts';
import { parsePublishedIds, PUBLISHED_IDS_FILE, updatePublishedIds } from '../src/lib/record/published-ids.ts';
import { loadRecord } from '../src/lib/record/read-record.ts';
import { referenceDate } from '../src/lib/time/reference-date.ts';

const args = process.argv.slice(2);
const rootIndex = args.indexOf('--root');
const root = rootIndex >= 0 ? (args[rootIndex + 1] ?? '.') : (process.env['RECORD_ROOT'] ?? process.cwd());
const file = `content/${PUBLISHED_IDS_FILE}`;

const { record, problems } = await loadRecord({
  root,
  referenceDate: referenceDate(process.cwd()),
  excerpts: false,
  publishedIds: false,
});
if (problems.length) {
  for (const p of problems) console.error(formatProblem(p));
  console.error(
    '\nFix the content first (npm run check:content): ids are recorded only for a record without problems.',
  );
  process.exit(1);
}
let text = '';
try {
  text = await readFile(path.join(root, file), 'utf8');
} catch (error) {
  if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
}
const parsed = parsePublishedIds(text, file);
const update = parsed.problems.length ? undefined : updatePublishedIds(record, parsed.published, file);
const refused = [...parsed.problems, ...(update?.problems ?? [])];
if (!update || refused.length) {
  for (const p of refused) console.error(formatProblem(p));
  console.error(`\n${file} is unchanged.`);
  process.exit(1);
}
for (const line of update.aliased) console.log(`alias ${line}`);
if (update.text === text) console.log(`${file} is up to date.`);
else {
  await writeFile(path.join(root, file), update.text);
  console.log(`${file}: ${update.added} new ids, ${update.aliased.length} new aliases.`);
}
