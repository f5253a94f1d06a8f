/**
 * What a content change does to the record: two loaded records in, a report model out.
 * Entries added, removed, renamed and changed (fields in reader's words, the body as a
 * word diff); then the consequences on every other page, found by comparing what each
 * page shows (pages.ts) in the two versions. Pure: the CLI (scripts/changes.ts) loads.
 */
import { formatRange } from '../time/dates.ts';
import { KINDS, type Collection } from '../kinds.ts';
import { formatProblem, type Problem } from '../record/problems.ts';
import type { Entry, Kind, RecordContent } from '../record/entry.ts';
import { MAX_TIMELINE_EVENTS } from '../figures/timeline.ts';
import type { Event } from '../../schemas/event.ts';
import { describeEntry, namesOf, pairQuoteKeys, quoteKeys, type Names } from './describe.ts';
import { compareItems, formatLine, type Line } from './items.ts';
import { graphOf, pagesOf, type Canon, type Page } from './pages.ts';
import { reachable } from './reach.ts';
import { wordDiff, type WordDiff } from './words.ts';

/** One version of the record, as loadRecord reads it, with each entry's body text. */
export interface RecordSide {
  record: RecordContent;
  problems: readonly Problem[];
  /** Every entry file found, relative to the root (loadRecord's `files`). */
  files: readonly string[];
  /** Body text (after the frontmatter) by entry file. */
  bodies: ReadonlyMap<string, string>;
}

export interface EntryNote {
  collection: Kind;
  id: string;
  title: string;
  file: string;
}

export interface ChangedEntry extends EntryNote {
  lines: string[];
  body?: WordDiff;
}

export interface PageNote {
  /** Site path: "/people/donald-trump/". */
  path: string;
  title: string;
  lines: string[];
  /** The page of an entry the change edits (its own consequences, not "elsewhere"). */
  edited: boolean;
}

export interface ChangeReport {
  summary: string;
  unchanged: boolean;
  added: EntryNote[];
  removed: EntryNote[];
  renamed: (EntryNote & { from: string })[];
  changed: ChangedEntry[];
  pages: PageNote[];
  agesAndOffices: string[];
  timeline: string[];
  unsourced: string[];
  uncited: string[];
  /** Problems the change brings (loadRecord's, as `file:line:col: field: message`). */
  problems: string[];
  /** Problems of the older version that the change resolves. */
  resolved: number;
  /** Files built from the whole record, which any change to an entry changes too. */
  siteWide: string[];
  /** Files that exist but cannot be read: their old version stands in, so the rest is still reported. */
  unreadable: string[];
}

type Maps = Record<Collection, Map<string, Entry>>;
const mapsOf = (r: RecordContent): Maps => ({
  people: r.people as Map<string, Entry>,
  events: r.events as Map<string, Entry>,
  sources: r.sources as Map<string, Entry>,
});
const COLLECTION_LIST: readonly Collection[] = ['events', 'people', 'sources'];
const NOUNS: Record<Kind, [string, string]> = {
  events: [KINDS.events.noun, KINDS.events.plural],
  people: [KINDS.people.noun, KINDS.people.plural],
  sources: [KINDS.sources.noun, KINDS.sources.plural],
  record: ['record description', 'record descriptions'],
};
const count = (kind: Kind, n: number) => `${n} ${NOUNS[kind][n === 1 ? 0 : 1]}`;
const titleOf = (e: Entry) => ('title' in e.data ? e.data.title : 'name' in e.data ? e.data.name : e.id);
const note = (e: Entry): EntryNote => ({ collection: e.collection, id: e.id, title: titleOf(e), file: e.file });
const pathOf = (page: string) => (page === 'home' ? '/' : `/${page.replace(/\/$/, '')}/`);
const sameContent = (a: Entry, b: Entry, before: RecordSide, after: RecordSide) => {
  // The reader's reuse map gives both versions one Entry for a file whose text is unchanged.
  if (a === b) return true;
  return (
    JSON.stringify(a.data) === JSON.stringify(b.data) &&
    (before.bodies.get(a.file) ?? '') === (after.bodies.get(b.file) ?? '')
  );
};

