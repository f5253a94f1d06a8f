import { describe, expect, test } from 'vitest';
import {
  derivedAccountId,
  derivedClaimId,
  derivedQuoteId,
  encodeFragmentText,
  textFragmentUrl,
} from '../../src/lib/record/anchors.ts';
import { headingIds } from '../../src/lib/record/body/heading-ids.ts';
import { parseBody } from '../../src/lib/record/body/parse.ts';
import { numberReferences } from '../../src/lib/record/body/references.ts';
import { renderBody } from '../../src/lib/record/body/render.ts';
import type { Entry, RecordContent } from '../../src/lib/record/entry.ts';
import { formatProblem } from '../../src/lib/record/problems.ts';
import {
  checkPublishedIds,
  duplicateAnchorProblems,
  formatPublishedIds,
  parsePublishedIds,
  updatePublishedIds,
} from '../../src/lib/record/published-ids.ts';
import { quote } from '../../src/schemas/event.ts';

const FILE = 'content/events/call.mdx';
const IDS = 'content/ids.yaml';

describe('ids made from the words', () => {
  test.each([
    [derivedQuoteId('You’re a tough cookie', ['donald-trump']), 'quote-donald-trump-youre-a-tough-cookie'],
    [
      derivedQuoteId('You’re a tough cookie. You were really great.', ['donald-trump']),
      'quote-donald-trump-youre-a-tough-cookie-you',
    ],
    [derivedQuoteId('gracious', []), 'quote-gracious'],
    [derivedQuoteId('Émile’s “answer”!', ['a', 'b']), 'quote-a-emiles-answer'],
    [derivedAccountId('What Trump said about *Harris’s* campaign'), 'account-what-trump-said-about-harriss'],
    [derivedClaimId('On 6 November 2024, the day after'), 'claim-on-6-november-2024-the'],
    [
      derivedClaimId('Supercalifragilisticexpialidocious and then some'),
      'claim-supercalifragilisticexpialidocious-and',
    ],
    [
      derivedClaimId('Pneumonoultramicroscopicsilicovolcanoconiosis is long'),
      'claim-pneumonoultramicroscopicsilicovolcanocon',
    ],
    [derivedQuoteId('…', []), 'quote-x'],
  ])('%s', (got, want) => expect(got).toBe(want));

  test('a quotation keeps the id it is given, else gets one from its speaker and words', () => {
    const base = { text: 'I concede', speaker: 'kamala-harris', source: 's', attribution: 'firsthand' };
    expect(quote.parse(base).id).toBe('quote-kamala-harris-i-concede');
    expect(quote.parse({ ...base, id: 'quote-concession' }).id).toBe('quote-concession');
    expect(quote.safeParse({ ...base, id: 'account-concession' }).success).toBe(false);
    expect(quote.safeParse({ ...base, id: 'quote-Bad Id' }).success).toBe(false);
  });

  test('a body heading never takes the prefix of an anchor', () => {
    const next = headingIds();
    expect(next('Quote of the day')).toBe('section-quote-of-the-day');
    expect(next('Claims')).toBe('claims');
  });
});

describe('text fragments', () => {
  test('encode the characters that separate a directive’s parts', () => {
    expect(encodeFragmentText('strength, professionalism, and tenacity')).toBe(
      'strength%2C%20professionalism%2C%20and%20tenacity',
    );
    expect(encodeFragmentText('low-IQ & more')).toBe('low%2DIQ%20%26%20more');
  });

  test('a long quotation is found by its first and last words; an old fragment is replaced', () => {
    expect(textFragmentUrl('https://example.com/a#top', 'one two three four five six seven eight nine')).toBe(
      'https://example.com/a#:~:text=one%20two%20three%20four,six%20seven%20eight%20nine',
    );
    expect(textFragmentUrl('https://example.com/a', 'a  short\nquote')).toBe(
      'https://example.com/a#:~:text=a%20short%20quote',
    );
  });
});

describe('cited sentences', () => {
  test('each cited sentence gets an anchor at its start, shared by its citations', () => {
    const body = 'She called. *Trump* answered.<Cite source="a" /> He joked.<Cite source="b" /><Cite source="a" />';
    const parsed = parseBody(body, FILE, 0);
    expect(parsed.problems).toEqual([]);
    expect(parsed.citations.map((c) => c.claim)).toEqual(['claim-trump-answered', 'claim-he-joked', 'claim-he-joked']);
    const html = renderBody(parsed, {
      urlFor: () => '/',
      references: numberReferences(parsed.citations, []),
      aliases: new Map([['claim-he-joked', ['claim-he-laughed']]]),
    });
    expect(html).toContain('She called. <span id="claim-trump-answered" class="claim"></span><em>Trump</em> answered.');
    expect(html).toContain(
      '<span id="claim-he-joked" class="claim"><span id="claim-he-laughed" class="alias"></span></span>He joked.',
    );
  });

  test('a <Cite id> names its sentence; two sentences with one id are refused at the line', () => {
    const given = parseBody('Trump won.<Cite source="a" id="claim-result" />', FILE, 0);
    expect(given.citations[0]?.claim).toBe('claim-result');
    const twice = parseBody('He won.<Cite source="a" />\n\nHe won.<Cite source="b" />', FILE, 10);
    expect(twice.problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
      '13: two cited sentences have the id "claim-he-won" (lines 11 and 13): give this one its own, like <Cite source="…" id="claim-he-won-2" />, and keep the other\'s, which links may use',
    ]);
    expect(parseBody('X.<Cite source="a" id="quote-x" />', FILE, 0).problems[0]?.message).toMatch(
      /must be the id of the sentence/,
    );
  });
});

