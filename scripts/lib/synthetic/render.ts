/** The synthetic record as MDX files: YAML frontmatter and bodies with links and citations. */
import { derivedAccountId, derivedClaimId, derivedQuoteId } from '../../../src/lib/record/anchors.ts';
import { dateInWords } from './calendar.ts';
import { aOrAn, capitalize, countVisibleWords, type Prose, type Sentence } from './prose.ts';
import type { Citation, EventSpec, PersonSpec, SourceSpec } from './specs.ts';
import { OPENERS, ADVERBS } from './words.ts';

const PLAIN_SCALAR = /^[A-Za-z\u00C0-\u024F][A-Za-z0-9\u00C0-\u024F ,.'()–-]*[A-Za-z0-9\u00C0-\u024F.)']$/;

/** A YAML scalar: plain when that is unambiguous, else double-quoted (JSON is valid YAML). */
function q(s: string): string {
  if (PLAIN_SCALAR.test(s) && !/^(true|false|null|yes|no|on|off|y|n)$/i.test(s)) return s;
  return JSON.stringify(s);
}

const link = (collection: 'people' | 'events' | 'sources', id: string, text: string) =>
  `[${text}](../${collection}/${id}.mdx)`;

function frontmatter(lines: string[]): string {
  return `---\n${lines.join('\n')}\n---\n`;
}

function citationLines(list: readonly Citation[], sources: readonly SourceSpec[], indent: string): string[] {
  const out: string[] = [];
  for (const c of list) {
    out.push(`${indent}- source: ${(sources[c.source] as SourceSpec).id}`);
    out.push(`${indent}  locator: ${q(c.locator)}`);
  }
  return out;
}

/**
 * Fills paragraphs (some already holding required sentences) with filler sentences until
 * the whole reaches `target` words, spread evenly: each paragraph is filled until the
 * words so far reach its share. A filler is only added while the whole is below the
 * target, so the result lands in [target, target + longest filler).
 */
function fillParagraphs(
  prose: Prose,
  paragraphs: Sentence[][],
  fixedWords: number,
  target: number,
  subjects: readonly string[],
  keepFirst: boolean,
): number {
  let total = fixedWords;
  for (const paragraph of paragraphs) for (const s of paragraph) total += s.words;
  let sofar = fixedWords;
  for (const [i, paragraph] of paragraphs.entries()) {
    for (const s of paragraph) sofar += s.words;
    const goal = Math.round((target * (i + 1)) / paragraphs.length);
    const add = (s: Sentence) => {
      paragraph.push(s);
      total += s.words;
      sofar += s.words;
    };
    if (paragraph.length === 0) add(prose.filler(subjects, 14));
    while (total < target && (sofar < goal || i === paragraphs.length - 1)) add(prose.filler(subjects));
    // Required sentences end up among the filler, not all at the start.
    const head = keepFirst && i === 0 ? paragraph.splice(0, 1) : [];
    prose.rng.shuffle(paragraph);
    paragraph.unshift(...head);
  }
  return total;
}

function cite(sources: readonly SourceSpec[], c: Citation, id?: string): string {
  return `<Cite source="${(sources[c.source] as SourceSpec).id}" locator="${c.locator}"${id ? ` id="${id}"` : ''} />`;
}

/**
 * The id a part would be given from its words, or, when an earlier part of the same entry
 * already has that id (two quotations or cited sentences opening with the same five
 * words), an explicit one with a number after it, as the content check asks: `undefined`
 * when the derived id is free.
 */
function explicitIdIfTaken(derived: string, taken: Set<string>): string | undefined {
  if (!taken.has(derived)) {
    taken.add(derived);
    return undefined;
  }
  let n = 2;
  while (taken.has(`${derived}-${n}`)) n++;
  taken.add(`${derived}-${n}`);
  return `${derived}-${n}`;
}

/** A sentence's words as the reader sees them: each Markdown link as its text. */
const visibleText = (md: string) => md.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');

