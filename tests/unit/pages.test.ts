/**
 * The entry page models: what each page shows, computed from a small record built by
 * hand, so every figure on a page is tested without a build.
 */
import { date } from '../support/dates.ts';
import { describe, expect, test } from 'vitest';
import { storedCitations, storedLinks } from '../../src/lib/record/body-meta.ts';
import { buildGraph, type GraphEntry } from '../../src/lib/graph/graph.ts';
import type { BodyCitation, BodyHeading, BodyLink } from '../../src/lib/record/body/parse.ts';
import { numberReferences } from '../../src/lib/record/body/references.ts';
import { eventPage } from '../../src/lib/pages/event.ts';
import { personPage } from '../../src/lib/pages/person.ts';
import { referenceCiter, referenceList, type PageEntry, type PageSite } from '../../src/lib/pages/shared.ts';
import { sourcePage } from '../../src/lib/pages/source.ts';
import type { Event } from '../../src/schemas/event.ts';
import type { Person } from '../../src/schemas/person.ts';
import type { Source } from '../../src/schemas/source.ts';

interface Body {
  /** The body as plain text, as the loader stores it. */
  text?: string;
  links?: Omit<BodyLink, 'line' | 'column'>[];
  citations?: Omit<BodyCitation, 'line' | 'column'>[];
  headings?: BodyHeading[];
}

/** An entry with the body metadata the loader would store for it. */
function entry<D>(id: string, data: D, body: Body = {}): PageEntry<D> & GraphEntry<D> {
  const at = { line: 1, column: 1 };
  const links = (body.links ?? []).map((l) => ({ ...at, ...l }));
  const citations = (body.citations ?? []).map((c) => ({ ...at, ...c }));
  const listed = (data as { sources?: { source: string; note?: string }[] }).sources ?? [];
  const metadata = {
    ...(body.text === undefined ? {} : { text: body.text }),
    headings: body.headings ?? [],
    links: storedLinks(links),
    citations: storedCitations(citations),
    references: numberReferences(citations, listed),
  };
  return { id, data, rendered: { metadata }, links: storedLinks(links), citations: storedCitations(citations) };
}

const person = (id: string, name: string, extra: Partial<Person> = {}) =>
  entry<Person>(id, { name, description: `${name}, for the test`, aliases: [], roles: [], sources: [], ...extra });
const source = (id: string, extra: Partial<Source> = {}, body: Body = {}) =>
  entry<Source>(
    id,
    { kind: 'article', standing: 'press', title: id, titleIsDescriptive: false, authors: [], ...extra },
    body,
  );

const harris = person('harris', 'Kamala Harris', {
  born: date('1964-10-20'),
  roles: [
    {
      title: 'Vice President of the United States',
      short: 'Vice President',
      from: date('2021-01-20'),
      to: date('2025-01-20'),
      sources: [],
    },
  ],
});
const trump = person('trump', 'Donald Trump', { born: date('1946-06-14') });
const nix = person('nix', 'Sheila Nix');
const beast = source('beast', {
  title: 'What Trump told Harris',
  publisher: 'The Daily Beast',
  published: date('2025-07-08'),
});
const book = source('book', { kind: 'book', title: '2024', publisher: 'Penguin Press', isbn: '978-0-593-83253-0' });
const uncharted = source('uncharted', { kind: 'book', title: 'Uncharted', isbn: '978-1-6680-7532-5' });
const excerpt = source('excerpt', {
  title: 'Report on the excerpts',
  titleIsDescriptive: true,
  publisher: 'The Western Journal',
});
const further = source('further', { title: 'Background', description: 'A profile of the campaign.' });

