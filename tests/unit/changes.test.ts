/**
 * The change report (npm run changes): fixture pairs built from one small record
 * (tests/fixtures/changes/base), each case an edit of a copy. Both versions are read
 * with the build's reader, as the CLI does; no git and no child processes here.
 */
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadSide } from '../../src/lib/changes/load.ts';
import { renderMarkdown } from '../../src/lib/changes/markdown.ts';
import { compareRecords, type ChangeReport } from '../../src/lib/changes/report.ts';
import { head, sentences, tail, wordDiff } from '../../src/lib/changes/words.ts';
import { date } from '../support/dates.ts';

const BASE = path.resolve(import.meta.dirname, '../fixtures/changes/base');
const REFERENCE = date('2026-01-01');
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

interface Edit {
  write(file: string, text: string): void;
  replace(file: string, from: string, to: string): void;
  remove(file: string): void;
  move(from: string, to: string): void;
}

function copy(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'record-changes-'));
  made.push(root);
  cpSync(path.join(BASE, 'content'), path.join(root, 'content'), { recursive: true });
  return root;
}

/** The base record before, and a copy changed by `edit` after: the report and its Markdown. */
async function change(edit: (e: Edit) => void): Promise<{ report: ChangeReport; markdown: string }> {
  const before = copy();
  const after = copy();
  const at = (file: string) => path.join(after, 'content', file);
  edit({
    write: (file, text) => writeFileSync(at(file), text),
    replace: (file, from, to) => {
      const text = readFileSync(at(file), 'utf8');
      if (!text.includes(from)) throw new Error(`fixture edit: "${from}" is not in ${file}`);
      writeFileSync(at(file), text.replaceAll(from, to));
    },
    remove: (file) => rmSync(at(file)),
    move: (from, to) => renameSync(at(from), at(to)),
  });
  const sides = [await loadSide(before, REFERENCE), await loadSide(after, REFERENCE)] as const;
  const report = compareRecords(...sides);
  // The report computes only the pages a change can reach; computing all of them must find no other.
  expect(report.pages).toEqual(compareRecords(...sides, { everyPage: true }).pages);
  // Parsing each unchanged file once (as the CLI does) must give the same problems and report.
  const reuse = new Map();
  const reused = [await loadSide(before, REFERENCE, reuse), await loadSide(after, REFERENCE, reuse)] as const;
  expect(reused.map((s) => s.problems)).toEqual(sides.map((s) => s.problems));
  expect(compareRecords(...reused)).toEqual(report);
  return { report, markdown: renderMarkdown(report) };
}

const lines = (markdown: string) => markdown.split('\n').map((l) => l.replace(/^\s*- /, '').trim());

const NEW_EVENT = `---
title: Biden calls Trump
summary: Biden congratulates Trump.
date: 2024-11-06T15:00-05:00
participants:
  - person: donald-trump
    role: took the call
sources:
  - source: daily-beast
---
[Biden](../events/harris-concession-call.mdx) called.
`;