export function renderEvent(
  event: EventSpec,
  people: readonly PersonSpec[],
  events: readonly EventSpec[],
  sources: readonly SourceSpec[],
  prose: Prose,
): string {
  const rng = prose.rng;
  const fm: string[] = [`title: ${q(event.title)}`, `summary: ${q(event.summary)}`, `date: ${event.date.text}`];
  if (event.end) fm.push(`end: ${event.end.text}`);
  if (event.approximate) fm.push('approximate: true');
  if (event.place) fm.push(`place: ${q(event.place)}`);
  fm.push('participants:');
  for (const p of event.participants)
    fm.push(`  - person: ${(people[p.person] as PersonSpec).id}`, `    role: ${q(p.role)}`);
  fm.push('sources:', ...citationLines(event.sources, sources, '  '));
  if (event.quotes.length) {
    fm.push('quotes:');
    const quoteIds = new Set<string>();
    for (const quote of event.quotes) {
      fm.push(`  - text: ${q(quote.text)}`);
      const speakerIds = quote.speakers.map((s) => (people[s] as PersonSpec).id);
      const id = explicitIdIfTaken(derivedQuoteId(quote.text, speakerIds), quoteIds);
      if (id) fm.push(`    id: ${id}`);
      if (quote.speakers.length === 1)
        fm.push(`    speaker: ${(people[quote.speakers[0] as number] as PersonSpec).id}`);
      else fm.push('    speaker:', ...quote.speakers.map((s) => `      - ${(people[s] as PersonSpec).id}`));
      if (quote.addressee !== undefined) fm.push(`    addressee: ${(people[quote.addressee] as PersonSpec).id}`);
      if (quote.about.length)
        fm.push('    about:', ...quote.about.map((s) => `      - ${(people[s] as PersonSpec).id}`));
      fm.push(`    source: ${(sources[quote.source] as SourceSpec).id}`, `    locator: ${q(quote.locator)}`);
      if (quote.via)
        fm.push(
          '    via:',
          `      source: ${(sources[quote.via.source] as SourceSpec).id}`,
          `      locator: ${q(quote.via.locator)}`,
        );
      fm.push(`    attribution: ${quote.attribution}`);
      if (quote.note) fm.push(`    note: ${q(quote.note)}`);
    }
  }
  if (event.accounts.length) {
    fm.push('accounts:');
    const accountIds = new Set<string>();
    for (const account of event.accounts) {
      fm.push(`  - point: ${q(account.point)}`);
      const id = explicitIdIfTaken(derivedAccountId(account.point), accountIds);
      if (id) fm.push(`    id: ${id}`);
      fm.push('    versions:');
      for (const v of account.versions) {
        fm.push(
          `      - source: ${(sources[v.source] as SourceSpec).id}`,
          `        locator: ${q(v.locator)}`,
          `        says: ${q(v.says)}`,
        );
      }
      if (account.note) fm.push(`    note: ${q(account.note)}`);
    }
  }
  if (event.tags.length) fm.push('tags:', ...event.tags.map((t) => `  - ${t}`));

  // Body: an introduction, then two or three sections under ## headings.
  const participants = event.participants.map((p) => ({ ...p, spec: people[p.person] as PersonSpec }));
  const lastNames = participants.map((p) => p.spec.last);
  const headingCount = rng.int(2, 3);
  const first = rng.pick(['Background', 'Context', `Before the ${prose.noun()}`, 'Preparations']);
  const middle = rng.pick([
    'What happened',
    'The day itself',
    `The ${prose.noun()}`,
    'Negotiations',
    `The ${prose.adjective()} ${prose.noun()}`,
  ]);
  const lastHeading = rng.pick([
    'Aftermath',
    'Reactions',
    'Consequences',
    'Later years',
    'Public response',
    'How it ended',
  ]);
  const headings =
    headingCount === 3 ? [first, middle, lastHeading] : rng.chance(0.5) ? [first, lastHeading] : [middle, lastHeading];
  const sections = headings.map(() => rng.int(1, 2));
  const paragraphs: Sentence[][] = [[]];
  const sectionStart: number[] = [];
  for (const n of sections) {
    sectionStart.push(paragraphs.length);
    for (let k = 0; k < n; k++) paragraphs.push([]);
  }
  const add = (i: number, md: string) => (paragraphs[i] as Sentence[]).push({ md, words: countVisibleWords(md) });
  const laterParagraph = () => rng.int(1, paragraphs.length - 1);

  // A different sentence shape for each participant (the first one opens the text).
  const shapes = [rng.int(0, 2), ...rng.shuffle([0, 1, 2, 3, 4])];
  const used = new Set<number>();
  for (const [k, p] of participants.entries()) {
    const l = link('people', p.spec.id, p.spec.name);
    let shape = shapes.find((n) => !used.has(n)) ?? 0;
    if (k === 0) shape = shapes[0] as number;
    used.add(shape);
    const sentence = [
      () => `${l} attended as ${aOrAn(p.role)} and ${prose.past()} ${prose.nounPhrase()}.`,
      () => `Among those present was ${l}, who ${prose.past()} ${prose.nounPhrase()} ${prose.prepPhrase()}.`,
      () => `${l} ${prose.past()} ${prose.nounPhrase()} ${prose.prepPhrase()}.`,
      () => `${rng.pick(OPENERS)} ${l} ${prose.past()} ${prose.nounPhrase()}.`,
      () => `${l}, the ${p.role} on the day, ${rng.common(ADVERBS)} ${prose.past()} ${prose.nounPhrase()}.`,
    ][shape] as () => string;
    add(k < 2 ? 0 : laterParagraph(), sentence());
  }
  for (const j of event.earlier) {
    const other = events[j] as EventSpec;
    const l = link('events', other.id, other.title);
    const s = rng.pick([
      `The ${prose.noun()} followed ${l}, which had ${prose.past()} ${prose.nounPhrase()}.`,
      `Observers compared it with ${l}.`,
      `${capitalize(prose.subject(lastNames))} ${prose.past()} ${prose.nounPhrase()} after ${l}.`,
      `Much of the ${prose.noun()} dated back to ${l}.`,
      `As in ${l}, ${prose.subject(lastNames)} ${prose.past()} ${prose.nounPhrase()}.`,
    ]);
    add(headingCount === 3 || headings[0] === first ? (sectionStart[0] as number) : laterParagraph(), s);
  }
  const headingWords = headings.reduce((n, h) => n + countVisibleWords(h), 0);
  fillParagraphs(prose, paragraphs, headingWords, rng.int(262, 370), lastNames, true);

  // One to three citations, each after a sentence, for the event's own sources.
  const all: { paragraph: number; sentence: number }[] = [];
  for (const [i, paragraph] of paragraphs.entries())
    for (let s = 0; s < paragraph.length; s++) all.push({ paragraph: i, sentence: s });
  const citeCount = Math.min(all.length, rng.int(1, 3));
  const claimIds = new Set<string>();
  for (const [k, at] of rng.sample(all, citeCount).entries()) {
    const c = event.sources[k % event.sources.length] as Citation;
    const sentence = (paragraphs[at.paragraph] as Sentence[])[at.sentence] as Sentence;
    sentence.md += cite(sources, c, explicitIdIfTaken(derivedClaimId(visibleText(sentence.md)), claimIds));
  }

  const blocks: string[] = [];
  const para = (i: number) => (paragraphs[i] as Sentence[]).map((s) => s.md).join(' ');
  blocks.push(para(0));
  for (const [h, heading] of headings.entries()) {
    blocks.push(`## ${heading}`);
    for (let k = 0; k < (sections[h] as number); k++) blocks.push(para((sectionStart[h] as number) + k));
  }
  return `${frontmatter(fm)}${blocks.join('\n\n')}\n`;
}