/** The newer record, with entries whose file exists but cannot be read standing in from the older one. */
function withStandIns(
  before: RecordSide,
  after: RecordSide,
): { record: RecordContent; bodies: Map<string, string>; unreadable: string[] } {
  const files = new Set(after.files);
  const record: RecordContent = {
    people: new Map(after.record.people),
    events: new Map(after.record.events),
    sources: new Map(after.record.sources),
    ...(after.record.about ? { about: after.record.about } : {}),
  };
  const unreadable: string[] = [];
  const now = mapsOf(record);
  for (const c of COLLECTION_LIST) {
    for (const [id, entry] of mapsOf(before.record)[c]) {
      if (now[c].has(id) || !files.has(entry.file)) continue;
      now[c].set(id, entry);
      unreadable.push(entry.file);
    }
  }
  for (const file of after.files) {
    const [, c, id] = /^content\/(people|events|sources)\/(.+)\.mdx$/.exec(file) ?? [];
    if (c && id && !now[c as Collection].has(id) && !unreadable.includes(file)) unreadable.push(file);
  }
  if (!record.about && before.record.about && files.has(before.record.about.file)) {
    record.about = before.record.about;
    unreadable.push(before.record.about.file);
  }
  const bodies = new Map(after.bodies);
  for (const file of unreadable) if (before.bodies.has(file)) bodies.set(file, before.bodies.get(file) as string);
  return { record, bodies, unreadable: unreadable.sort() };
}

interface Ref {
  file: string;
  title: string;
  where: string;
  source: string;
}

/** Every place an entry relies on a source the record does not have: citations, quotations, accounts, inline <Cite>. */
function danglingSourceRefs(record: RecordContent): Ref[] {
  const refs: Ref[] = [];
  const push = (e: Entry, where: string, source: string) => {
    if (!record.sources.has(source)) refs.push({ file: e.file, title: titleOf(e), where, source });
  };
  for (const e of record.events.values()) {
    for (const s of e.data.sources) push(e, 'sources', s.source);
    for (const q of e.data.quotes) {
      push(e, `quote ${JSON.stringify(q.text.slice(0, 40))}`, q.source);
      if (q.via) push(e, `quote ${JSON.stringify(q.text.slice(0, 40))} (as quoted in)`, q.via.source);
    }
    for (const a of e.data.accounts) for (const v of a.versions) push(e, `account “${a.point}”`, v.source);
  }
  for (const p of record.people.values()) for (const s of p.data.sources) push(p, 'sources', s.source);
  for (const map of [record.events, record.people, record.sources] as Map<string, Entry>[]) {
    for (const e of map.values())
      for (const c of e.citations)
        push(e, `body: “${c.sentence.slice(0, 60)}${c.sentence.length > 60 ? '…' : ''}”`, c.source);
  }
  if (record.about) for (const c of record.about.citations) push(record.about, 'body', c.source);
  return refs;
}

export interface CompareOptions {
  /** Compute every page, not only those the change can reach (reach.ts): for tests of that shortcut. */
  everyPage?: boolean;
}

