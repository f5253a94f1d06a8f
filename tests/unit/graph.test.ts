import { date } from '../support/dates.ts';
import { describe, expect, test } from 'vitest';
import { storedCitations, storedLinks } from '../../src/lib/record/body-meta.ts';
import { buildGraph, chronology, type GraphEntry } from '../../src/lib/graph/graph.ts';
import type { Event } from '../../src/schemas/event.ts';
import type { Person } from '../../src/schemas/person.ts';
import type { Source } from '../../src/schemas/source.ts';

const person = (id: string, extra: Partial<GraphEntry<Person>> = {}): GraphEntry<Person> => ({
  id,
  data: { name: id, description: id, aliases: [], roles: [], sources: [] },
  links: [],
  citations: [],
  ...extra,
});

const source = (id: string, authors: Source['authors'] = []): GraphEntry<Source> => ({
  id,
  data: { kind: 'book', standing: 'book', title: id, titleIsDescriptive: false, authors },
  links: [],
  citations: [],
});

const event = (
  id: string,
  when: string,
  data: Partial<Event>,
  extra: Partial<GraphEntry<Event>> = {},
): GraphEntry<Event> => ({
  id,
  data: {
    title: id,
    summary: id,
    date: date(when),
    approximate: false,
    participants: [],
    sources: [],
    quotes: [],
    accounts: [],
    tags: [],
    ...data,
  },
  links: [],
  citations: [],
  ...extra,
});

const input = {
  people: [person('harris'), person('trump'), person('biden'), person('whipple')],
  sources: [source('uncharted', [{ person: 'whipple' }]), source('article', [{ name: 'Staff' }])],
  events: [
    event(
      'call',
      '2024-11-06',
      {
        participants: [
          { person: 'harris', role: 'caller' },
          { person: 'trump', role: 'recipient' },
        ],
        sources: [{ source: 'uncharted', locator: 'ch. 1' }],
        quotes: [
          {
            id: 'quote-harris-i-am-calling-to-concede',
            text: 'I am calling to concede',
            speakers: ['harris'],
            addressee: 'trump',
            about: [],
            source: 'uncharted',
            via: { source: 'article' },
            attribution: 'reported',
          },
        ],
        accounts: [
          {
            id: 'account-praise',
            point: 'praise',
            versions: [
              { source: 'uncharted', says: 'a' },
              { source: 'article', says: 'b' },
            ],
          },
        ],
      },
      { links: [{ collection: 'people', id: 'biden', sentence: 'Biden called later.' }] },
    ),
    event('biden-call', '2024-11-06T15:00-05:00', {
      participants: [
        { person: 'biden', role: 'caller' },
        { person: 'trump', role: 'recipient' },
      ],
      sources: [{ source: 'article' }],
    }),
    event('meeting', '2024-11-13', {
      participants: [
        { person: 'biden', role: 'host' },
        { person: 'trump', role: 'guest' },
      ],
      sources: [{ source: 'article' }],
    }),
    event('year', '2024', { sources: [{ source: 'article' }] }),
  ],
};

describe('buildGraph', () => {
  const graph = buildGraph(input);

  test('orders events chronologically across precisions', () => {
    expect(graph.chronology).toEqual(['year', 'call', 'biden-call', 'meeting']);
    expect(chronology(input.events)).toEqual(graph.chronology);
  });

  test('lists a person’s events in order with their part', () => {
    expect(graph.people.get('trump')?.participant).toEqual([
      { event: 'call', role: 'recipient' },
      { event: 'biden-call', role: 'recipient' },
      { event: 'meeting', role: 'guest' },
    ]);
  });

  test('records quotes by speaker and by addressee', () => {
    expect(graph.people.get('harris')?.quoted).toEqual([{ event: 'call', quote: 0 }]);
    expect(graph.people.get('trump')?.addressed).toEqual([{ event: 'call', quote: 0 }]);
  });

  test('records sources authored', () => {
    expect(graph.people.get('whipple')?.authored).toEqual(['uncharted']);
  });

  test('records body mentions with their sentence', () => {
    expect(graph.people.get('biden')?.mentionedIn).toEqual([
      { collection: 'events', id: 'call', sentence: 'Biden called later.' },
    ]);
  });

  test('weights co-participants by shared events', () => {
    expect(graph.people.get('trump')?.coParticipants).toEqual([
      { person: 'biden', events: ['biden-call', 'meeting'] },
      { person: 'harris', events: ['call'] },
    ]);
  });

  test('says what each source supports: events, quotes (direct and via), accounts', () => {
    const uncharted = graph.sources.get('uncharted');
    expect(uncharted?.events).toEqual([{ event: 'call', locator: 'ch. 1' }]);
    expect(uncharted?.quotes).toEqual([{ event: 'call', quote: 0, via: false }]);
    expect(graph.sources.get('article')?.quotes).toEqual([{ event: 'call', quote: 0, via: true }]);
    expect(graph.sources.get('article')?.accounts).toEqual([{ event: 'call', account: 0, version: 1 }]);
    expect(graph.sources.get('article')?.events.map((e) => e.event)).toEqual(['year', 'biden-call', 'meeting']);
  });
});

describe('what the loader stores of links and citations', () => {
  test('one link per target, the first sentence kept, positions dropped', () => {
    const links = [
      { collection: 'people' as const, id: 'a', sentence: 'First.', line: 1, column: 1 },
      { collection: 'people' as const, id: 'a', sentence: 'Second.', line: 2, column: 1 },
      { collection: 'events' as const, id: 'a', sentence: 'Third.', line: 3, column: 1, fragment: 'x' },
    ];
    expect(storedLinks(links)).toEqual([
      { collection: 'people', id: 'a', sentence: 'First.' },
      { collection: 'events', id: 'a', sentence: 'Third.' },
    ]);
  });

  test('every citation kept, with its locator when it has one', () => {
    expect(
      storedCitations([
        { source: 's', run: 1, sentence: 'A.', line: 1, column: 2 },
        { source: 's', locator: 'p. 3', run: 2, sentence: 'B.', line: 4, column: 5 },
      ]),
    ).toEqual([
      { source: 's', sentence: 'A.' },
      { source: 's', locator: 'p. 3', sentence: 'B.' },
    ]);
  });
});