export function renderPerson(
  person: PersonSpec,
  people: readonly PersonSpec[],
  events: readonly EventSpec[],
  sources: readonly SourceSpec[],
  prose: Prose,
): string {
  const rng = prose.rng;
  const fm: string[] = [`name: ${q(person.name)}`];
  if (person.fullName) fm.push(`fullName: ${q(person.fullName)}`);
  if (person.disambiguation) fm.push(`disambiguation: ${q(person.disambiguation)}`);
  fm.push(`description: ${q(person.description)}`, `born: ${person.born.text}`);
  if (person.birthplace) fm.push(`birthplace: ${q(person.birthplace)}`);
  if (person.aliases.length) fm.push('aliases:', ...person.aliases.map((a) => `  - ${q(a)}`));
  if (person.roles.length) {
    fm.push('roles:');
    for (const role of person.roles) {
      fm.push(`  - title: ${q(role.title)}`);
      if (role.short) fm.push(`    short: ${q(role.short)}`);
      if (role.organisation) fm.push(`    organisation: ${q(role.organisation)}`);
      fm.push(`    from: ${role.from.text}`);
      if (role.to) fm.push(`    to: ${role.to.text}`);
    }
  }
  if (person.sources.length) fm.push('sources:', ...citationLines(person.sources, sources, '  '));

  const first: Sentence[] = [];
  const second: Sentence[] = [];
  const add = (list: Sentence[], md: string) => list.push({ md, words: countVisibleWords(md) });
  const bornCite = person.sources[0] ? cite(sources, person.sources[0]) : '';
  add(
    first,
    `${person.name} was born ${dateInWords(person.born)}${person.birthplace ? ` in ${person.birthplace}` : ''}.${bornCite}`,
  );
  for (const role of person.roles.slice(0, 2)) {
    const held = `${role.title}${role.organisation ? ` at the ${role.organisation.replace(/^The /, '')}` : ''}`;
    add(
      first,
      role.to
        ? `From ${role.from.year} to ${role.to.year}, ${person.last} served as ${held}.`
        : `In ${role.from.year}, ${person.last} became ${held}.`,
    );
  }
  const mine = rng.sample(person.events, rng.int(1, 2));
  for (const { event, role } of mine) {
    const e = events[event] as EventSpec;
    add(second, `In ${e.date.year}, ${person.last} took part in ${link('events', e.id, e.title)} as ${aOrAn(role)}.`);
  }
  if (mine.length === 0) {
    let other = rng.int(0, people.length - 1);
    if (people[other] === person) other = (other + 1) % people.length;
    const o = people[other] as PersonSpec;
    add(
      second,
      `${person.last} ${rng.pick(['worked closely with', 'corresponded for years with', 'was often compared with'])} ${link('people', o.id, o.name)}.`,
    );
  }
  fillParagraphs(prose, [first, second], 0, rng.int(88, 124), [person.last], true);
  return `${frontmatter(fm)}${first.map((s) => s.md).join(' ')}\n\n${second.map((s) => s.md).join(' ')}\n`;
}