const call = entry<Event>(
  'call',
  {
    title: 'Harris phones Trump',
    summary: 'Harris conceded by phone.',
    date: date('2024-11-06'),
    approximate: false,
    place: 'By telephone',
    participants: [
      { person: 'harris', role: 'conceded' },
      { person: 'trump', role: 'received the call' },
    ],
    sources: [{ source: 'beast' }, { source: 'book' }, { source: 'uncharted' }, { source: 'further' }],
    quotes: [
      {
        id: 'quote-harris-im-calling-to-concede',
        text: 'I’m calling to concede',
        speakers: ['harris'],
        addressee: 'trump',
        about: [],
        source: 'uncharted',
        via: { source: 'beast' },
        attribution: 'reported',
        note: 'Excerpts agree.',
      },
      {
        id: 'quote-gracious',
        text: 'gracious',
        speakers: [],
        speakerDescription: 'Harris’s aides',
        about: ['trump'],
        source: 'beast',
        attribution: 'reported',
      },
    ],
    accounts: [
      {
        id: 'account-what-trump-said',
        point: 'What Trump said',
        versions: [
          { source: 'book', via: { source: 'beast' }, says: 'No compliment.' },
          { source: 'uncharted', via: { source: 'excerpt' }, says: 'Praise.' },
        ],
      },
    ],
    tags: [],
  },
  {
    citations: [
      { source: 'beast', run: 1, sentence: 'Harris called.' },
      { source: 'beast', run: 2, sentence: 'Trump joked.' },
    ],
    links: [{ collection: 'people', id: 'nix', sentence: 'Sheila Nix placed the call.' }],
    headings: [{ depth: 2, slug: 'the-call', text: 'The call' }],
  },
);
const speech = entry<Event>(
  'speech',
  {
    title: 'Harris speaks',
    summary: 'She spoke.',
    date: date('2024-11-06T16:00-05:00'),
    approximate: false,
    participants: [{ person: 'harris', role: 'speaker' }],
    sources: [{ source: 'beast' }],
    quotes: [],
    accounts: [],
    tags: [],
  },
  {
    links: [
      { collection: 'events', id: 'call', sentence: 'After the call she spoke.' },
      { collection: 'people', id: 'trump', sentence: 'Trump won.' },
    ],
  },
);
const profile = source(
  'profile',
  {},
  { links: [{ collection: 'events', id: 'call', sentence: 'The call was short.' }] },
);

function site(extraPeople: (PageEntry<Person> & GraphEntry<Person>)[] = []): PageSite {
  const people = [harris, trump, nix, ...extraPeople];
  const events = [call, speech];
  const sources = [beast, book, uncharted, excerpt, further, profile];
  return {
    people: new Map(people.map((e) => [e.id, e])),
    events: new Map(events.map((e) => [e.id, e])),
    sources: new Map(sources.map((e) => [e.id, e])),
    graph: buildGraph({ people, events, sources }),
  };
}

