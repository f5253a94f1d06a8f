/**
 * Published ids: content/ids.yaml lists, for each entry, the ids of its quotations,
 * accounts and cited sentences that have been published (links to them may exist), and
 * the aliases that keep an old id working when a part's id changed. `npm run ids`
 * writes it; the reader checks the record against it, so the check and the build refuse a
 * published id that disappeared without an alias, and the pages put every alias beside the
 * part it now names.
 *
 *     events/harris-concession-call:
 *       ids:
 *         - quote-donald-trump-youre-a-tough-cookie
 *       aliases:
 *         quote-donald-trump-youre-a-tough-cooky: quote-donald-trump-youre-a-tough-cookie
 *
 * Every step is one pass over the entries and their ids: linear in the size of the record.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { ANCHOR_NOUN, ANCHOR_PATTERN, anchorKind } from './anchors.ts';
import type { Entry, RecordContent } from './entry.ts';
import { COLLECTIONS, type Collection } from '../kinds.ts';
import { clip } from '../text/clip.ts';
import type { Problem } from './problems.ts';

/** The file, relative to the content folder. */
export const PUBLISHED_IDS_FILE = 'ids.yaml';

export interface PublishedEntry {
  /** Each published id, with its line in the file. */
  ids: Map<string, number>;
  /** Old id → the id it now resolves to, with the alias's line. */
  aliases: Map<string, { to: string; line: number }>;
}

/** By entry key, "events/harris-concession-call". */
export type PublishedIds = Map<string, PublishedEntry>;

export function entryKey(collection: Collection, id: string): string {
  return `${collection}/${id}`;
}

