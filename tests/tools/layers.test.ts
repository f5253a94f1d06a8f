/**
 * The layers of src/lib hold (`npm run lint`): an import that points up a layer fails, with
 * a message that says where the file may import from; one that points down passes. Linted
 * in process with the project's own ESLint config, as files that would sit in the tree.
 */
import path from 'node:path';
import { ESLint } from 'eslint';
import { expect, test } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function importErrors(file: string, specifier: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import { x } from '${specifier}';\nexport const y = x;\n`, {
    filePath: path.join(root, file),
  });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

test.each([
  // [a file that would sit here, importing this, names this layer in its message]
  ['src/lib/record/new.ts', '../pages/event.ts', 'src/lib/record/ may import only'],
  ['src/lib/record/new.ts', '../graph/graph.ts', 'src/lib/record/ may import only'],
  ['src/lib/record/body/new.ts', '../../search/rank.ts', 'src/lib/record/ may import only'],
  ['src/lib/time/new.ts', '../record/entry.ts', 'src/lib/time/ may import only'],
  ['src/lib/text/new.ts', '../time/dates.ts', 'src/lib/text/ may import only'],
  ['src/lib/graph/new.ts', '../changes/report.ts', 'src/lib/graph/ may import only'],
  ['src/lib/new.ts', './record/entry.ts', 'The loose files of src/lib import only each other'],
  ['src/lib/pages/new.ts', '../../site/site-record.ts', 'src/lib never imports the site above it'],
  ['src/lib/record/body/new.ts', '../../../components/Cite.astro', 'src/lib never imports the site above it'],
  ['src/lib/cite/new.ts', '../../../scripts/lib/files.ts', 'src/lib never imports from outside src/'],
  ['src/schemas/new.ts', '../lib/pages/shared.ts', 'src/schemas/ may import only'],
])('%s importing %s fails', async (file, specifier, message) => {
  const errors = await importErrors(file, specifier);
  expect(errors).toHaveLength(1);
  expect(errors[0]).toContain(message);
});

test.each([
  ['src/lib/pages/new.ts', '../record/entry.ts'],
  ['src/lib/pages/new.ts', '../graph/views.ts'],
  ['src/lib/record/new.ts', '../time/dates.ts'],
  ['src/lib/record/body/new.ts', '../anchors.ts'],
  ['src/lib/record/body/new.ts', '../../text/clip.ts'],
  ['src/lib/record/new.ts', '../../schemas/source.ts'],
  ['src/lib/data/new.ts', '../cite/formats.ts'],
  ['src/lib/time/new.ts', '../git/history.ts'],
  ['src/lib/text/new.ts', './html.ts'],
  ['src/lib/text/new.ts', '../kinds.ts'],
  ['src/schemas/new.ts', '../lib/record/ids.ts'],
  ['src/site/new.ts', '../lib/pages/event.ts'],
])('%s importing %s passes', async (file, specifier) => {
  expect(await importErrors(file, specifier)).toEqual([]);
});