describe('npm run changes: what a change does to the record', () => {
  test('an unchanged record reports no changes to the record', async () => {
    const { report, markdown } = await change(() => {});
    expect(report.unchanged).toBe(true);
    expect(markdown).toContain('**no changes to the record**');
    expect(markdown).not.toContain('###');
  });

  // Each case: an edit of the base record, and lines the report must contain.
  const cases: { name: string; edit: (e: Edit) => void; expected: string[] }[] = [
    {
      name: 'an event added appears on the timeline, the index and its participants’ pages',
      edit: (e) => e.write('events/biden-calls-trump.mdx', NEW_EVENT),
      expected: [
        '**1 event added, 8 other pages affected**',
        'Biden calls Trump (`content/events/biden-calls-trump.mdx`)',
        '`/people/donald-trump/` Donald Trump',
        'Took part in: + Biden calls Trump (6 November 2024, 3 p.m. UTC−5; took the call; 78)',
        '`/events/harris-concession-call/` Harris calls Trump to concede',
        'Mentioned in: + Biden calls Trump (Biden called.)',
        'Counts: number of events: 2 → 3',
        'Timeline: + Biden calls Trump (6 November 2024, 3 p.m. UTC−5; Biden congratulates Trump.)',
        'Events: + Biden calls Trump (6 November 2024, 3 p.m. UTC−5; Biden congratulates Trump.)',
        '`/timeline/2024/` Timeline of 2024',
        'Years: year 2024: events 1 → 2',
        '`/sources/daily-beast/` The Daily Beast',
        'Events: + Biden calls Trump',
        'Sources: source The Daily Beast: used by 2 entries → 3 entries',
        'Also: the sitemap (/sitemap-index.xml) lists pages added or removed',
      ],
    },
    {
      name: 'a person removed leaves the index',
      edit: (e) => e.remove('people/sheila-nix.mdx'),
      expected: [
        '**1 person removed, 2 other pages affected**',
        'Sheila Nix (`content/people/sheila-nix.mdx`)',
        "People: − Sheila Nix (Nix, Sheila; Chief of staff of Kamala Harris's 2024 campaign.)",
        'Counts: number of people: 3 → 2',
      ],
    },
    {
      name: 'an entry with the same content under a new id is renamed, not removed and added',
      edit: (e) => {
        e.move('sources/statement.mdx', 'sources/trump-campaign-statement.mdx');
        e.replace('events/harris-concession-call.mdx', 'source: statement', 'source: trump-campaign-statement');
      },
      expected: [
        '**1 event changed, 1 source renamed, 0 other pages affected**',
        'Trump campaign statement (`content/sources/trump-campaign-statement.mdx`), was `statement`',
        'no change a reader sees (ids of renamed entries, or the formatting of the file)',
      ],
    },
    {
      name: 'a date change is written as readers see dates, moves the timeline mark and changes ages',
      edit: (e) => e.replace('events/harris-concession-call.mdx', 'date: 2024-11-06', 'date: 2024-10-19'),
      expected: [
        'date: 6 November 2024 → 19 October 2024',
        'Participants: participant Kamala Harris: age 60 → 59',
        'Harris calls Trump to concede (/events/harris-concession-call/): Participants: participant Kamala Harris: age 60 → 59',
        'Took part in: event Harris calls Trump to concede: age 60 → 59',
        'Took part in: event Harris calls Trump to concede: date 6 November 2024 → 19 October 2024',
        '“Harris calls Trump to concede” moves from 6 November 2024 to 19 October 2024, still first, before “Trump is sworn in for a second term”; drawn on /, /timeline/2024/, /events/, /people/kamala-harris/, /people/donald-trump/',
      ],
    },
    {
      name: 'a date change that crosses the start of a term changes the office shown',
      edit: (e) => e.replace('events/trump-inauguration-2025.mdx', 'date: 2025-01-20', 'date: 2025-01-21'),
      expected: [
        'date: 20 January 2025 → 21 January 2025',
        'Trump is sworn in for a second term (/events/trump-inauguration-2025/): Participants: participant Donald Trump: office + President',
      ],
    },
    {
      name: 'a participant added names them with their part, and changes related people',
      edit: (e) =>
        e.replace(
          'events/harris-concession-call.mdx',
          '    role: recipient\n',
          '    role: recipient\n  - person: sheila-nix\n    role: placed the call\n',
        ),
      expected: [
        'participants: + Sheila Nix (placed the call)',
        '`/people/sheila-nix/` Sheila Nix',
        'Took part in: + Harris calls Trump to concede (6 November 2024; placed the call)',
        'Related people: + Sheila Nix (1 shared event)',
        'Related people: + Donald Trump (1 shared event)',
      ],
    },
    {
      name: 'a quotation’s source change names the quotation by its first words and the sources by title',
      edit: (e) =>
        e.replace(
          'events/harris-concession-call.mdx',
          '    addressee: kamala-harris\n    source: uncharted',
          '    addressee: kamala-harris\n    source: daily-beast',
        ),
      expected: [
        'quote “You’re a tough cookie”: source Uncharted → The Daily Beast',
        'Quoted: quote “You’re a tough cookie”: source Uncharted → The Daily Beast',
        'Addressed: quote “You’re a tough cookie”: source Uncharted → The Daily Beast',
        '`/sources/uncharted/` Uncharted',
        'Quotations it records: − “You’re a tough cookie” (Donald Trump; Kamala Harris; Harris calls Trump to concede; Uncharted)',
        'Quotations it records: + “You’re a tough cookie” (Donald Trump; Kamala Harris; Harris calls Trump to concede; The Daily Beast)',
      ],
    },
    {
      name: 'a quotation removed with its source leaves that source cited by nothing',
      edit: (e) => {
        e.replace(
          'events/harris-concession-call.mdx',
          '  - text: strength, professionalism, and tenacity\n    speakerDescription: A campaign spokesman\n    about: [kamala-harris]\n    source: statement\n    attribution: firsthand\n',
          '',
        );
        e.replace('events/harris-concession-call.mdx', '  - source: statement\n', '');
      },
      expected: [
        'quotes: − “strength, professionalism, and tenacity” (A campaign spokesman; Kamala Harris; Trump campaign statement; as the source records it)',
        'Spoken about: − “strength, professionalism, and tenacity” (A campaign spokesman; Harris calls Trump to concede; Trump campaign statement)',
        'Sources: source Trump campaign statement: used by 1 entry → 0 entries',
        'Trump campaign statement (/sources/statement/) is no longer cited by anything',
      ],
    },
    {
      name: 'a body edit is shown as a short word diff',
      edit: (e) => e.replace('events/harris-concession-call.mdx', 'called [Trump]', 'phoned [Trump]'),
      expected: [
        'body:',
        '[Harris](../people/kamala-harris.mdx) [-called-]{+phoned+} [Trump](../people/donald-trump.mdx) the day after the …',
        'Mentioned in: mention in Harris calls Trump to concede: sentence Harris called Trump the day after the election to concede it. → Harris phoned Trump the day after the election to concede it.',
        'Claims cited to it: + Harris calls Trump to concede (Harris phoned Trump the day after the election to concede it.)',
      ],
    },
    {
      name: 'a new link in a body gives the target page a backlink',
      edit: (e) =>
        e.replace(
          'people/donald-trump.mdx',
          'Biography.',
          'He was [sworn in](../events/trump-inauguration-2025.mdx) again.',
        ),
      expected: [
        '**1 person changed, 1 other page affected**',
        '`/events/trump-inauguration-2025/` Trump is sworn in for a second term',
        'Mentioned in: + Donald Trump (He was sworn in again.)',
      ],
    },
    {
      name: "a source's standing is named as readers read it",
      edit: (e) => e.replace('sources/daily-beast.mdx', 'standing: press', 'standing: copy'),
      expected: ['standing: news outlet → copy'],
    },
    {
      name: 'the record’s own description is compared too',
      edit: (e) => e.replace('record.mdx', 'tagline: A small record', 'tagline: A tiny record'),
      expected: [
        '**record description changed, 0 other pages affected**',
        "tagline: A small record for the change report's tests. → A tiny record for the change report's tests.",
      ],
    },
  ];

  test.each(cases)('$name', async ({ edit, expected }) => {
    const { markdown } = await change(edit);
    const got = lines(markdown);
    for (const line of expected) expect(got, markdown).toContain(line);
  });

  test('a removed source still gets a report, which names the claims left without it and the problem', async () => {
    const { report, markdown } = await change((e) => e.remove('sources/statement.mdx'));
    const got = lines(markdown);
    expect(report.summary).toBe('1 source removed, 4 other pages affected, 2 new problems');
    expect(got).toContain('Trump campaign statement (`content/sources/statement.mdx`)');
    expect(got).toContain(
      'Harris calls Trump to concede (content/events/harris-concession-call.mdx): quote "strength, professionalism, and tenacity" cites the source “statement”, which does not exist',
    );
    expect(report.problems).toEqual([
      'content/events/harris-concession-call.mdx:13:13: sources[2].source: no source "statement"',
      'content/events/harris-concession-call.mdx:23:13: quotes[1].source: no source "statement"',
    ]);
    expect(got).toContain(
      'What was said: quote “strength, professionalism, and tenacity”: source Trump campaign statement → “statement” (no such source)',
    );
  });

  test('a reference to a person who does not exist still reports the change and names the problem', async () => {
    const { report, markdown } = await change((e) =>
      e.replace('events/harris-concession-call.mdx', '  - person: donald-trump\n', '  - person: donald-trunp\n'),
    );
    const got = lines(markdown);
    expect(got).toContain('participants: + “donald-trunp” (no such person) (recipient)');
    expect(got).toContain('participants: − Donald Trump (recipient)');
    expect(got).toContain('Took part in: − Harris calls Trump to concede (6 November 2024; recipient; 78)');
    expect(report.problems).toEqual([
      'content/events/harris-concession-call.mdx:8:13: participants[1].person: no person "donald-trunp" (did you mean "donald-trump"?)',
    ]);
  });

  test('a file that no longer reads is named, treated as unchanged, and the rest is still reported', async () => {
    const { report, markdown } = await change((e) => {
      e.replace('events/trump-inauguration-2025.mdx', 'date: 2025-01-20', 'date: 2025-02-30');
      e.replace('people/donald-trump.mdx', 'Biography.', 'A biography.');
    });
    expect(report.unreadable).toEqual(['content/events/trump-inauguration-2025.mdx']);
    expect(report.removed).toEqual([]);
    expect(markdown).toContain('`content/events/trump-inauguration-2025.mdx` cannot be read');
    expect(markdown).toContain('"2025-02-30" does not exist: February 2025 has 28 days.');
    expect(report.changed.map((c) => c.file)).toEqual(['content/people/donald-trump.mdx']);
    expect(markdown).toContain('[-Biography-]{+A biography+}.');
  });
});