const KEY_PATTERN = /^([a-z]+)\/([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** Reads the file's text; every problem names the file and line. An empty or absent file publishes nothing. */
export function parsePublishedIds(text: string, file: string): { published: PublishedIds; problems: Problem[] } {
  const published: PublishedIds = new Map();
  const problems: Problem[] = [];
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const lineOf = (node: Node | null | undefined) => (node?.range ? lines.linePos(node.range[0]).line : 1);
  const report = (line: number, field: string, message: string) =>
    problems.push({ file, line, column: 1, field, message });
  for (const e of doc.errors) {
    report(
      lines.linePos(e.pos[0]).line,
      'file',
      `is not valid YAML: ${e.message.split('\n')[0]}. Run npm run ids to rewrite it`,
    );
  }
  if (problems.length || doc.contents === null) return { published, problems };
  if (!isMap(doc.contents)) {
    report(1, 'file', 'must map each entry ("events/<id>:") to its published ids');
    return { published, problems };
  }
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const keyLine = lineOf(pair.key as Node);
    const match = KEY_PATTERN.exec(key);
    if (!match || !(COLLECTIONS as readonly string[]).includes(match[1] ?? '')) {
      report(
        keyLine,
        clip(key) || 'file',
        `is not an entry: write its folder and id, like "events/harris-concession-call"`,
      );
      continue;
    }
    const entry: PublishedEntry = { ids: new Map(), aliases: new Map() };
    published.set(key, entry);
    const value = pair.value as Node | null;
    if (!isMap(value)) {
      report(keyLine, key, 'must hold `ids:` (a list) and, if any, `aliases:` (old id: id now)');
      continue;
    }
    for (const part of value.items) {
      const name = isScalar(part.key) ? String(part.key.value) : '';
      const partValue = part.value as Node | null;
      if (name === 'ids' && isSeq(partValue)) {
        for (const item of partValue.items as Node[]) {
          const id = isScalar(item) ? String(item.value) : '';
          if (!ANCHOR_PATTERN.test(id))
            report(lineOf(item), `${key}.ids`, `"${clip(id)}" is not an id like "quote-first-words"`);
          else if (entry.ids.has(id)) report(lineOf(item), `${key}.ids`, `lists "${id}" twice: delete one line`);
          else entry.ids.set(id, lineOf(item));
        }
      } else if (name === 'aliases' && isMap(partValue)) {
        for (const alias of partValue.items) {
          const from = isScalar(alias.key) ? String(alias.key.value) : '';
          const to = isScalar(alias.value) ? String(alias.value.value) : '';
          const line = lineOf(alias.key as Node);
          if (!ANCHOR_PATTERN.test(from) || !ANCHOR_PATTERN.test(to)) {
            report(
              line,
              `${key}.aliases`,
              `"${clip(from)}: ${clip(to)}" must be an old id, a colon, and the id it now leads to`,
            );
          } else if (anchorKind(from) !== anchorKind(to)) {
            report(
              line,
              `${key}.aliases`,
              `"${from}" must lead to another ${ANCHOR_NOUN[anchorKind(from) ?? 'quote']}, not to "${to}"`,
            );
          } else entry.aliases.set(from, { to, line });
        }
      } else {
        report(
          lineOf(part.key as Node),
          `${key}.${name}`,
          'is not a part of an entry here: only `ids:` (a list) and `aliases:` (old id: id now)',
        );
      }
    }
  }
  return { published, problems };
}

/** An entry's ids now, in page order: its accounts, its cited sentences, its quotations. */
function anchorIdsOf(entry: Entry): string[] {
  const ids: string[] = [];
  if (entry.collection === 'events') {
    const data = (entry as Entry<'events'>).data;
    for (const a of data.accounts) ids.push(a.id);
    for (const q of data.quotes) ids.push(q.id);
  }
  const claims = new Set<string>();
  for (const c of entry.citations) if (c.claim) claims.add(c.claim);
  ids.push(...claims);
  return ids;
}

/**
 * Two quotations or accounts of one entry with the same id (cited sentences are checked
 * as the body is read): the second is refused, at its line.
 */
export function duplicateAnchorProblems(entry: Entry): Problem[] {
  if (entry.collection !== 'events') return [];
  const data = (entry as Entry<'events'>).data;
  const problems: Problem[] = [];
  const first = new Map<string, string>();
  const parts = [
    ...data.accounts.map((a, i) => ({ id: a.id, list: 'accounts', i })),
    ...data.quotes.map((q, i) => ({ id: q.id, list: 'quotes', i })),
  ];
  for (const { id, list, i } of parts) {
    const field = `${list}[${i}]`;
    const earlier = first.get(id);
    if (earlier === undefined) {
      first.set(id, field);
      continue;
    }
    const { line, column } = entry.locate([list, i]);
    problems.push({
      file: entry.file,
      line,
      column,
      field,
      message: `has the id "${id}", as ${earlier} does: ids of one entry must differ. Give this one its own \`id: ${id}-2\` (or a better name), and leave the other's alone: links may use it`,
    });
  }
  return problems;
}

/** Each entry's aliases turned round, by entry key: the id now → the ids it had, for the pages. */
export function aliasesByTarget(published: PublishedIds): Map<string, Map<string, string[]>> {
  const out = new Map<string, Map<string, string[]>>();
  for (const [key, entry] of published) {
    if (entry.aliases.size === 0) continue;
    const byTarget = new Map<string, string[]>();
    for (const [from, { to }] of entry.aliases) byTarget.set(to, [...(byTarget.get(to) ?? []), from]);
    out.set(key, byTarget);
  }
  return out;
}

/**
 * The record against its published ids: each published id must still be on its entry's
 * page, itself or through an alias to an id that is. An entry missing from the record
 * (deleted, or not readable in this run) is not checked.
 */
export function checkPublishedIds(record: RecordContent, published: PublishedIds, file: string): Problem[] {
  const problems: Problem[] = [];
  for (const [key, entry] of published) {
    const [collection, id] = key.split('/') as [Collection, string];
    const current = record[collection].get(id);
    if (!current) continue;
    const now = new Set(anchorIdsOf(current));
    for (const [old, alias] of entry.aliases) {
      if (now.has(old)) {
        problems.push({
          file,
          line: alias.line,
          column: 1,
          field: `${key}.aliases`,
          message: `"${old}" is an id on the page again (${current.file}) and an alias: delete the alias line`,
        });
      } else if (!now.has(alias.to)) {
        problems.push({
          file,
          line: alias.line,
          column: 1,
          field: `${key}.aliases`,
          message: `"${old}" leads to "${alias.to}", which is no longer in ${current.file}: point it at the id the ${ANCHOR_NOUN[anchorKind(old) ?? 'quote']} has now`,
        });
      }
    }
    for (const [published, line] of entry.ids) {
      if (now.has(published) || entry.aliases.has(published)) continue;
      problems.push({
        file,
        line,
        column: 1,
        field: `${key}.ids`,
        message: goneMessage(published, current.file),
      });
    }
  }
  return problems;
}

function goneMessage(id: string, file: string): string {
  const kind = anchorKind(id) ?? 'quote';
  const noun = ANCHOR_NOUN[kind];
  const keep =
    kind === 'claim'
      ? `write <Cite … id="${id}" /> in the sentence that had it`
      : `give the ${noun} that had it \`id: ${id}\``;
  return `the published id "${id}" is no longer in ${file}, and links to it would break. To keep it, ${keep}; or, if the ${noun} now has another id, add "${id}: <its id now>" under aliases here (npm run ids does this when one new ${noun} id appeared in the entry). If the ${noun} was removed on purpose, point the alias at the nearest one`;
}

/**
 * The file `npm run ids` writes: every entry's ids now added to what was published, and
 * each published id that disappeared aliased to the one new id of its kind in its entry,
 * when there is exactly one. What cannot be decided so is returned as problems, and the
 * file is not written.
 */
export function updatePublishedIds(
  record: RecordContent,
  published: PublishedIds,
  file: string,
): { text: string; added: number; aliased: string[]; problems: Problem[] } {
  const next: PublishedIds = new Map();
  const aliased: string[] = [];
  let added = 0;
  for (const [key, entry] of published) next.set(key, { ids: new Map(entry.ids), aliases: new Map(entry.aliases) });
  for (const collection of COLLECTIONS) {
    for (const current of record[collection].values()) {
      const key = entryKey(collection, current.id);
      const entry = next.get(key) ?? { ids: new Map<string, number>(), aliases: new Map() };
      const now = anchorIdsOf(current);
      const nowSet = new Set(now);
      const fresh = now.filter((id) => !entry.ids.has(id));
      for (const [old] of entry.ids) {
        if (nowSet.has(old) || entry.aliases.has(old)) continue;
        const candidates = fresh.filter((id) => anchorKind(id) === anchorKind(old));
        const only = candidates[0];
        if (candidates.length === 1 && only !== undefined) {
          entry.aliases.set(old, { to: only, line: 0 });
          aliased.push(`${key}: ${old} → ${only}`);
        }
      }
      for (const id of fresh) {
        entry.ids.set(id, 0);
        added++;
      }
      if (entry.ids.size > 0) next.set(key, entry);
    }
  }
  const problems = checkPublishedIds(record, next, file);
  return { text: formatPublishedIds(next), added, aliased, problems };
}

const HEADER = `# Published ids of quotations, accounts and cited sentences: links to them may exist.
# Written by \`npm run ids\`; the content check refuses an id listed here that is no longer on
# its entry's page, unless an alias (old id: id now) leads to one that is. See CONTRIBUTING.md.
`;

/** The file's text: entries and ids in a fixed order, so a diff shows only what changed. */
export function formatPublishedIds(published: PublishedIds): string {
  const lines = [HEADER.trimEnd()];
  for (const key of [...published.keys()].sort()) {
    const entry = published.get(key);
    if (!entry || entry.ids.size === 0) continue;
    lines.push(`${key}:`, '  ids:');
    for (const id of [...entry.ids.keys()].sort()) lines.push(`    - ${id}`);
    if (entry.aliases.size > 0) {
      lines.push('  aliases:');
      for (const from of [...entry.aliases.keys()].sort())
        lines.push(`    ${from}: ${entry.aliases.get(from)?.to ?? ''}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