/** An event entry as the reader returns it, with only what the id checks read. */
function event(id: string, quotes: string[], claims: string[] = []): Entry<'events'> {
  return {
    collection: 'events',
    id,
    file: `content/events/${id}.mdx`,
    data: { quotes: quotes.map((q) => ({ id: q })), accounts: [] },
    citations: claims.map((claim) => ({ source: 's', sentence: '', line: 1, column: 1, claim })),
    locate: (path: readonly PropertyKey[]) => ({ line: 10 + Number(path[1]), column: 5 }),
  } as unknown as Entry<'events'>;
}

function recordOf(...events: Entry<'events'>[]): RecordContent {
  return { people: new Map(), sources: new Map(), events: new Map(events.map((e) => [e.id, e])) };
}

describe('published ids', () => {
  const published = (text: string) => {
    const parsed = parsePublishedIds(text, IDS);
    expect(parsed.problems).toEqual([]);
    return parsed.published;
  };
  const FILE_TEXT = `events/call:
  ids:
    - claim-she-won
    - quote-a-old-words
    - quote-b
`;

  test('a published id that disappears without an alias fails, naming the id, the entry and the fix', () => {
    const problems = checkPublishedIds(
      recordOf(event('call', ['quote-a-new-words', 'quote-b'], ['claim-she-won'])),
      published(FILE_TEXT),
      IDS,
    );
    expect(problems.map(formatProblem)).toEqual([
      'content/ids.yaml:4:1: events/call.ids: the published id "quote-a-old-words" is no longer in content/events/call.mdx, and links to it would break. To keep it, give the quotation that had it `id: quote-a-old-words`; or, if the quotation now has another id, add "quote-a-old-words: <its id now>" under aliases here (npm run ids does this when one new quotation id appeared in the entry). If the quotation was removed on purpose, point the alias at the nearest one',
    ]);
  });

  test('an alias keeps it, and must lead to an id on the page', () => {
    const record = recordOf(event('call', ['quote-a-new-words', 'quote-b'], ['claim-she-won']));
    const aliased = `${FILE_TEXT}  aliases:\n    quote-a-old-words: quote-a-new-words\n`;
    expect(checkPublishedIds(record, published(aliased), IDS)).toEqual([]);
    const wrong = `${FILE_TEXT}  aliases:\n    quote-a-old-words: quote-c\n`;
    expect(checkPublishedIds(record, published(wrong), IDS).map((p) => p.message)).toEqual([
      '"quote-a-old-words" leads to "quote-c", which is no longer in content/events/call.mdx: point it at the id the quotation has now',
    ]);
  });

  test('npm run ids aliases a vanished id to the one new id of its kind, and refuses to guess between two', () => {
    const one = updatePublishedIds(
      recordOf(event('call', ['quote-a-new-words', 'quote-b'], ['claim-she-won'])),
      published(FILE_TEXT),
      IDS,
    );
    expect(one.problems).toEqual([]);
    expect(one.aliased).toEqual(['events/call: quote-a-old-words → quote-a-new-words']);
    expect(one.text).toContain('  aliases:\n    quote-a-old-words: quote-a-new-words\n');
    expect(one.text).toContain('    - quote-a-new-words\n    - quote-a-old-words\n');
    const two = updatePublishedIds(
      recordOf(event('call', ['quote-c', 'quote-d', 'quote-b'], ['claim-she-won'])),
      published(FILE_TEXT),
      IDS,
    );
    expect(two.problems.map((p) => p.field)).toEqual(['events/call.ids']);
  });

  test('what npm run ids writes reads back the same', () => {
    const update = updatePublishedIds(
      recordOf(event('call', ['quote-a-new-words', 'quote-b'], ['claim-she-won'])),
      published(FILE_TEXT),
      IDS,
    );
    expect(formatPublishedIds(published(update.text))).toBe(update.text);
  });

  test('a file that is not a list of entries is refused at its line', () => {
    const bad = parsePublishedIds('events/call:\n  ids:\n    - Quote One\n  extra: 1\nnot-an-entry: {}\n', IDS);
    expect(bad.problems.map((p) => `${p.line} ${p.field}`)).toEqual([
      '3 events/call.ids',
      '4 events/call.extra',
      '5 not-an-entry',
    ]);
  });

  test('two quotations of one entry with one id are refused, the second at its line', () => {
    const problems = duplicateAnchorProblems(event('call', ['quote-a', 'quote-b', 'quote-a']));
    expect(problems.map(formatProblem)).toEqual([
      'content/events/call.mdx:12:5: quotes[2]: has the id "quote-a", as quotes[0] does: ids of one entry must differ. Give this one its own `id: quote-a-2` (or a better name), and leave the other\'s alone: links may use it',
    ]);
  });
});
