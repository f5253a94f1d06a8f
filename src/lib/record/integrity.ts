/**
 * Cross-entry checks: every id used anywhere resolves, dates make sense against each
 * other and against the build's reference date. One pass over the record, with map
 * look-ups: linear in the number of references.
 */
import { referenceKey } from './body/references.ts';
import { bounds, formatDate, isCertainlyBefore, toISO, type HistoricalDate } from '../time/dates.ts';
import { didYouMean, nameKey } from './ids.ts';
import { clip } from '../text/clip.ts';
import { COLLECTIONS, type Collection } from '../kinds.ts';
import { EVENT_SECTIONS, mentionGroupId, PERSON_SECTIONS, SOURCE_SECTIONS } from '../sections.ts';
import { formatPath, type Problem } from './problems.ts';
import { sourceCopies } from './source-checks.ts';
import { NOUN, type Entry, type Kind, type PartialEntry, type RecordContent } from './entry.ts';

/**
 * Where each kind of entry names other entries, as paths into the frontmatter as written
 * ("[]": each item of a list). Used for entries whose fields failed their checks, so that
 * their references are reported in the same run as their other problems.
 */
const REFERENCE_FIELDS: Record<Kind, readonly (readonly [path: string, collection: Collection])[]> = {
  people: [
    ['sources[].source', 'sources'],
    ['roles[].sources[].source', 'sources'],
  ],
  sources: [['authors[].person', 'people']],
  events: [
    ['participants[].person', 'people'],
    ['sources[].source', 'sources'],
    ['quotes[].speaker', 'people'],
    ['quotes[].addressee', 'people'],
    ['quotes[].about', 'people'],
    ['quotes[].source', 'sources'],
    ['quotes[].via.source', 'sources'],
    ['accounts[].versions[].source', 'sources'],
    ['accounts[].versions[].via.source', 'sources'],
  ],
  record: [],
};

/** The ids at a reference path of raw frontmatter, with their paths; a value of another type is left to the schema's message. */
function idsAt(raw: unknown, pattern: string): { path: PropertyKey[]; id: string }[] {
  let at: { path: PropertyKey[]; value: unknown }[] = [{ path: [], value: raw }];
  for (const token of pattern.split('.')) {
    const key = token.replace(/\[\]$/, '');
    const next: typeof at = [];
    for (const { path, value } of at) {
      if (!value || typeof value !== 'object' || Array.isArray(value)) continue;
      const child = (value as Record<string, unknown>)[key];
      if (!token.endsWith('[]')) next.push({ path: [...path, key], value: child });
      else if (Array.isArray(child)) child.forEach((item, i) => next.push({ path: [...path, key, i], value: item }));
    }
    at = next;
  }
  // A field that takes one id or a list of ids ("speaker", "about").
  return at.flatMap(({ path, value }) =>
    typeof value === 'string'
      ? [{ path, id: value }]
      : Array.isArray(value)
        ? value.flatMap((item, k) => (typeof item === 'string' ? [{ path: [...path, k], id: item }] : []))
        : [],
  );
}

/**
 * Every entry an entry names: in its frontmatter's reference fields (REFERENCE_FIELDS), its
 * body's links and its citations, as "collection/id" keys, each once.
 */
export function referencedKeys(entry: Pick<Entry, 'collection' | 'data' | 'links' | 'citations'>): Set<string> {
  const keys = new Set<string>();
  for (const [pattern, collection] of REFERENCE_FIELDS[entry.collection])
    for (const { id } of idsAt(entry.data, pattern)) keys.add(`${collection}/${id}`);
  for (const link of entry.links) keys.add(`${link.collection}/${link.id}`);
  for (const citation of entry.citations) keys.add(`sources/${citation.source}`);
  return keys;
}

const samePath = (a: readonly PropertyKey[], b: readonly PropertyKey[]) =>
  a.length === b.length && a.every((k, i) => k === b[i]);
const isPrefix = (a: readonly PropertyKey[], b: readonly PropertyKey[]) =>
  a.length <= b.length && a.every((k, i) => k === b[i]);