/** Each synthetic kind's standing: derived, so the generator's random draws are unchanged. */
const SYNTHETIC_STANDING = {
  book: 'book',
  article: 'press',
  interview: 'broadcaster',
  statement: 'primary',
  reference: 'encyclopedia',
  broadcast: 'broadcaster',
} as const satisfies Record<SourceSpec['kind'], string>;

export function renderSource(source: SourceSpec, people: readonly PersonSpec[], prose: Prose): string {
  const rng = prose.rng;
  const fm: string[] = [
    `kind: ${source.kind}`,
    `standing: ${SYNTHETIC_STANDING[source.kind]}`,
    `title: ${q(source.title)}`,
  ];
  if (source.subtitle) fm.push(`subtitle: ${q(source.subtitle)}`);
  if (source.authors.length) {
    fm.push('authors:');
    for (const a of source.authors)
      fm.push('person' in a ? `  - person: ${(people[a.person] as PersonSpec).id}` : `  - name: ${q(a.name)}`);
  }
  if (source.publisher) fm.push(`publisher: ${q(source.publisher)}`);
  fm.push(`published: ${source.published.text}`);
  if (source.url) fm.push(`url: ${source.url}`);
  if (source.isbn) fm.push(`isbn: ${source.isbn}`);
  if (source.description) fm.push(`description: ${q(source.description)}`);

  const by = source.authors.map((a) =>
    'person' in a ? link('people', (people[a.person] as PersonSpec).id, (people[a.person] as PersonSpec).name) : a.name,
  );
  const noun = {
    book: 'book',
    article: 'newspaper article',
    interview: 'recorded interview',
    statement: 'public statement',
    reference: 'reference work',
    broadcast: 'broadcast',
  }[source.kind];
  const opening = `${source.title} is ${aOrAn(`${prose.adjective()} ${noun}`)}${by.length ? ` by ${by.join(' and ')}` : ''}${source.publisher ? `, published by ${source.publisher}` : ''} ${dateInWords(source.published)}.`;
  const sentences: Sentence[] = [{ md: opening, words: countVisibleWords(opening) }];
  const subjects = ['the author', 'the text', 'the account', 'one chapter', 'the narrative'];
  fillParagraphs(prose, [sentences], 0, rng.int(44, 56), subjects, true);
  return `${frontmatter(fm)}${sentences.map((s) => s.md).join(' ')}\n`;
}

export function renderRecord(events: readonly EventSpec[], people: number, sources: number, seed: number): string {
  const fm = [
    `title: ${q(`Synthetic record (${events.length} events)`)}`,
    'tagline: Invented events and people, generated from a seed to test the site at scale.',
    `description: ${q(`A synthetic record of ${events.length} invented events, ${people} invented people and ${sources} invented sources, generated deterministically from seed ${seed}. None of it is real.`)}`,
  ];
  // The record lists the tags its events may use (content/record.mdx); here, the ones they do.
  const tags = [...new Set(events.flatMap((e) => e.tags))].sort();
  if (tags.length)
    fm.push(
      'tags:',
      ...tags.flatMap((t) => [`  - tag: ${t}`, `    description: Invented events about ${t.replaceAll('-', ' ')}.`]),
    );
  const first = events[0];
  const last = events[events.length - 1];
  const span =
    first && last && first !== last
      ? ` It runs from [${first.title}](events/${first.id}.mdx) to [${last.title}](events/${last.id}.mdx).`
      : '';
  const body =
    `This record is synthetic. It was generated from seed ${seed} and holds ${events.length} events, ${people} people and ${sources} sources.${span} ` +
    'The names come from fixed lists and the text from a fixed vocabulary of English words, so pages and search behave roughly as they would with real prose. ' +
    'None of the people, events, quotations or sources is real.';
  return `${frontmatter(fm)}${body}\n`;
}
