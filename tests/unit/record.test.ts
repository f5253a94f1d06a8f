import { describe, expect, test } from 'vitest';
import { CALL, check, HARRIS, TRUMP, UNCHARTED } from '../support/content.ts';

const EVENT = 'content/events/harris-concession-call.mdx';

describe('a valid record', () => {
  test('has no problems', async () => {
    expect(await check()).toEqual([]);
  });
});

describe('references between entries', () => {
  test('an unknown participant is named with the closest existing id', async () => {
    expect(await check({ [EVENT]: CALL.replace('person: donald-trump', 'person: donald-trunp') })).toEqual([
      `${EVENT}:8:13: participants[1].person: no person "donald-trunp" (did you mean "donald-trump"?)`,
    ]);
  });

  test('an id of the wrong collection says which collection it belongs to', async () => {
    expect(await check({ [EVENT]: CALL.replace('person: donald-trump', 'person: uncharted') })).toEqual([
      `${EVENT}:8:13: participants[1].person: no person "uncharted": "uncharted" is a source, and this field needs a person`,
    ]);
  });

  test('a deleted entry fails every file that refers to it', async () => {
    const problems = await check({ 'content/sources/uncharted.mdx': null });
    expect(problems).toEqual([
      `${EVENT}:11:13: sources[0].source: no source "uncharted"`,
      `${EVENT}:13:82: body: <Cite>: no source "uncharted"`,
    ]);
  });

  test('a broken link in a body names its line and column', async () => {
    expect(await check({ [EVENT]: CALL.replace('../people/donald-trump.mdx', '../people/donald-trum.mdx') })).toEqual([
      `${EVENT}:13:46: body: links to people/donald-trum.mdx, but no person "donald-trum" (did you mean "donald-trump"?)`,
    ]);
  });

  test('an unknown author id fails', async () => {
    const source = UNCHARTED.replace('  - name: Chris Whipple', '  - person: chris-whipple');
    expect(await check({ 'content/sources/uncharted.mdx': source })).toEqual([
      'content/sources/uncharted.mdx:5:13: authors[0].person: no person "chris-whipple"',
    ]);
  });
});

describe('dates', () => {
  test('an impossible date fails with the reason', async () => {
    expect(await check({ [EVENT]: CALL.replace('date: 2024-11-06', 'date: 2024-02-30') })).toEqual([
      `${EVENT}:4:7: date: "2024-02-30" does not exist: February 2024 has 29 days.`,
    ]);
  });

  test('an end before the start fails', async () => {
    expect(await check({ [EVENT]: CALL.replace('date: 2024-11-06', 'date: 2024-11-06\nend: 2024-11-05') })).toEqual([
      `${EVENT}:5:6: end: is before \`date\`: an event cannot end before it begins`,
    ]);
  });

  test('an event before a participant was born fails', async () => {
    expect(await check({ [EVENT]: CALL.replace('date: 2024-11-06', 'date: 1869-03-04') })).toEqual([
      `${EVENT}:6:13: participants[0].person: the event (4 March 1869) is before "kamala-harris" was born (20 October 1964): check the dates or the participant`,
      `${EVENT}:8:13: participants[1].person: the event (4 March 1869) is before "donald-trump" was born (14 June 1946): check the dates or the participant`,
    ]);
  });

  test('a date after the reference date fails', async () => {
    expect(await check({ [EVENT]: CALL.replace('date: 2024-11-06', 'date: 2027-01-20') })).toEqual([
      `${EVENT}:4:7: date: 2027-01-20 is in the future (the record's reference date is 2026-11-28): check the year`,
    ]);
  });
});

