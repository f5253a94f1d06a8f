import { XMLParser } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { atomXml, escapeXml, urnUuid } from '../../src/lib/pages/atom.ts';
import { buildGraph } from '../../src/lib/graph/graph.ts';
import { fileHistories, parseGitLog, type Commit, type GitHistory } from '../../src/lib/git/history.ts';
import {
  changesFeed,
  changesPage,
  correctionsFeed,
  correctionsPage,
  entryCorrections,
  entryHistoryPage,
  FILES_PER_COMMIT,
  HISTORY_UNAVAILABLE,
  historyEntries,
  RECENT_COMMITS,
  type HistoryContext,
} from '../../src/lib/pages/history.ts';
import type { PageSite } from '../../src/lib/pages/shared.ts';
import type { Person } from '../../src/schemas/person.ts';

const H1 = 'a'.repeat(40);
const H2 = 'b'.repeat(40);

/** What `git log -z --format=… --name-status` prints for two commits. */
const LOG = [
  H1,
  'aaaaaaa',
  '1740830400',
  'Fix the date',
  'The call was on 6 November.\nAnd the place.\n',
  '',
  '\nR087',
  'content/events/old.mdx',
  'content/events/new.mdx',
  'M',
  'content/people/p.mdx',
  H2,
  'bbbbbbb',
  '1730894400',
  'First',
  '',
  '',
  '\nA',
  'content/events/old.mdx',
  'A',
  'content/people/p.mdx',
  '',
].join('\0');

describe('parseGitLog', () => {
  test('reads each commit, its corrections and what it did to each file', () => {
    const [first, second] = parseGitLog(LOG);
    expect(first).toEqual({
      hash: H1,
      short: 'aaaaaaa',
      date: '2025-03-01T12:00:00Z',
      subject: 'Fix the date',
      corrections: ['The call was on 6 November.', 'And the place.'],
      files: [
        { kind: 'renamed', from: 'content/events/old.mdx', path: 'content/events/new.mdx' },
        { kind: 'modified', path: 'content/people/p.mdx' },
      ],
    });
    expect(second?.files.map((f) => f.kind)).toEqual(['added', 'added']);
    expect(second?.corrections).toEqual([]);
  });

  test('refuses output it does not understand instead of misplacing a change', () => {
    expect(() => parseGitLog(`${H1}\0a\0notatime\0s\0\0`)).toThrow(/commit time/);
    expect(() => parseGitLog(`${H1}\0a\x001\0s\0\0\0X\0content/a.mdx\0`)).toThrow(/change status/);
    expect(() => parseGitLog('not a hash\0')).toThrow(/commit hash/);
  });
});

function commit(hash: string, date: string, files: Commit['files'], corrections: string[] = []): Commit {
  return { hash, short: hash.slice(0, 7), date, subject: `commit ${hash.slice(0, 3)}`, corrections, files };
}
const hash = (n: number) => n.toString(16).padStart(40, '0');

describe('fileHistories', () => {
  test('follows a file through two renames', () => {
    const files = fileHistories([
      commit(hash(3), '2025-03-01T00:00:00Z', [{ kind: 'renamed', from: 'b', path: 'c' }]),
      commit(hash(2), '2025-02-01T00:00:00Z', [{ kind: 'renamed', from: 'a', path: 'b' }]),
      commit(hash(1), '2025-01-01T00:00:00Z', [{ kind: 'added', path: 'a' }]),
    ]);
    expect(files.get('c')?.map((r) => r.commit.hash)).toEqual([hash(3), hash(2), hash(1)]);
    expect(files.has('a')).toBe(false);
  });

  test('gives a path added again none of the deleted file’s rows, and a path renamed onto none of its old file’s', () => {
    const files = fileHistories([
      commit(hash(5), '2025-05-01T00:00:00Z', [{ kind: 'renamed', from: 'x', path: 'a' }]),
      commit(hash(4), '2025-04-01T00:00:00Z', [{ kind: 'deleted', path: 'a' }]),
      commit(hash(3), '2025-03-01T00:00:00Z', [{ kind: 'modified', path: 'a' }]),
      commit(hash(2), '2025-02-01T00:00:00Z', [{ kind: 'added', path: 'a' }]),
      commit(hash(1), '2025-01-01T00:00:00Z', [{ kind: 'added', path: 'x' }]),
    ]);
    expect(files.get('a')?.map((r) => r.commit.hash)).toEqual([hash(5), hash(1)]);
  });
});

const ctx: HistoryContext = {
  base: '/',
  repository: { url: 'https://github.com/o/r', forge: 'github' },
  entries: new Map([['content/events/e.mdx', { collection: 'events', id: 'e', title: 'An event' }]]),
};

function history(commits: Commit[]): GitHistory {
  return { available: true, commits, files: fileHistories(commits) };
}