export function compareRecords(before: RecordSide, given: RecordSide, options: CompareOptions = {}): ChangeReport {
  const { record: now, bodies, unreadable } = withStandIns(before, given);
  const after: RecordSide = { ...given, record: now, bodies };
  const was = before.record;
  const renames = new Map<string, string>();
  // The older side's references compare by the id each entry has now, so a rename alone changes no list.
  const oldNames = namesOf(was, (collection, id) => renames.get(`${collection}/${id}`) ?? id);
  const newNames = namesOf(now);
  const added: EntryNote[] = [];
  const removed: EntryNote[] = [];
  const renamed: ChangeReport['renamed'] = [];
  const changed: ChangedEntry[] = [];
  const edited = new Set<string>();
  const gone = new Set<string>();

  for (const c of COLLECTION_LIST) {
    const oldMap = mapsOf(was)[c];
    const newMap = mapsOf(now)[c];
    const fresh = [...newMap.values()].filter((e) => !oldMap.has(e.id));
    const lost = [...oldMap.values()].filter((e) => !newMap.has(e.id));
    // Same content under a new id: a rename, paired once.
    const bySignature = new Map<string, Entry[]>();
    for (const e of lost) {
      const sig = JSON.stringify(e.data) + (before.bodies.get(e.file) ?? '');
      bySignature.set(sig, [...(bySignature.get(sig) ?? []), e]);
    }
    for (const e of fresh) {
      const sig = JSON.stringify(e.data) + (after.bodies.get(e.file) ?? '');
      const match = bySignature.get(sig)?.shift();
      if (match) {
        renames.set(`${c}/${match.id}`, e.id);
        renamed.push({ ...note(e), from: match.id });
        edited.add(`${c}/${e.id}`);
      } else {
        added.push(note(e));
        edited.add(`${c}/${e.id}`);
      }
    }
    for (const e of lost) {
      if (renames.has(`${c}/${e.id}`)) continue;
      removed.push(note(e));
      gone.add(`${c}/${e.id}`);
    }
  }
  // Changed entries are described once every rename is known, so a reference to a renamed
  // entry (an event citing a renamed source) compares equal.
  for (const c of COLLECTION_LIST) {
    const oldMap = mapsOf(was)[c];
    for (const [id, e] of mapsOf(now)[c]) {
      const old = oldMap.get(id);
      if (!old || sameContent(old, e, before, after)) continue;
      changed.push(describeChange(old, e, oldNames, newNames, before, after));
      edited.add(`${c}/${id}`);
    }
  }
  let aboutChanged = false;
  if (was.about && now.about && !sameContent(was.about, now.about, before, after)) {
    changed.push(describeChange(was.about, now.about, oldNames, newNames, before, after));
    aboutChanged = true;
  }

  const canon: Canon = (c, id) => renames.get(`${c}/${id}`) ?? id;
  const oldGraph = graphOf(was);
  const newGraph = graphOf(now);
  const same: Canon = (_c, id) => id;
  const touched = new Set([...edited, ...gone]);
  for (const r of renamed) touched.add(`${r.collection}/${r.id}`);
  const only = options.everyPage
    ? undefined
    : reachable(touched, [
        { record: was, canon },
        { record: now, canon: same },
      ]);
  const oldPages = pagesOf(was, oldGraph, canon, only);
  const newPages = pagesOf(now, newGraph, same, only);
  const pages: PageNote[] = [];
  const agesAndOffices: string[] = [];
  for (const id of new Set([...newPages.keys(), ...oldPages.keys()])) {
    const a = newPages.get(id);
    const b = oldPages.get(id);
    const page = (a ?? b) as Page;
    if (page.entry && (gone.has(id) || (!b && edited.has(id)))) continue;
    const ownEdited = edited.has(id);
    let lines: Line[] = compareItems(b?.items ?? [], a?.items ?? []);
    // The page of an edited entry: its own additions and removals are in the entry's fields.
    if (ownEdited) lines = lines.filter((l) => l.kind === 'changed' || !l.item.own);
    if (!lines.length) continue;
    const text = lines.map(formatLine);
    if (!a) text.unshift('the page is no longer built');
    else if (!b) text.unshift('a new page');
    pages.push({
      path: pathOf(id),
      title: page.title,
      lines: text,
      edited: ownEdited || (aboutChanged && id === 'home'),
    });
    for (const l of lines) {
      if (l.kind === 'changed' && (l.part === 'age' || l.part === 'office'))
        agesAndOffices.push(`${page.title} (${pathOf(id)}): ${formatLine(l)}`);
    }
  }
  pages.sort((x, y) => Number(y.edited) - Number(x.edited) || (x.path < y.path ? -1 : 1));

  const timeline = timelineMoves(was, now, changed, canon, oldGraph.chronology, newGraph.chronology);
  const unsourced = newlyUnsourced(was, now, canon);
  const uncited = noLongerCited(
    was,
    now,
    oldGraph,
    newGraph,
    canon,
    new Set(added.filter((e) => e.collection === 'sources').map((e) => e.id)),
  );

  const key = (p: Problem) => `${p.file}\u0000${p.field}\u0000${p.message}`;
  const oldProblems = new Set(before.problems.map(key));
  const newProblems = new Set(after.problems.map(key));
  const problems = after.problems.filter((p) => !oldProblems.has(key(p))).map(formatProblem);
  const resolved = before.problems.filter((p) => !newProblems.has(key(p))).length;

  const report: ChangeReport = {
    summary: '',
    unchanged: false,
    added,
    removed,
    renamed,
    changed,
    pages,
    agesAndOffices,
    timeline,
    unsourced,
    uncited,
    problems,
    resolved,
    unreadable,
    siteWide: [],
  };
  report.unchanged =
    !added.length &&
    !removed.length &&
    !renamed.length &&
    !changed.length &&
    !pages.length &&
    !problems.length &&
    !resolved &&
    !unreadable.length;
  if (added.length || removed.length || renamed.length)
    report.siteWide.push('the sitemap (/sitemap-index.xml) lists pages added or removed');
  if ([...added, ...removed, ...renamed, ...changed].some((e) => e.collection === 'events')) {
    report.siteWide.push('the feed (/rss.xml) lists every event, with its date and summary');
  }
  if (added.length || removed.length || renamed.length || changed.length) {
    report.siteWide.push(
      'the JSON export (/data/record.json) and the search index are rebuilt with the edited entries',
    );
  }
  report.summary = summarize(report);
  return report;
}