describe('reading the two versions with reuse', () => {
  test('an unchanged file is parsed once and an edited one again, and each side keeps its own problems', async () => {
    const before = copy();
    const after = copy();
    const file = path.join(after, 'content/people/donald-trump.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Biography.', 'A biography.'));
    const broken = path.join(after, 'content/events/trump-inauguration-2025.mdx');
    writeFileSync(broken, readFileSync(broken, 'utf8').replace('date: 2025-01-20', 'date: 2025-02-30'));
    const reuse = new Map();
    const old = await loadSide(before, REFERENCE, reuse);
    const now = await loadSide(after, REFERENCE, reuse);
    expect(now.record.events.get('harris-concession-call')).toBe(old.record.events.get('harris-concession-call'));
    expect(now.record.people.get('donald-trump')).not.toBe(old.record.people.get('donald-trump'));
    expect(now.record.events.has('trump-inauguration-2025')).toBe(false);
    expect(old.problems).toEqual((await loadSide(before, REFERENCE)).problems);
    expect(now.problems).toEqual((await loadSide(after, REFERENCE)).problems);
    expect(now.problems.map((p) => p.file)).toContain('content/events/trump-inauguration-2025.mdx');
  });
});

describe('word diff of a body', () => {
  test.each([
    { before: 'one two three', after: 'one two three', hunks: undefined },
    {
      before: 'a b c d e f g h i j k l m',
      after: 'a b c d e f X h i j k l m',
      hunks: ['… b c d e f [-g-]{+X+} h i j k l …'],
    },
    { before: 'He called Trump.', after: 'He phoned Trump.', hunks: ['He [-called-]{+phoned+} Trump.'] },
    { before: 'x\ny', after: 'x y', hunks: ['(only spacing or line breaks changed)'] },
  ])('$before → $after', ({ before, after, hunks }) => {
    expect(wordDiff(before, after)?.hunks).toEqual(hunks);
  });

  test('the words around a change are found by a scan, whatever the length of a token', () => {
    // A backtracking regex took 9.8 s at 100 characters and about L⁵ beyond (security review F2).
    const token = `https://books.example/${'x'.repeat(100_000)}`;
    expect(tail(`${token} a b c d e f g`, 5)).toBe('c d e f g');
    expect(tail(`a b ${token}  `, 2)).toBe(`b ${token}  `);
    expect(tail('   ', 5)).toBe('');
    expect(head(`  a b c d e f ${token}`, 5)).toBe('  a b c d e');
    expect(head(`${token} a`, 1)).toBe(token);
    const before = `Intro ${token} one two three four five six seven word eight.`;
    expect(wordDiff(before, before.replace('word', 'changed'))?.hunks).toEqual([
      '… three four five six seven [-word-]{+changed+} eight.',
    ]);
  });

  test('sentences end at . ! ? before a space or at a blank line, and are cited by a <Cite> in or after them', () => {
    const text = 'One.<Cite source="a" /> Two, U.S. style. Three <Cite source="b.c" /> still three!\n\nFour\nfour';
    expect(sentences(text).map(({ start, end, cited }) => [text.slice(start, end).trim(), cited])).toEqual([
      ['One.<Cite source="a" />', true],
      ['Two, U.S.', false],
      ['style.', false],
      ['Three <Cite source="b.c" /> still three!', true],
      ['Four\nfour', false],
    ]);
  });

  test('an added sentence no <Cite> covers is always shown, however many other changes come first', () => {
    // Security review F9: eight capitalisations, then an unsourced sentence that was left out.
    const words = Array.from({ length: 400 }, (_, i) => `w${i}`);
    const cited = (ws: string[]) => `${ws.join(' ')}.<Cite source="s" />`;
    const before = cited(words);
    const after = `${cited(words.map((w, i) => (i % 40 === 0 ? w.toUpperCase() : w)))}\n\nAides later said the election had been stolen.`;
    const diff = wordDiff(before, after);
    expect(diff?.hunks.at(-1)).toContain('{+Aides later said the election had been stolen.+}');
    // Ten capitalisations and the sentence: the sentence and seven others shown, three folded.
    expect(diff?.hunks).toHaveLength(8);
    expect(diff?.folded).toHaveLength(3);
    // A cited addition folds like any other change.
    const citedToo = wordDiff(before, `${after}<Cite source="s" />`);
    expect(citedToo?.hunks).toHaveLength(8);
    expect(citedToo?.hunks.join()).not.toContain('stolen');
    expect(citedToo?.folded.at(-1)).toContain('stolen');
  });

  test('changes far apart are separate hunks; past the first few, cited ones fold', () => {
    const words = Array.from({ length: 400 }, (_, i) => `w${i}`);
    const cited = (ws: string[]) => `${ws.join(' ')}.<Cite source="s" />`;
    const changed = words.map((w, i) => (i % 40 === 0 ? `${w}x` : w));
    const diff = wordDiff(cited(words), cited(changed));
    expect(diff?.hunks).toHaveLength(8);
    expect(diff?.folded).toHaveLength(2);
    expect(diff?.folded[1]).toContain('{+w360x+}');
  });
});

