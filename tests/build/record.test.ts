/**
 * The shipped record: everything the source article holds is present, each cross-link
 * works both ways, and the ages the article gives are what the engine computes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { shippedRecord } from '../support/record.ts';
import type { RecordContent } from '../../src/lib/record/entry.ts';
import { ABBREVIATIONS } from '../../src/lib/record/body/sentences.ts';

const dir = inject('siteDir');
const page = (url: string) => readFileSync(path.join(dir, url, 'index.html'), 'utf8');
let record: RecordContent;

beforeAll(async () => {
  record = await shippedRecord();
});

const PEOPLE = [
  'donald-trump',
  'kamala-harris',
  'joe-biden',
  'doug-emhoff',
  'melania-trump',
  'josh-dawsey',
  'tyler-pager',
  'isaac-arnsdorf',
  'chris-whipple',
  'andrew-harnik',
  'eric-thayer',
  'win-mcnamee',
  'jill-biden',
  'sheila-nix',
  'lorraine-voles',
  'andrew-johnson',
];
const EVENTS = [
  'andrew-johnson-skips-grant-inauguration',
  'trump-does-not-invite-biden-2020',
  'trump-leaves-white-house-2021',
  'trump-attacks-harris-intelligence',
  'trump-insults-biden-before-election',
  'harris-dnc-phone-bank',
  'election-night-2024',
  'harris-concession-call',
  'biden-calls-trump',
  'harris-concession-speech',
  'biden-trump-oval-office-meeting',
  'bidens-welcome-trumps-2025',
  'pager-calls-biden',
  'uncharted-published',
  'book-2024-published',
];
const SOURCES = ['book-2024', 'uncharted', 'daily-beast-2025-07-08'];

/** Every quotation in the article, in its words, with the event it belongs to. */
const ARTICLE_QUOTES: [event: string, words: string][] = [
  ['harris-concession-call', 'Aides ended up holding two phones together on speaker so that the rivals could talk'],
  ['harris-concession-call', 'Phone service isn’t what it used to be'],
  ['harris-concession-call', 'I’m calling to concede. It was a fair election'],
  ['harris-concession-call', 'The peaceful transfer of power is important. It’s important to the country.'],
  ['harris-concession-call', 'I hope you’re president for all Americans.'],
  [
    'harris-concession-call',
    'had considered alluding to (Trump’s) failure to concede when things turned out the other way',
  ],
  ['harris-concession-call', 'You’re a tough cookie'],
  [
    'harris-concession-call',
    'did not compliment her campaign, but he acknowledged she’d given him a run for his money',
  ],
  ['harris-concession-call', 'great'],
  ['harris-concession-call', 'gracious'],
  ['trump-attacks-harris-intelligence', 'low-IQ individual'],
  ['trump-attacks-harris-intelligence', 'dumb as a rock'],
  ['biden-calls-trump', 'In another life we would be friends and go golfing'],
  ['trump-insults-biden-before-election', 'stupid b-----d'],
  ['pager-calls-biden', 'very negative'],
];

describe('the record holds everything in the article', () => {
  test.each(PEOPLE)('person %s has a page', (id) => {
    expect(record.people.has(id)).toBe(true);
    expect(page(`people/${id}`)).toContain('<h1');
  });

  test.each(EVENTS)('event %s has a page', (id) => {
    expect(record.events.has(id)).toBe(true);
    expect(page(`events/${id}`)).toContain('<h1');
  });

  test.each(SOURCES)('source %s has a page', (id) => {
    expect(record.sources.has(id)).toBe(true);
    expect(page(`sources/${id}`)).toContain('<h1');
  });

  test.each(ARTICLE_QUOTES)('%s quotes “%s”', (event, words) => {
    const quotes = record.events.get(event)?.data.quotes.map((q) => q.text) ?? [];
    expect(quotes.some((text) => text.startsWith(words))).toBe(true);
  });

  test('both differing accounts the article describes are set side by side', () => {
    const points = record.events.get('harris-concession-call')?.data.accounts.map((a) => a.point.toLowerCase()) ?? [];
    expect(points.some((p) => p.includes('campaign'))).toBe(true);
    expect(points.some((p) => p.includes('aides'))).toBe(true);
  });
});

/** The office and age an event page shows beside a participant, from its "at a glance" box. */
function facts(event: string, person: string): string {
  const html = page(`events/${event}`);
  const at = html.indexOf(`href="/people/${person}/"`, html.indexOf('id="at-a-glance"'));
  return /<span class="participant-office">\s*\(([^)]*)\)/.exec(html.slice(at, at + 400))?.[1] ?? '';
}