describe('frontmatter', () => {
  test('an unknown field suggests the known one', async () => {
    expect(await check({ 'content/people/donald-trump.mdx': TRUMP.replace('born:', 'bron:') })).toEqual([
      'content/people/donald-trump.mdx:4:1: bron: is not a field of a person: did you mean "born"? The fields are: name, fullName, sortName, description, born, died, birthplace, aliases, roles, identifiers, sources',
    ]);
  });

  test('a missing required field explains what it is', async () => {
    expect(await check({ 'content/people/kamala-harris.mdx': HARRIS.replace('name: Kamala Harris\n', '') })).toEqual([
      'content/people/kamala-harris.mdx:1:1: name: is required: The name readers know the person by: "Kamala Harris".',
    ]);
  });

  test('a duplicate key fails', async () => {
    expect(await check({ 'content/people/kamala-harris.mdx': HARRIS.replace('born: 1964-10-20', 'born: 1964-10-20\nborn: 1964-10-21') })).toEqual([
      'content/people/kamala-harris.mdx:5:1: frontmatter: the same field appears twice: keep one',
    ]);
  });

  test('YAML aliases and anchors fail', async () => {
    const problems = await check({ 'content/people/kamala-harris.mdx': HARRIS.replace('born: 1964-10-20', 'born: &b 1964-10-20\nbirthplace: *b') });
    expect(problems).toEqual([
      'content/people/kamala-harris.mdx:4:10: frontmatter: YAML anchors (&b) are not allowed: write each value out in full',
      'content/people/kamala-harris.mdx:5:13: frontmatter: YAML aliases (*b) are not allowed: write the value out in full',
    ]);
  });

  test('a wrongly typed field says what it got', async () => {
    expect(await check({ 'content/people/kamala-harris.mdx': HARRIS.replace('name: Kamala Harris', 'name: [Kamala, Harris]') })).toEqual([
      'content/people/kamala-harris.mdx:2:7: name: must be text',
    ]);
  });

  test('a book without an ISBN fails', async () => {
    expect(await check({ 'content/sources/uncharted.mdx': UNCHARTED.replace('isbn: 978-0063386211\n', '') })).toEqual([
      'content/sources/uncharted.mdx:1:1: isbn: is required for a book: give the ISBN of the edition cited',
    ]);
  });

  test('an ISBN with a wrong check digit fails', async () => {
    expect(await check({ 'content/sources/uncharted.mdx': UNCHARTED.replace('978-0063386211', '978-0063386212') })).toEqual([
      'content/sources/uncharted.mdx:8:7: isbn: is not a valid ISBN-10 or ISBN-13: check the digits (the last one is a checksum)',
    ]);
  });
});

describe('files', () => {
  test('a file name that is not a kebab-case id suggests the fixed name', async () => {
    expect(await check({ 'content/people/Jill_Biden.mdx': HARRIS })).toEqual([
      'content/people/Jill_Biden.mdx: file: the file name must be a lowercase kebab-case id (letters a–z, digits, hyphens): rename it to jill-biden.mdx',
    ]);
  });

  test('ids that differ only by punctuation are duplicates', async () => {
    expect(await check({ 'content/people/donaldtrump.mdx': TRUMP })).toEqual([
      'content/people/donaldtrump.mdx: file: duplicate id: "donaldtrump" and "donald-trump" (content/people/donald-trump.mdx) differ only by case or punctuation. Merge the two files or choose a distinct id',
    ]);
  });

  test('a file name differing only by case is a duplicate, not a rename suggestion', async () => {
    expect(await check({ 'content/people/Donald-Trump.mdx': TRUMP })).toEqual([
      'content/people/Donald-Trump.mdx: file: duplicate id: "Donald-Trump" and "donald-trump" (content/people/donald-trump.mdx) differ only by case or punctuation. Merge the two files or choose a distinct id',
    ]);
  });

  test('invalid UTF-8 is reported with its byte offset', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode(HARRIS.replace('Biography.', 'Biography ')), 0xff, 0x0a]);
    expect(await check({ 'content/people/kamala-harris.mdx': bytes })).toEqual([
      `content/people/kamala-harris.mdx:7:0: file: is not valid UTF-8 (byte offset ${bytes.length - 2}): save the file as UTF-8`,
    ]);
  });

  test('a Markdown file is pointed to its .mdx name', async () => {
    expect(await check({ 'content/people/jill-biden.md': HARRIS })).toEqual([
      'content/people/jill-biden.md: file: is not an entry file: rename it to jill-biden.mdx',
    ]);
  });

  test('a file without frontmatter fails', async () => {
    expect(await check({ 'content/people/jill-biden.mdx': 'Just text.\n' })).toEqual([
      'content/people/jill-biden.mdx:1:1: file: must start with a frontmatter block: a line "---", the fields, and another line "---"',
    ]);
  });

  test('an oversized file is refused', async () => {
    expect(await check({ 'content/people/jill-biden.mdx': HARRIS + 'word '.repeat(50_000) })).toEqual([
      `content/people/jill-biden.mdx: file: is ${HARRIS.length + 250_000} bytes; entries may be at most 200000 bytes. Split the narrative into separate events`,
    ]);
  });

  test('the record description is required', async () => {
    expect(await check({ 'content/record.mdx': null })).toEqual([
      'content/record.mdx: file: is missing: it names the record and says what it covers (see CONTRIBUTING.md)',
    ]);
  });
});
