import { describe, expect, test } from 'vitest';
import { date } from '../support/dates.ts';
import { homePage } from '../../src/lib/pages/home.ts';
import {
  entryList,
  eventsIndex,
  peopleIndex,
  sourcesIndex,
  sourceUses,
  titleText,
} from '../../src/lib/pages/indexes.ts';
import { eventCount, figureShowsMore, yearLinks, yearPages } from '../../src/lib/pages/timeline-pages.ts';
import { editDistance, nearestEntries } from '../../src/lib/text/nearest.ts';
import { defaultSortName } from '../../src/lib/text/names.ts';
import type { Person } from '../../src/schemas/person.ts';
import type { Source } from '../../src/schemas/source.ts';

const ev = (id: string, when: string) => ({ id, data: { date: date(when), title: id } });
const events = [ev('a', '1869-03-04'), ev('b', '2024-11-05'), ev('c', '2024-11-06'), ev('d', '2025-01-20')];
const person = (id: string, name: string): { id: string; data: Person } => ({
  id,
  data: { name, description: `About ${name}`, aliases: [], roles: [], sources: [] },
});
const source = (id: string, data: Partial<Source>): { id: string; data: Source } => ({
  id,
  data: { kind: 'article', standing: 'press', title: id, titleIsDescriptive: false, authors: [], ...data },
});

describe('titleText', () => {
  test.each([
    [
      { title: '2024', titleIsDescriptive: false },
      { text: '2024', work: true },
    ],
    [
      { title: 'Uncharted', titleIsDescriptive: false },
      { text: 'Uncharted', work: true },
    ],
    [
      { title: "PJ Media report on *Uncharted*'s account", titleIsDescriptive: true },
      { text: "PJ Media report on *Uncharted*'s account", work: false },
    ],
  ])('%o', (source, expected) => expect(titleText(source)).toEqual(expected));
});

describe('eventsIndex', () => {
  test('groups events by year in the order given, with anchors', () => {
    const page = eventsIndex(events);
    expect(page.count).toBe(4);
    expect(page.years.map((y) => [y.year, y.anchor, y.events.map((e) => e.id)])).toEqual([
      [1869, 'y1869', ['a']],
      [2024, 'y2024', ['b', 'c']],
      [2025, 'y2025', ['d']],
    ]);
  });
  test('an empty record has no years', () => expect(eventsIndex([])).toEqual({ count: 0, years: [] }));
});

describe('peopleIndex', () => {
  test('files people under the initial of their sort name, A to Z', () => {
    const people = [
      person('trump', 'Donald Trump'),
      person('harris', 'Kamala Harris'),
      person('biden', 'Joe Biden'),
      person('x', '3M'),
    ];
    const page = peopleIndex('/r/', people, (p) => defaultSortName(p.data.name));
    expect(page.letters.map((l) => [l.initial, l.anchor, l.people.map((p) => p.sortName)])).toEqual([
      ['B', 'letter-B', ['Biden, Joe']],
      ['H', 'letter-H', ['Harris, Kamala']],
      ['T', 'letter-T', ['Trump, Donald']],
      ['#', 'letter-other', ['3M']],
    ]);
    expect(page.letters[0]?.people[0]).toEqual({
      href: '/r/people/biden/',
      sortName: 'Biden, Joe',
      disambiguation: undefined,
      description: 'About Joe Biden',
    });
  });

  test('carries what tells two people of one name apart', () => {
    const twins = [person('jane-doe', 'Jane Doe'), person('jane-doe-2', 'Jane Doe')].map((p, i) => ({
      ...p,
      data: { ...p.data, disambiguation: i === 0 ? 'the journalist' : 'the senator' },
    }));
    const page = peopleIndex('/', twins, (p) => defaultSortName(p.data.name));
    expect(page.letters[0]?.people.map((p) => [p.sortName, p.disambiguation])).toEqual([
      ['Doe, Jane', 'the journalist'],
      ['Doe, Jane', 'the senator'],
    ]);
  });
});

describe('sourcesIndex', () => {
  const people = new Map([['dawsey', person('dawsey', 'Josh Dawsey').data]]);
  const sources = [
    source('book-2024', {
      kind: 'book',
      title: '2024',
      authors: [{ person: 'dawsey' }, { name: 'Tyler Pager' }],
      publisher: 'Penguin Press',
      published: date('2025-07-08'),
    }),
    source('old', { title: 'Old article', published: date('2020-01-01') }),
    source('new', { title: 'New article', published: date('2025-01-01'), publisher: 'The Daily Beast' }),
    source('bio', { kind: 'reference', title: 'Biography of *Donald J. Trump*', titleIsDescriptive: true }),
  ];
  const relations = (id: string) =>
    id === 'book-2024'
      ? {
          events: [{ event: 'call' }],
          quotes: [{ event: 'call', index: 0, via: false }],
          accounts: [],
          people: [{ person: 'dawsey' }],
          claims: [],
          mentionedIn: [],
        }
      : undefined;
  const page = sourcesIndex('/', sources, (id) => people.get(id), relations as never);

  test('groups by kind in the schema order, newest first within a kind, and leaves out empty kinds', () => {
    expect(page.kinds.map((k) => [k.label, k.sources.map((s) => s.href)])).toEqual([
      ['Books', ['/sources/book-2024/']],
      ['Articles', ['/sources/new/', '/sources/old/']],
      ['Reference works', ['/sources/bio/']],
    ]);
  });
  test('writes a byline of authors and publisher with no stray separators', () => {
    const [book] = page.kinds[0]?.sources ?? [];
    expect(book).toMatchObject({
      title: { text: '2024', work: true },
      byline: 'Josh Dawsey and Tyler Pager, Penguin Press',
      uses: 2,
    });
    expect(page.kinds[1]?.sources.map((s) => s.byline)).toEqual(['The Daily Beast', '']);
  });
  test('presents a descriptive title as a description', () => {
    expect(page.kinds[2]?.sources[0]?.title).toEqual({ text: 'Biography of *Donald J. Trump*', work: false });
  });
});