describe('history page models', () => {
  test('say history is not available in a shallow build, and give no rows or feeds', () => {
    const shallow: GitHistory = { available: false, reason: 'shallow' };
    expect(entryHistoryPage(shallow, ctx, 'content/events/e.mdx')).toMatchObject({
      available: false,
      note: HISTORY_UNAVAILABLE.shallow,
      rows: [],
    });
    expect(changesFeed(changesPage(shallow, ctx), ctx, 'R', (p) => p)).toBeUndefined();
    expect(correctionsFeed(correctionsPage(shallow, ctx), shallow, ctx, 'R', (p) => p)).toBeUndefined();
    expect(entryCorrections(shallow, 'content/events/e.mdx')).toEqual([]);
  });

  test('/changes/ leaves out a commit that changed no file (a merge), and counts only the rest', () => {
    const merge = commit(hash(1), '2025-01-02T00:00:00Z', []);
    const edit = commit(hash(2), '2025-01-01T00:00:00Z', [{ kind: 'modified', path: 'content/events/e.mdx' }]);
    const page = changesPage(history([merge, edit]), ctx);
    expect(page.total).toBe(1);
    expect(page.commits.map((c) => c.hash)).toEqual([hash(2)]);
  });

  test('/changes/ shows the newest commits and the first files of each, saying how many more', () => {
    const files = Array.from({ length: FILES_PER_COMMIT + 3 }, (_, i) => ({
      kind: 'added' as const,
      path: `content/events/${i}.mdx`,
    }));
    const commits = Array.from({ length: RECENT_COMMITS + 2 }, (_, i) =>
      commit(hash(i + 1), '2025-01-01T00:00:00Z', files),
    );
    const page = changesPage(history(commits), ctx);
    expect(page.total).toBe(RECENT_COMMITS + 2);
    expect(page.commits).toHaveLength(RECENT_COMMITS);
    expect(page.commits[0]?.files).toHaveLength(FILES_PER_COMMIT);
    expect(page.commits[0]?.more).toBe(3);
  });

  test('a correction names its entry, links its commit, and its controls and overrides are shown as U+FFFD', () => {
    const h = history([
      commit(
        hash(2),
        '2025-02-03T10:00:00Z',
        [{ kind: 'modified', path: 'content/events/e.mdx' }],
        ['Wrong\u0007 date \u202Eevil'],
      ),
      commit(hash(1), '2025-01-01T00:00:00Z', [{ kind: 'added', path: 'content/events/e.mdx' }]),
    ]);
    const page = correctionsPage(h, ctx);
    expect(page.corrections).toHaveLength(1);
    expect(page.corrections[0]).toMatchObject({
      text: 'Wrong\uFFFD date \uFFFDevil',
      url: `https://github.com/o/r/commit/${hash(2)}`,
      anchor: `correction-${hash(2).slice(0, 12)}-1`,
      files: [{ label: 'An event', href: '/events/e/', change: 'Changed' }],
    });
    expect(entryCorrections(h, 'content/events/e.mdx')).toEqual([
      { date: '2025-02-03T10:00:00Z', dateLabel: '3 February 2025', text: 'Wrong\uFFFD date \uFFFDevil' },
    ]);
    const rows = entryHistoryPage(h, ctx, 'content/events/e.mdx').rows;
    expect(rows.map((r) => r.change)).toEqual(['Changed', 'Added']);
  });
});

describe('atomXml', () => {
  test('escapes every text and writes characters XML cannot hold as U+FFFD', () => {
    expect(escapeXml('a <b> & "c"\u0001')).toBe('a &lt;b&gt; &amp; &quot;c&quot;\uFFFD');
    const text = atomXml({
      key: 'k',
      title: 'T </title><x>',
      author: 'A & B',
      subtitle: 's',
      self: '/feed.xml',
      alternate: '/',
      updated: '2025-01-01T00:00:00Z',
      entries: [
        { key: 'e', title: ']]>', updated: '2025-01-01T00:00:00Z', link: '/e/?a=1&b=2', summary: '\u0000<script>' },
      ],
    });
    const feed = new XMLParser({ ignoreAttributes: false }).parse(text, true) as {
      feed: { title: string; author: { name: string }; entry: { title: string; summary: string } };
    };
    expect(feed.feed.title).toBe('T </title><x>');
    expect(feed.feed.author.name).toBe('A & B');
    expect(feed.feed.entry.summary).toBe('\uFFFD<script>');
  });

  test('ids are name-based UUIDs: the same name, the same id', () => {
    expect(urnUuid('change:x')).toBe(urnUuid('change:x'));
    expect(urnUuid('change:x')).not.toBe(urnUuid('change:y'));
    expect(urnUuid('change:x')).toMatch(
      /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});

describe('historyEntries', () => {
  const person = (name: string, extra: Partial<Person> = {}): Person => ({
    name,
    description: `${name}, for the test`,
    aliases: [],
    roles: [],
    sources: [],
    ...extra,
  });
  const site: PageSite = {
    people: new Map([
      ['jane-doe', { id: 'jane-doe', data: person('Jane Doe', { disambiguation: 'the *painter*' }) }],
      ['jane-doe-2', { id: 'jane-doe-2', data: person('Jane Doe') }],
    ]),
    events: new Map(),
    sources: new Map(),
    graph: buildGraph({ people: [], events: [], sources: [] }),
  };

  test('names a person with their disambiguation, so two people of one name read apart on the history pages', () => {
    const entries = historyEntries(site);
    expect(entries.get('content/people/jane-doe.mdx')?.title).toBe('Jane Doe (the painter)');
    expect(entries.get('content/people/jane-doe-2.mdx')?.title).toBe('Jane Doe');
    const peopleCtx: HistoryContext = { ...ctx, entries };
    const h = history([
      commit(hash(1), '2025-01-01T00:00:00Z', [
        { kind: 'added', path: 'content/people/jane-doe.mdx' },
        { kind: 'added', path: 'content/people/jane-doe-2.mdx' },
      ]),
    ]);
    expect(changesPage(h, peopleCtx).commits[0]?.files.map((f) => f.label)).toEqual([
      'Jane Doe (the painter)',
      'Jane Doe',
    ]);
    expect(entryHistoryPage(h, peopleCtx, 'content/people/jane-doe.mdx').title).toBe('Jane Doe (the painter)');
  });
});