describe('eventPage', () => {
  const page = eventPage(site(), 'call');

  test('participants carry their office and age on the day', () => {
    expect(page.participants).toEqual([
      { id: 'harris', name: 'Kamala Harris', role: 'conceded', office: 'Vice President', age: '60' },
      { id: 'trump', name: 'Donald Trump', role: 'received the call', age: '78' },
    ]);
    expect(page.dateText).toBe('6 November 2024');
    expect(page.sourceCount).toBe(4);
  });

  test('an attribution names an article by outlet and date, a book by its title in italics, a descriptive title plainly', () => {
    const [said] = page.quotes;
    expect(said?.source.source.short).toEqual({ text: 'Uncharted', italic: true });
    expect(said?.via?.source.short).toEqual({ text: 'The Daily Beast, 8 July 2025', italic: false });
    expect(said?.speakers).toEqual([{ id: 'harris', name: 'Kamala Harris' }]);
    expect(said?.addressee).toEqual({ id: 'trump', name: 'Donald Trump' });
    expect(page.accounts[0]?.versions[1]?.via?.source).toMatchObject({
      title: 'Report on the excerpts',
      descriptive: true,
    });
  });

  test('every listed source is cited where it is used, with a way back from the reference to each mark', () => {
    const back = Object.fromEntries(page.references.cited.map((r) => [r.source.id, r.backlinks]));
    // The body cites the article twice (cite-1-1, cite-1-2); the marks of the accounts and
    // quotations, after those, are named for the part they are in, so adding one renames no other.
    expect(back['beast']).toEqual([
      'cite-1-1',
      'cite-1-2',
      'account-what-trump-said-1-via',
      'quote-harris-im-calling-to-concede-via',
      'quote-gracious-source',
    ]);
    expect(back['book']).toEqual(['account-what-trump-said-1-source']);
    expect(back['uncharted']).toEqual([
      'account-what-trump-said-2-source',
      'quote-harris-im-calling-to-concede-source',
    ]);
    const ids = page.references.cited.flatMap((r) => r.backlinks);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('a source listed but cited nowhere is further reading, saying what it supports', () => {
    expect(page.references.further.map((r) => [r.source.id, r.supports])).toEqual([
      ['further', 'A profile of the campaign.'],
    ]);
  });

  test('backlinks are grouped by kind, events before sources, each with our sentence', () => {
    expect(page.mentions).toEqual([
      {
        collection: 'events',
        label: 'Event pages',
        items: [{ id: 'speech', title: 'Harris speaks', sentence: 'After the call she spoke.', work: false }],
      },
      {
        collection: 'sources',
        label: 'Source pages',
        items: [{ id: 'profile', title: 'profile', sentence: 'The call was short.', work: true }],
      },
    ]);
  });

  test('the contents list follows the page: at a glance, the body, accounts, quotations, sources, backlinks', () => {
    expect(page.headings.map((h) => h.id)).toEqual([
      'at-a-glance',
      'the-call',
      'accounts',
      'quotes',
      'sources',
      'mentioned-in',
    ]);
    expect(new Set(page.headings.map((h) => h.text)).size).toBe(page.headings.length);
  });

  test('search reads the kind value, the date as shown, the year and the people', () => {
    expect(page.search).toMatchObject({
      kind: 'event',
      dateText: '6 November 2024',
      years: [2024],
      people: ['Kamala Harris', 'Donald Trump'],
    });
  });

  test('an unknown id is an error that names it', () => {
    expect(() => eventPage(site(), 'nope')).toThrow('no event "nope"');
  });
});

describe('referenceCiter and referenceList', () => {
  // The body cites the article; the frontmatter lists the profile, then the book and Uncharted.
  const at = (source: string) => ({ source, sentence: '', line: 1, column: 1, run: 1 });
  const refs = numberReferences([at('beast')], [{ source: 'further' }, { source: 'uncharted' }, { source: 'book' }]);

  test('numbers the references in the order the marks first cite them, without gaps, and no other', () => {
    const { cite, backlinks } = referenceCiter(refs);
    expect([cite('book'), cite('uncharted'), cite('book', undefined, 'account-x'), cite('beast')]).toEqual([
      { n: 2, id: 'cite-2-1' },
      { n: 3, id: 'cite-3-1' },
      { n: 2, id: 'account-x' },
      { n: 1, id: 'cite-1-2' },
    ]);
    const list = referenceList(site(), refs, backlinks);
    expect(list.cited.map((r) => [r.n, r.source.id, r.backlinks])).toEqual([
      [1, 'beast', ['cite-1-1', 'cite-1-2']],
      [2, 'book', ['cite-2-1', 'account-x']],
      [3, 'uncharted', ['cite-3-1']],
    ]);
    // Cited nowhere: further reading, with no number in the sequence.
    expect(list.further.map((r) => r.source.id)).toEqual(['further']);
    expect(list.further[0]).not.toHaveProperty('n');
  });
});

describe('personPage', () => {
  test('a timeline of their events with their part and age, and what they said and was said to them', () => {
    const page = personPage(site(), 'harris');
    expect(page.events.map((e) => [e.id, e.detail])).toEqual([
      ['call', 'conceded; age 60'],
      ['speech', 'speaker; age 60'],
    ]);
    expect(page.said.map((q) => q.text)).toEqual(['I’m calling to concede']);
    expect(page.said[0]?.event).toEqual({ id: 'call', title: 'Harris phones Trump' });
    expect(page.related).toMatchObject([
      { person: 'trump', name: 'Donald Trump', together: 1, spokeTo: 1, spokenTo: 0 },
    ]);
  });

  test('words said to them and about them are listed apart', () => {
    const page = personPage(site(), 'trump');
    expect(page.saidTo.map((q) => q.text)).toEqual(['I’m calling to concede']);
    expect(page.saidAbout.map((q) => q.text)).toEqual(['gracious']);
    expect(page.mentions.map((g) => [g.label, g.items.length])).toEqual([['Event pages', 1]]);
    expect(page.headings.map((h) => h.id)).toEqual(['events', 'addressed', 'said-about', 'related', 'mentioned-in']);
  });

  test('the biography under its own heading, then the roles, each with its sources as marks numbered after the text', () => {
    const voles = entry<Person>(
      'voles',
      {
        name: 'Lorraine Voles',
        description: 'Chief of staff',
        aliases: [],
        sources: [{ source: 'beast' }, { source: 'uncharted' }],
        roles: [
          { title: 'Chief of staff', to: date('2025-01-20'), sources: [{ source: 'uncharted' }, { source: 'beast' }] },
          { title: 'Adviser', from: date('2025-03'), sources: [] },
        ],
      },
      { text: 'She held the phone.', citations: [{ source: 'beast', sentence: 'She held the phone.', run: 1 }] },
    );
    const page = personPage(site([voles]), 'voles');
    expect(page.biography).toBe(true);
    expect(page.headings.map((h) => h.id).slice(0, 2)).toEqual(['biography', 'roles']);
    // The body cites the Daily Beast first ([1]); the book only the role does ([2]).
    expect(page.roles.map((r) => r.marks)).toEqual([
      [
        { n: 2, id: 'role-1-source-1' },
        { n: 1, id: 'role-1-source-2' },
      ],
      [],
    ]);
    // Only the end of the first role and the start of the second are known: none is made up.
    expect(page.roles.map((r) => [r.from?.year, r.to?.year])).toEqual([
      [undefined, 2025],
      [2025, undefined],
    ]);
    expect(page.references.cited.map((r) => [r.n, r.backlinks])).toEqual([
      [1, ['cite-1-1', 'role-1-source-2']],
      [2, ['role-1-source-1']],
    ]);
  });

  test('a person without a body has no biography heading', () => {
    const page = personPage(site(), 'harris');
    expect(page.biography).toBe(false);
    expect(page.headings.map((h) => h.id)).not.toContain('biography');
  });

  test('a person in no event has an empty timeline and no age', () => {
    const page = personPage(site(), 'nix');
    expect(page.events).toEqual([]);
    expect(page.appearances).toBe(1);
  });
});

describe('sourcePage', () => {
  test('a book is a work: its title in italics; what it supports, counted', () => {
    const page = sourcePage(site(), 'book');
    expect(page.descriptive).toBe(false);
    expect(page.publisherLabel).toBe('Publisher');
    expect(page.events).toEqual([{ id: 'call', title: 'Harris phones Trump', locator: undefined }]);
    expect(page.accounts).toEqual([
      {
        event: { id: 'call', title: 'Harris phones Trump' },
        id: 'account-what-trump-said',
        point: 'What Trump said',
        says: 'No compliment.',
      },
    ]);
  });

  test('a descriptive title is marked so, and the sentences cited to a source are listed with their entry', () => {
    expect(sourcePage(site(), 'excerpt').descriptive).toBe(true);
    const beastPage = sourcePage(site(), 'beast');
    expect(beastPage.claims.map((c) => c.sentence)).toEqual(['Harris called.', 'Trump joked.']);
    expect(beastPage.search).toMatchObject({
      kind: 'source',
      kindLabel: 'Article',
      dateText: '8 July 2025',
      years: [2025],
      form: 'article',
    });
  });
});