describe('the report for a job summary', () => {
  const many = (n: number): ChangeReport => ({
    summary: `${n} pages affected`,
    unchanged: false,
    added: [],
    removed: [],
    renamed: [],
    changed: [
      {
        collection: 'events',
        id: 'x',
        title: 'X',
        file: 'content/events/x.mdx',
        lines: [],
        body: { hunks: Array.from({ length: n }, (_, i) => `{+word ${i}+}`), folded: ['{+folded+}'] },
      },
    ],
    pages: Array.from({ length: n }, (_, i) => ({
      path: `/p/${i}/`,
      title: `Page ${i}`,
      lines: ['a line'],
      edited: false,
    })),
    agesAndOffices: [],
    timeline: [],
    unsourced: [],
    uncited: [],
    problems: [],
    resolved: 0,
    siteWide: [],
    unreadable: [],
  });

  test('is cut before the byte limit with a note, and no code block or details is left open', () => {
    const whole = renderMarkdown(many(20_000));
    const cut = renderMarkdown(many(20_000), 'Heading', { maxBytes: 100_000, fullReport: 'the artifact' });
    expect(Buffer.byteLength(whole)).toBeGreaterThan(100_000);
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(100_000);
    expect(cut).toMatch(
      /\*\*The report is cut here: \d+ more lines \(\d+ bytes\) left out .*\*\* The whole report: the artifact\.\n$/,
    );
    const fences = cut.split('\n').filter((l) => l.startsWith('```')).length;
    expect(fences % 2).toBe(0);
    const short = renderMarkdown(many(20_000), 'Heading', { maxLines: 100 });
    expect(short.split('\n').length).toBeLessThan(110);
    expect(short).toMatch(/The report is cut here: \d+ more lines/);
    // A report that fits is not cut.
    expect(renderMarkdown(many(3), 'Heading', { maxBytes: 100_000 })).toBe(renderMarkdown(many(3), 'Heading'));
  });

  test('folded hunks are in a details element, never left out', () => {
    const md = renderMarkdown(many(2));
    expect(md).toContain(
      '<details>\n<summary>1 more change to the body (each adds no uncited text)</summary>\n\n```text\n{+folded+}\n```\n\n</details>',
    );
  });
});