describe('sourceUses', () => {
  test('counts each entry once however it uses the source', () => {
    expect(
      sourceUses({
        events: [{ event: 'call' }],
        quotes: [
          { event: 'call', index: 0, via: true },
          { event: 'speech', index: 1, via: false },
        ],
        accounts: [{ event: 'call', account: 0, version: 0 }],
        people: [{ person: 'trump' }],
        claims: [{ collection: 'people', id: 'trump', sentence: 's' }],
        mentionedIn: [],
      } as never),
    ).toBe(3);
    expect(sourceUses(undefined)).toBe(0);
  });
});

describe('timeline pages', () => {
  test('each year links to its page with its count', () => {
    expect(yearLinks('/', events)).toEqual([
      { year: 1869, count: 1, href: '/timeline/1869/' },
      { year: 2024, count: 2, href: '/timeline/2024/' },
      { year: 2025, count: 1, href: '/timeline/2025/' },
    ]);
  });
  test('year pages know their neighbours; the first has no previous, the last no next', () => {
    const pages = yearPages('/', events);
    expect(pages.map((p) => [p.year, p.previous?.year, p.next?.year, p.total])).toEqual([
      [1869, undefined, 2024, 3],
      [2024, 1869, 2025, 3],
      [2025, 2024, undefined, 3],
    ]);
  });
  test.each([
    [0, '0 events'],
    [1, '1 event'],
    [2, '2 events'],
  ])('eventCount(%i) is "%s"', (n, text) => expect(eventCount(n)).toBe(text));
});

describe('figureShowsMore', () => {
  const at = (...days: (string | number)[]) => days.map((d) => ({ date: date(d) }));
  test.each([
    ['one event', at('2024-11-06'), 'year', false],
    ['two events over two years', at('2020-11', '2024-11-06'), 'year', false],
    ['three events in one year', at('2024-07', '2024-11-05', '2024-11-06'), 'year', false],
    ['three events over two years', at('2020-11', '2024-11-06', '2025-01-20'), 'year', true],
    ['three events in one month', at('2024-11-05', '2024-11-06', '2024-11-13'), 'month', false],
    ['three events over two months', at('2024-07', '2024-11-05', '2024-11-06'), 'month', true],
    ['three events of one day', at('2024-11-06', '2024-11-06', '2024-11-06'), 'month', false],
  ] as const)('%s', (_, dates, period, expected) => {
    expect(figureShowsMore(dates, period)).toBe(expected);
  });

  test('an event that runs into the next year spreads its list over two', () => {
    const spans = [
      { date: date('2024-12-30'), end: date('2025-01-02') },
      { date: date('2024-12-31') },
      { date: date('2024-12-31') },
    ];
    expect(figureShowsMore(spans, 'year')).toBe(true);
  });
});

describe('homePage', () => {
  test('counts, span, years and ways in', () => {
    const page = homePage('/', events, { people: 1, sources: 44 }, 60);
    expect(page.counts).toEqual({ events: 4, people: 1, sources: 44 });
    expect(page.span).toEqual({ first: date('1869-03-04'), last: date('2025-01-20') });
    expect(page.detailed).toBe(true);
    expect(page.waysIn.map((w) => `${w.label}, ${w.detail}`)).toEqual([
      '4 events, oldest first',
      '1 person, A to Z',
      '44 sources, and what each supports',
      'The timeline, 3 years',
    ]);
  });
  test('a record larger than the detailed timeline is shown year by year', () => {
    expect(homePage('/', events, { people: 0, sources: 0 }, 3).detailed).toBe(false);
  });
  test('an empty record has no span', () => {
    expect(homePage('/', [], { people: 0, sources: 0 }, 60).span).toBeUndefined();
  });
});

describe('nearest entries for the 404 page', () => {
  const entries = entryList('/', {
    people: [person('donald-trump', 'Donald Trump'), person('joe-biden', 'Joe Biden')],
    events: [{ id: 'harris-concession-call', data: { title: 'Harris phones Trump' } }],
    sources: [source('bio', { title: 'Biography of *Uncharted*', titleIsDescriptive: true })],
  });
  test('entryList is sorted by URL, its titles as plain text', () => {
    expect(entries).toEqual([
      ['/events/harris-concession-call/', 'Harris phones Trump'],
      ['/people/donald-trump/', 'Donald Trump'],
      ['/people/joe-biden/', 'Joe Biden'],
      ['/sources/bio/', 'Biography of Uncharted'],
    ]);
  });
  test.each([
    ['/people/dnald-trump/', 'Donald Trump'],
    ['/person/donald-trump', 'Donald Trump'],
    ['/events/harris-concesion-call/', 'Harris phones Trump'],
    ['/PEOPLE/JOE-BIDEN', 'Joe Biden'],
    ['/people/trump/', 'Donald Trump'],
    ['/biden', 'Joe Biden'],
  ])('%s suggests %s first', (path, title) => expect(nearestEntries(path, entries)[0]?.[1]).toBe(title));
  test('an address like nothing in the record suggests nothing', () => {
    expect(nearestEntries('/no-such-page/', entries)).toEqual([]);
    expect(nearestEntries('/', entries)).toEqual([]);
  });
  test.each([
    ['', '', 0],
    ['abc', 'abc', 0],
    ['kitten', 'sitting', 3],
    ['', 'ab', 2],
  ])('editDistance(%s, %s) = %i', (a, b, d) => expect(editDistance(a, b)).toBe(d));
});