describe('ages are computed from birth dates', () => {
  /** The participant line of a person on an event page: "(Vice President, age 60)". */

  test('the concession call shows Trump at 78 and Harris at 60', () => {
    expect(facts('harris-concession-call', 'donald-trump')).toMatch(/age 78$/);
    expect(facts('harris-concession-call', 'kamala-harris')).toMatch(/age 60$/);
  });

  test('Biden’s call shows Biden at 81', () => {
    expect(facts('biden-calls-trump', 'joe-biden')).toMatch(/age 81$/);
  });

  test('the attacks of 22 July – 2 November 2024 show Harris at 59–60: she turned 60 on 20 October', () => {
    expect(facts('trump-attacks-harris-intelligence', 'kamala-harris')).toMatch(/age 59–60$/);
  });

  test('no age is typed into the content', () => {
    for (const event of record.events.values()) {
      for (const p of event.data.participants)
        expect(p.role, `${event.id}: ${p.person}`).not.toMatch(/\bage \d|\b\d{2}-year-old/);
    }
  });
});

describe("offices are those held at the event's time", () => {
  test('Trump is President-elect at the concession call, that afternoon, after the race call at 05:34', () => {
    expect(facts('harris-concession-call', 'donald-trump')).toBe('President-elect, age 78');
  });

  test('on Biden’s call, which the record has only to the day, Trump is shown as President-elect and former President', () => {
    expect(facts('biden-calls-trump', 'donald-trump')).toBe('President-elect; former President, age 78');
  });

  test('at the morning tea of 20 January 2025, before the noon swearing-in, Biden is President and Trump President-elect', () => {
    expect(facts('bidens-welcome-trumps-2025', 'joe-biden')).toBe('President, age 82');
    expect(facts('bidens-welcome-trumps-2025', 'donald-trump')).toBe('President-elect, age 78');
  });
});

describe('same-day order', () => {
  test('5 November 2024 lists the afternoon phone bank before Election Night', () => {
    const html = page('events');
    const phoneBank = html.indexOf('href="/events/harris-dnc-phone-bank/"');
    const night = html.indexOf('href="/events/election-night-2024/"');
    expect(phoneBank).toBeGreaterThan(-1);
    expect(phoneBank).toBeLessThan(night);
  });
});

describe('stored sentences are whole sentences', () => {
  /** Every sentence a page shows as an excerpt: backlinks ("mentioned in") and the claims sources support. */
  const sentences = () =>
    [...record.people.values(), ...record.events.values(), ...record.sources.values()].flatMap((entry) => [
      ...entry.links.map((l) => [`${entry.file} → ${l.collection}/${l.id}`, l.sentence] as const),
      ...entry.citations.map((c) => [`${entry.file} cites ${c.source}`, c.sentence] as const),
    ]);

  test('there are sentences to check', () => {
    expect(sentences().length).toBeGreaterThan(100);
  });

  test('none starts in lower case', () => {
    for (const [where, sentence] of sentences()) {
      expect(sentence, where).not.toMatch(/^[\s“"‘'([*_]*\p{Ll}/u);
    }
  });

  test('none ends mid-sentence: on a full stop, "!" or "?", and not on an abbreviation such as "p.m."', () => {
    for (const [where, sentence] of sentences()) {
      expect(sentence, where).toMatch(/[.!?][”"’')\]*_]*$/u);
      expect(ABBREVIATIONS.has(sentence.split(/\s+/).at(-1) ?? ''), `${where}: ${sentence}`).toBe(false);
    }
  });

  test('a time in "4 p.m. Eastern" and a quotation with "!" inside stay in their sentences', () => {
    const speech = record.events.get('harris-concession-speech');
    const howard = speech?.links.find((l) => l.id === 'kamala-harris')?.sentence;
    expect(howard).toMatch(/^The speech was set for 4 p\.m\. Eastern at Howard University/);
    for (const [where, sentence] of sentences()) expect(sentence, where).not.toMatch(/^(?:Eastern|I love that guy)/);
  });

  test('none leaves a quotation mark unpaired', () => {
    for (const [where, sentence] of sentences()) {
      expect(sentence.split('“').length, where).toBe(sentence.split('”').length);
      expect((sentence.split('"').length - 1) % 2, where).toBe(0);
    }
  });
});

describe('cross-links work both ways', () => {
  test('every participant links to the event, and the event to them', () => {
    for (const event of record.events.values()) {
      const eventPage = page(`events/${event.id}`);
      for (const { person } of event.data.participants) {
        expect(eventPage, `${event.id} → ${person}`).toContain(`href="/people/${person}/"`);
        expect(page(`people/${person}`), `${person} → ${event.id}`).toContain(`href="/events/${event.id}/"`);
      }
    }
  });

  test('every cited source links to the event, and the event to it', () => {
    for (const event of record.events.values()) {
      const eventPage = page(`events/${event.id}`);
      for (const { source } of event.data.sources) {
        expect(eventPage, `${event.id} → ${source}`).toContain(`href="/sources/${source}/"`);
        expect(page(`sources/${source}`), `${source} → ${event.id}`).toContain(`href="/events/${event.id}/"`);
      }
    }
  });

  test('every author links to their source, and the source to them', () => {
    for (const source of record.sources.values()) {
      for (const author of source.data.authors) {
        if (!('person' in author)) continue;
        expect(page(`sources/${source.id}`)).toContain(`href="/people/${author.person}/"`);
        expect(page(`people/${author.person}`)).toContain(`href="/sources/${source.id}/"`);
      }
    }
  });
});