/**
 * `present` holds the ids of every entry file, valid or not: a reference to an entry that
 * exists but has problems of its own is not reported again in every file that uses it.
 */
export function checkIntegrity(
  record: RecordContent,
  referenceDate: HistoricalDate,
  present?: Record<Collection, ReadonlySet<string>>,
  partial: readonly PartialEntry[] = [],
): Problem[] {
  const problems: Problem[] = [];
  const maps: Record<Collection, Map<string, unknown>> = {
    people: record.people,
    events: record.events,
    sources: record.sources,
  };
  const exists = (collection: Collection, id: string) =>
    maps[collection].has(id) || (present?.[collection].has(id) ?? false);
  const latestAllowed = bounds(referenceDate).end;

  const problem = (entry: Entry, path: readonly PropertyKey[], message: string) => {
    const { line, column } = entry.locate(path);
    problems.push({ file: entry.file, line, column, field: formatPath(path), message });
  };

  /** Checks that `id` names an entry of `collection`; returns whether it does. */
  const resolve = (entry: Entry, path: readonly PropertyKey[], collection: Collection, id: string): boolean => {
    if (exists(collection, id)) return true;
    problem(entry, path, unknownMessage(collection, id, maps));
    return false;
  };

  const future = (entry: Entry, path: readonly PropertyKey[], date: HistoricalDate | undefined) => {
    if (date && bounds(date).start > latestAllowed) {
      problem(
        entry,
        path,
        `${toISO(date)} is in the future (the record's reference date is ${toISO(referenceDate)}): check the year`,
      );
    }
  };

  const citations = (entry: Entry, list: readonly { source: string }[], field: string) => {
    for (const [i, c] of list.entries()) resolve(entry, [field, i, 'source'], 'sources', c.source);
  };

  const body = (entry: Pick<Entry, 'file' | 'links' | 'citations'>) => {
    for (const link of entry.links) {
      if (exists(link.collection, link.id)) {
        const missing =
          link.fragment === undefined ? undefined : missingSection(link.collection, link.id, link.fragment);
        if (missing)
          problems.push({ file: entry.file, line: link.line, column: link.column, field: 'body', message: missing });
        continue;
      }
      problems.push({
        file: entry.file,
        line: link.line,
        column: link.column,
        field: 'body',
        message: `links to ${link.collection}/${link.id}.mdx, but ${unknownMessage(link.collection, link.id, maps)}`,
      });
    }
    for (const cite of entry.citations) {
      if (exists('sources', cite.source)) continue;
      problems.push({
        file: entry.file,
        line: cite.line,
        column: cite.column,
        field: 'body',
        message: `<Cite>: ${unknownMessage('sources', cite.source, maps)}`,
      });
    }
  };

  /**
   * Why `#fragment` names nothing on the page of collection/id, or undefined when it names
   * one of its body's headings or a section its template draws. Only read entries are
   * checked: one with problems of its own has no headings to compare.
   */
  const missingSection = (collection: Collection, id: string, fragment: string): string | undefined => {
    const target = (maps[collection] as Map<string, Entry>).get(id);
    if (!target) return undefined;
    const headings = target.headings.map((h) => h.slug);
    if (headings.includes(fragment) || PAGE_IDS[collection].has(fragment) || NUMBERED_ID.test(fragment))
      return undefined;
    const list = headings.length
      ? `its headings are ${headings
          .slice(0, 20)
          .map((h) => `#${h}`)
          .join(', ')}${headings.length > 20 ? ', …' : ''}`
      : 'its body has no headings';
    return `links to ${collection}/${id}.mdx#${clip(fragment)}, but that page has no section "${clip(fragment)}": ${list}`;
  };

  const duplicateSources = (
    entry: Entry,
    list: readonly { source: string; locator?: string | undefined }[],
    path: readonly PropertyKey[],
  ) => {
    for (const { index, first } of duplicateSourcesIn(list)) {
      const c = list[index];
      problem(
        entry,
        [...path, index, 'source'],
        `repeats source ${first + 1} ("${c?.source}"${c?.locator ? `, ${c.locator}` : ''}): cite each source once (with different locators for different places)`,
      );
    }
  };

  /**
   * Whether someone could do something over [start, end]: not before they were born, not
   * after they died. Reports at `path` and returns false when the dates say they could not.
   */
  const alive = (
    entry: Entry,
    path: readonly PropertyKey[],
    id: string,
    start: HistoricalDate,
    end: HistoricalDate,
    what: string,
  ) => {
    const person = record.people.get(id)?.data;
    if (!person) return true;
    if (person.born && isCertainlyBefore(end, person.born)) {
      problem(
        entry,
        path,
        `${what} (${formatDate(start)}) is before "${id}" was born (${formatDate(person.born)}): check the dates or the ${what === 'the event' ? 'participant' : 'person'}`,
      );
      return false;
    }
    if (person.died && isCertainlyBefore(person.died, start)) {
      problem(
        entry,
        path,
        `${what} (${formatDate(start)}) is after "${id}" died (${formatDate(person.died)}): check the dates or the ${what === 'the event' ? 'participant' : 'person'}`,
      );
      return false;
    }
    return true;
  };

  for (const entry of record.people.values()) {
    const person = entry.data;
    future(entry, ['born'], person.born);
    future(entry, ['died'], person.died);
    for (const [i, role] of person.roles.entries()) {
      future(entry, ['roles', i, 'from'], role.from);
      future(entry, ['roles', i, 'to'], role.to);
      const start = role.from ?? role.to;
      if (
        !start ||
        !alive(entry, ['roles', i, role.from ? 'from' : 'to'], entry.id, start, role.to ?? start, 'the role')
      )
        continue;
      if (role.from && person.born && isCertainlyBefore(role.from, person.born)) {
        problem(
          entry,
          ['roles', i, 'from'],
          `the role starts (${formatDate(role.from)}) before "${entry.id}" was born (${formatDate(person.born)}): a role begins at birth at the earliest`,
        );
      }
      if (role.to && person.died && isCertainlyBefore(person.died, role.to)) {
        problem(
          entry,
          ['roles', i, 'to'],
          `the role ends (${formatDate(role.to)}) after "${entry.id}" died (${formatDate(person.died)}): a role ends at death at the latest`,
        );
      }
    }
    citations(entry, person.sources, 'sources');
    duplicateSources(entry, person.sources, ['sources']);
    // A role's sources are listed on the page with the person's: a mark needs its reference there.
    const personSources = new Set(person.sources.map((s) => s.source));
    for (const [i, role] of person.roles.entries()) {
      for (const [j, c] of role.sources.entries()) {
        const path = ['roles', i, 'sources', j, 'source'];
        if (resolve(entry, path, 'sources', c.source) && !personSources.has(c.source))
          problem(
            entry,
            path,
            `the role cites "${c.source}", which is not among the person's sources: add it to \`sources\``,
          );
      }
    }
    body(entry);
  }
  // Two people of one name are told apart by `disambiguation`, shown beside the name.
  const byName = new Map<string, Entry<'people'>[]>();
  for (const entry of record.people.values()) {
    const key = nameKey(entry.data.name);
    const group = byName.get(key);
    if (group) group.push(entry);
    else byName.set(key, [entry]);
  }
  for (const group of byName.values()) {
    if (group.length < 2) continue;
    const byDisambiguation = new Map<string, Entry<'people'>[]>();
    for (const entry of group) {
      const said = entry.data.disambiguation;
      if (!said) continue;
      const key = nameKey(said);
      const same = byDisambiguation.get(key);
      if (same) same.push(entry);
      else byDisambiguation.set(key, [entry]);
    }
    for (const same of byDisambiguation.values()) {
      if (same.length < 2) continue;
      for (const entry of same) {
        const others = same
          .filter((e) => e !== entry)
          .map((e) => `"${e.id}" (${e.file})`)
          .join(', ');
        problem(
          entry,
          ['disambiguation'],
          `is the same as that of ${others}, who has the same name: make each one say what tells this person apart`,
        );
      }
    }
    for (const entry of group) {
      if (entry.data.disambiguation) continue;
      const others = group
        .filter((e) => e !== entry)
        .map((e) => `"${e.id}" (${e.file})`)
        .join(', ');
      problem(
        entry,
        ['name'],
        `is also the name of ${others}: add \`disambiguation\` (like "born 1946" or "the journalist") so readers can tell them apart`,
      );
    }
  }

  for (const entry of record.sources.values()) {
    const source = entry.data;
    future(entry, ['published'], source.published);
    sourceCopies(entry, source, { problem, future, resolve, referenceDate });
    for (const cite of entry.citations) {
      if (cite.source !== entry.id) continue;
      problems.push({
        file: entry.file,
        line: cite.line,
        column: cite.column,
        field: 'body',
        message: `<Cite source="${cite.source}"> cites this source on its own page: a source cannot support itself. Cite another source that describes it, or remove the mark`,
      });
    }
    for (const [i, author] of source.authors.entries()) {
      if ('person' in author) resolve(entry, ['authors', i, 'person'], 'people', author.person);
    }
    body(entry);
  }

  if (record.about) body(record.about);
  // The allowed tags are content/record.mdx's; when that file has problems of its own, they are reported instead.
  const allowedTags = record.about ? record.about.data.tags.map((t) => t.tag) : undefined;
  const tagSet = new Set(allowedTags);

  for (const entry of record.events.values()) {
    const event = entry.data;
    if (allowedTags) {
      for (const [i, tag] of event.tags.entries()) {
        if (tagSet.has(tag)) continue;
        problem(
          entry,
          ['tags', i],
          `"${tag}" is not one of the record's tags${didYouMean(tag, allowedTags)}: use a tag listed under \`tags\` in content/record.mdx, or add it there with a line on what it covers`,
        );
      }
    }
    future(entry, ['date'], event.date);
    future(entry, ['end'], event.end);
    const last = event.end ?? event.date;
    const during = (path: readonly PropertyKey[], id: string, what: string) =>
      alive(entry, path, id, event.date, last, what);
    for (const [i, participant] of event.participants.entries()) {
      const path = ['participants', i, 'person'];
      if (!resolve(entry, path, 'people', participant.person)) continue;
      during(path, participant.person, 'the event');
    }
    citations(entry, event.sources, 'sources');
    duplicateSources(entry, event.sources, ['sources']);
    const eventSources = new Set(event.sources.map((s) => s.source));
    /** A quotation's or a version's source (or the source it was read in) is one of the event's. */
    const listed = (path: readonly PropertyKey[], source: string, via: string | undefined, what: string) => {
      if (via === source) {
        problem(
          entry,
          [...path, 'via', 'source'],
          `is "${source}", the same as \`source\`: \`via\` names another source that quotes it; delete \`via\``,
        );
        return;
      }
      if (eventSources.has(source) || (via !== undefined && eventSources.has(via))) return;
      const missing = via ?? source;
      problem(
        entry,
        [...path, via ? 'via' : 'source', ...(via ? ['source'] : [])],
        `${what} comes from "${missing}", which is not among the event's sources: add it to \`sources\``,
      );
    };
    for (const [i, quote] of event.quotes.entries()) {
      const speakerPath = (k: number) =>
        quote.speakers.length > 1 ? ['quotes', i, 'speaker', k] : ['quotes', i, 'speaker'];
      const speakers = new Set<string>();
      quote.speakers.forEach((speaker, k) => {
        if (speakers.has(speaker)) {
          problem(entry, speakerPath(k), `lists "${speaker}" twice: name each speaker once`);
          return;
        }
        speakers.add(speaker);
        if (resolve(entry, speakerPath(k), 'people', speaker)) during(speakerPath(k), speaker, 'the quotation');
      });
      if (quote.addressee && resolve(entry, ['quotes', i, 'addressee'], 'people', quote.addressee)) {
        during(['quotes', i, 'addressee'], quote.addressee, 'the quotation');
      }
      quote.about.forEach((person, k) => resolve(entry, ['quotes', i, 'about', k], 'people', person));
      const sourceOk = resolve(entry, ['quotes', i, 'source'], 'sources', quote.source);
      const viaOk = !quote.via || resolve(entry, ['quotes', i, 'via', 'source'], 'sources', quote.via.source);
      if (sourceOk && viaOk) listed(['quotes', i], quote.source, quote.via?.source, 'the quotation');
    }
    for (const [i, account] of event.accounts.entries()) {
      const versions = new Map<string, number>();
      for (const [j, version] of account.versions.entries()) {
        const path = ['accounts', i, 'versions', j];
        const sourceOk = resolve(entry, [...path, 'source'], 'sources', version.source);
        const viaOk = !version.via || resolve(entry, [...path, 'via', 'source'], 'sources', version.via.source);
        // One source read in two places (a book through an article and through excerpts) is two versions.
        const key = `${referenceKey(version.source, version.locator)}\u0000${version.via?.source ?? ''}`;
        const first = versions.get(key);
        if (first !== undefined) {
          problem(
            entry,
            [...path, 'source'],
            `repeats version ${first + 1} ("${version.source}"${version.locator ? `, ${version.locator}` : ''}): give each source's version once`,
          );
          continue;
        }
        versions.set(key, j);
        if (sourceOk && viaOk) listed(path, version.source, version.via?.source, 'this version');
      }
    }
    body(entry);
  }

  // Entries with problems of their own: every reference whose field passed its type is
  // still checked, so a contributor sees all of a file's problems in one run.
  for (const entry of partial) {
    for (const [pattern, collection] of REFERENCE_FIELDS[entry.collection]) {
      for (const { path, id } of idsAt(entry.raw, pattern)) {
        const failed = entry.failed.some(
          (f) => samePath(f.path, path) || (isPrefix(f.path, path) && f.code === 'invalid_type'),
        );
        if (!failed) resolve(entry as unknown as Entry, path, collection, id);
      }
    }
    body(entry);
  }
  return problems;
}