function describeChange(
  old: Entry,
  now: Entry,
  oldNames: Names,
  newNames: Names,
  before: RecordSide,
  after: RecordSide,
): ChangedEntry {
  let oldKeys: string[] | undefined;
  let newKeys: string[] | undefined;
  if (old.collection === 'events' && now.collection === 'events') {
    oldKeys = quoteKeys((old.data as Event).quotes.map((q) => q.text));
    newKeys = pairQuoteKeys(oldKeys, quoteKeys((now.data as Event).quotes.map((q) => q.text)));
  }
  const lines = compareItems(describeEntry(old, oldNames, oldKeys), describeEntry(now, newNames, newKeys)).map(
    formatLine,
  );
  const body = wordDiff(before.bodies.get(old.file) ?? '', after.bodies.get(now.file) ?? '');
  if (!lines.length && !body)
    lines.push('no change a reader sees (ids of renamed entries, or the formatting of the file)');
  return { ...note(now), lines, ...(body ? { body } : {}) };
}

/** Events whose date moved: the pages that draw their mark, and where they now fall in the chronology. */
function timelineMoves(
  was: RecordContent,
  now: RecordContent,
  changed: readonly ChangedEntry[],
  canon: Canon,
  oldOrder: readonly string[],
  newOrder: readonly string[],
): string[] {
  const lines: string[] = [];
  const oldIds = new Map<string, string>();
  for (const id of was.events.keys()) oldIds.set(canon('events', id), id);
  const neighbours = (order: readonly string[], id: string, title: (x: string) => string) => {
    const i = order.indexOf(id);
    const prev = i > 0 ? title(order[i - 1] as string) : undefined;
    const next = i >= 0 && i < order.length - 1 ? title(order[i + 1] as string) : undefined;
    return prev && next
      ? `between “${prev}” and “${next}”`
      : prev
        ? `last, after “${prev}”`
        : next
          ? `first, before “${next}”`
          : 'alone';
  };
  for (const c of changed) {
    if (c.collection !== 'events') continue;
    const e = now.events.get(c.id)?.data;
    const old = was.events.get(oldIds.get(c.id) ?? c.id)?.data;
    if (!e || !old) continue;
    const from = formatRange(old.date, old.end);
    const to = formatRange(e.date, e.end);
    if (from === to) continue;
    const years = [...new Set([old.date.year, e.date.year])].map((y) => `/timeline/${y}/`);
    const drawn = [
      ...(now.events.size <= MAX_TIMELINE_EVENTS ? ['/'] : []),
      ...years,
      '/events/',
      ...e.participants.map((p) => `/people/${p.person}/`),
    ];
    const oldPlace = neighbours(oldOrder, oldIds.get(c.id) ?? c.id, (x) => was.events.get(x)?.data.title ?? x);
    const newPlace = neighbours(newOrder, c.id, (x) => now.events.get(x)?.data.title ?? x);
    const place = oldPlace === newPlace ? `still ${newPlace}` : `now ${newPlace} (was ${oldPlace})`;
    lines.push(`“${e.title}” moves from ${from} to ${to}, ${place}; drawn on ${drawn.join(', ')}`);
  }
  return lines;
}

