/**
 * npm run new -- person "Jill Biden" [--born 1951-06-03]
 * npm run new -- event "Biden hosts Trump in the Oval Office" --date 2024-11-13
 * npm run new -- source "Uncharted" --kind book
 *
 * Writes a new entry with the right id and every field it needs. The TODO placeholders
 * fail `npm run check:content` until they are replaced, so nothing half-written can be
 * published. Refuses to overwrite an existing entry or to create an id that differs
 * from an existing one only by case or punctuation. `--root <dir>` writes into another
 * folder holding content/.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseHistoricalDate } from '../src/lib/time/dates.ts';
import { idFingerprint, toId } from '../src/lib/record/ids.ts';
import { SOURCE_KINDS, STANDING_VALUES } from '../src/schemas/source.ts';

const USAGE = `Usage:
  npm run new -- person "Full Name" [--born 1951-06-03]
  npm run new -- event "What happened" --date 2024-11-13
  npm run new -- source "Title" --kind ${SOURCE_KINDS.join('|')}`;

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(1);
}

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    date: { type: 'string' },
    born: { type: 'string' },
    kind: { type: 'string' },
    id: { type: 'string' },
    root: { type: 'string' },
  },
});

const [kind, title] = positionals;
if (!kind || !['person', 'event', 'source'].includes(kind)) fail('Say what to create: person, event or source.');
if (!title?.trim()) fail(`Give the ${kind === 'person' ? 'name' : 'title'} in quotes.`);

const folder = { person: 'people', event: 'events', source: 'sources' }[kind as 'person' | 'event' | 'source'];
const id = values.id ?? toId(title);
if (!id) fail(`"${title}" gives no usable id; pass one with --id, like --id jill-biden.`);
if (toId(id) !== id) fail(`--id must be lowercase kebab-case, like ${toId(id) || 'jill-biden'}.`);

const root = values.root ?? process.env['RECORD_ROOT'] ?? process.cwd();
const dir = path.join(root, 'content', folder);
const file = path.join(dir, `${id}.mdx`);
const relative = `content/${folder}/${id}.mdx`;
if (existsSync(file)) fail(`${relative} exists already: edit it instead, or choose another id with --id.`);
const clash = existsSync(dir)
  ? readdirSync(dir).find((name) => idFingerprint(name.replace(/\.mdx$/, '')) === idFingerprint(id))
  : undefined;
if (clash)
  fail(
    `content/${folder}/${clash} has nearly the same id (it differs only by case or punctuation): edit it instead, or choose a distinct id with --id.`,
  );

function checkedDate(option: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const parsed = parseHistoricalDate(value);
  if (!parsed.ok) fail(`--${option}: ${parsed.message}`);
  return value;
}

const quote = (text: string) => JSON.stringify(text.trim());
let content: string;

if (kind === 'person') {
  const born = checkedDate('born', values.born);
  content = `---
name: ${quote(title)}
description: "TODO: one line saying who they are, shown in lists and search results"
${born ? `born: ${born}` : '# born: 1951-06-03   (uncomment when a source gives it; 1951 or 1951-06 if only that is known)'}
# roles:   (offices and jobs with dates; office on an event's date is computed from these)
#   - title: First Lady of the United States
#     short: First Lady
#     from: 2021-01-20
#     to: 2025-01-20
sources:
  - source: todo-source-id
    locator: "TODO: page or section, or delete this line"
---
TODO: a short biography in your own words. Link people and events like \`[Joe Biden](../people/joe-biden.mdx)\`, and cite a source after each claim (CONTRIBUTING.md shows how).
`;
} else if (kind === 'event') {
  const date =
    checkedDate('date', values.date) ?? fail('An event needs --date, like --date 2024-11-13 (or 2024-11, or 2024).');
  content = `---
title: ${quote(title)}
summary: "TODO: one sentence saying what happened, shown in lists and search results"
date: ${date}
place: "TODO: where it happened, or delete this line"
participants:
  - person: todo-person-id
    role: "TODO: their part in the event, in a few words"
sources:
  - source: todo-source-id
    locator: "TODO: page or section, or delete this line"
# quotes:   (see CONTRIBUTING.md, "Add a quote")
# accounts: (see CONTRIBUTING.md, "Add a differing account")
---
## What happened

TODO: the narrative in your own words. Link every person and event you name, like \`[Kamala Harris](../people/kamala-harris.mdx)\`, and cite a source after each claim (CONTRIBUTING.md shows how).
`;
} else {
  const sourceKind = values.kind ?? fail(`A source needs --kind: ${SOURCE_KINDS.join(', ')}.`);
  if (!(SOURCE_KINDS as readonly string[]).includes(sourceKind))
    fail(`--kind must be one of: ${SOURCE_KINDS.join(', ')}.`);
  content = `---
kind: ${sourceKind}
standing: ${sourceKind === 'book' ? 'book' : `"TODO: one of ${STANDING_VALUES.join(', ')} (see CONTRIBUTING.md)"`}
title: ${quote(title)}
authors:
  - name: "TODO: an author's name, or person: <id> if they have a page"
publisher: "TODO: the publisher or outlet"
published: "TODO: the publication date, like 2025-04-08"
${sourceKind === 'book' ? 'isbn: "TODO: the ISBN of the edition cited"\n' : 'url: "TODO: the https:// address, or delete this line"\n'}---
TODO: one or two sentences on what this source is and how the record uses it.
`;
}

mkdirSync(dir, { recursive: true });
writeFileSync(file, content, { flag: 'wx' });
console.log(`Created ${relative}
Replace every TODO, then run: npm run check:content`);