/** Ids an entry page's template gives its sections, by collection: a link may name them too. */
const PAGE_IDS: Record<Collection, ReadonlySet<string>> = {
  people: new Set([...Object.values(PERSON_SECTIONS), ...COLLECTIONS.map(mentionGroupId)]),
  events: new Set([...Object.values(EVENT_SECTIONS), ...COLLECTIONS.map(mentionGroupId)]),
  sources: new Set([...Object.values(SOURCE_SECTIONS), ...COLLECTIONS.map(mentionGroupId)]),
};
/** A reference, quotation or account of the page: #ref-2, #quote-1, #account-3. */
const NUMBERED_ID = /^(?:ref|quote|account)-[1-9][0-9]{0,4}$/;

/** Problems for a source cited twice with the same locator in one list. */
function duplicateSourcesIn(
  list: readonly { source: string; locator?: string | undefined }[],
): { index: number; first: number }[] {
  const seen = new Map<string, number>();
  const out: { index: number; first: number }[] = [];
  for (const [i, c] of list.entries()) {
    const key = referenceKey(c.source, c.locator);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else out.push({ index: i, first });
  }
  return out;
}

/** `no person "donald-trunp" (did you mean "donald-trump"?)`, or says which collection the id belongs to. */
function unknownMessage(collection: Collection, id: string, maps: Record<Collection, Map<string, unknown>>): string {
  const elsewhere = (Object.keys(maps) as Collection[]).find((c) => c !== collection && maps[c].has(id));
  if (elsewhere) {
    return `no ${NOUN[collection]} "${id}": "${id}" is ${NOUN[elsewhere] === 'event' ? 'an' : 'a'} ${NOUN[elsewhere]}, and this field needs a ${NOUN[collection]}`;
  }
  return `no ${NOUN[collection]} "${id}"${didYouMean(id, maps[collection].keys())}`;
}