function newlyUnsourced(was: RecordContent, now: RecordContent, canon: Canon): string[] {
  const dangling = (record: RecordContent, id: (s: string) => string) =>
    danglingSourceRefs(record).map((r) => ({ ...r, key: `${r.title}\u0000${r.where}\u0000${id(r.source)}` }));
  const before = new Set(dangling(was, (s) => canon('sources', s)).map((r) => r.key));
  return dangling(now, (s) => s)
    .filter((r) => !before.has(r.key))
    .map((r) => `${r.title} (${r.file}): ${r.where} cites the source “${r.source}”, which does not exist`);
}

function noLongerCited(
  was: RecordContent,
  now: RecordContent,
  oldGraph: ReturnType<typeof graphOf>,
  newGraph: ReturnType<typeof graphOf>,
  canon: Canon,
  fresh: ReadonlySet<string>,
): string[] {
  const uses = (g: ReturnType<typeof graphOf>, id: string) => {
    const r = g.sources.get(id);
    return r ? r.events.length + r.quotes.length + r.accounts.length + r.people.length + r.claims.length : 0;
  };
  const usedBefore = new Set(
    [...was.sources.keys()].filter((id) => uses(oldGraph, id) > 0).map((id) => canon('sources', id)),
  );
  const lines: string[] = [];
  for (const [id, s] of now.sources) {
    if (uses(newGraph, id) > 0) continue;
    if (usedBefore.has(id)) lines.push(`${s.data.title} (/sources/${id}/) is no longer cited by anything`);
    else if (fresh.has(id)) lines.push(`${s.data.title} (/sources/${id}/) is new and cited by nothing`);
  }
  return lines;
}

function summarize(r: ChangeReport): string {
  if (r.unchanged) return 'no changes to the record';
  const parts: string[] = [];
  for (const kind of ['events', 'people', 'sources', 'record'] as Kind[]) {
    const of = (list: readonly EntryNote[]) => list.filter((e) => e.collection === kind).length;
    const n = { added: of(r.added), removed: of(r.removed), renamed: of(r.renamed), changed: of(r.changed) };
    for (const [what, k] of Object.entries(n))
      if (k) parts.push(kind === 'record' ? `record description ${what}` : `${count(kind, k)} ${what}`);
  }
  const others = r.pages.filter((p) => !p.edited).length;
  parts.push(`${others} other page${others === 1 ? '' : 's'} affected`);
  if (r.problems.length) parts.push(`${r.problems.length} new problem${r.problems.length === 1 ? '' : 's'}`);
  if (r.unreadable.length) parts.push(`${r.unreadable.length} unreadable file${r.unreadable.length === 1 ? '' : 's'}`);
  if (r.resolved) parts.push(`${r.resolved} problem${r.resolved === 1 ? '' : 's'} resolved`);
  return parts.join(', ');
}
