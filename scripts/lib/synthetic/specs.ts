/**
 * What the synthetic record holds, before any text is written: people with roles and birth
 * dates, sources with dates and authors, events with participants, quotations, differing
 * accounts and links to earlier events. Every choice here is what makes the record pass
 * the content checks (no one takes part in an event before they are 18, every source is
 * published after what it reports).
 */
import { idFingerprint, toId } from '../../../src/lib/record/ids.ts';
import type { Precision } from '../../../src/lib/time/dates.ts';
import {
  dateAt,
  dateInWords,
  dayNumber,
  lowerBound,
  OFFSETS,
  pad2,
  randomDay,
  upperBound,
  type GenDate,
} from './calendar.ts';
import { capitalize, Prose, thirdPerson, titleCase } from './prose.ts';
import type { Rng } from './random.ts';
import {
  ACCOUNT_NOTES,
  BROADCASTERS,
  BUILDINGS,
  COUNTRIES,
  FIELDS,
  FIRST_NAMES,
  LAST_NAMES,
  LEAD_ROLES,
  OCCUPATIONS,
  ORG_NOUNS,
  OTHER_ROLES,
  OUTLET_WORDS,
  PLACES,
  PUBLISHERS,
  QUOTE_NOTES,
  TAGS,
} from './words.ts';

/** The reference date the generated record is valid against (nothing is dated later). */
const LATEST_SOURCE_DAY = { year: 2026, month: 10, day: 31 } as const;

export interface RoleSpec {
  title: string;
  short?: string;
  organisation?: string;
  from: GenDate;
  to?: GenDate;
}

export interface Citation {
  source: number;
  locator: string;
}

export interface PersonSpec {
  id: string;
  name: string;
  last: string;
  fullName?: string;
  description: string;
  born: GenDate;
  birthplace?: string;
  /** Set only when another generated person has the same name: the record requires it. */
  disambiguation?: string;
  occupation: string;
  aliases: string[];
  roles: RoleSpec[];
  sources: Citation[];
  /** Events (indices into the sorted event list) this person takes part in, with their role. */
  events: { event: number; role: string }[];
}

export type AuthorSpec = { person: number } | { name: string };

export interface SourceSpec {
  id: string;
  kind: 'book' | 'article' | 'interview' | 'statement' | 'reference' | 'broadcast';
  title: string;
  subtitle?: string;
  authors: AuthorSpec[];
  publisher?: string;
  published: GenDate;
  url?: string;
  isbn?: string;
  description?: string;
}

export interface QuoteSpec {
  text: string;
  speakers: number[];
  addressee?: number;
  about: number[];
  source: number;
  locator: string;
  via?: Citation;
  attribution: 'firsthand' | 'reported' | 'paraphrase';
  note?: string;
}

export interface AccountSpec {
  point: string;
  versions: { source: number; locator: string; says: string }[];
  note?: string;
}

export interface EventSpec {
  id: string;
  title: string;
  summary: string;
  date: GenDate;
  end?: GenDate;
  approximate: boolean;
  place?: string;
  participants: { person: number; role: string }[];
  sources: Citation[];
  quotes: QuoteSpec[];
  accounts: AccountSpec[];
  tags: string[];
  earlier: number[];
}

function uniqueId(base: string, taken: Set<string>): string {
  const root = base || 'entry';
  let id = root;
  for (let n = 2; taken.has(idFingerprint(id)); n++) id = `${root}-${n}`;
  taken.add(idFingerprint(id));
  return id;
}

/** A valid ISBN-13 with its check digit computed. */
function isbn13(rng: Rng): string {
  const digits = [9, 7, 8];
  for (let i = 0; i < 9; i++) digits.push(rng.int(0, 9));
  const sum = digits.reduce((total, d, i) => total + d * (i % 2 === 0 ? 1 : 3), 0);
  const check = (10 - (sum % 10)) % 10;
  const s = digits.join('');
  return `${s.slice(0, 3)}-${s.slice(3, 4)}-${s.slice(4, 8)}-${s.slice(8, 12)}-${check}`;
}

export function locatorFor(rng: Rng, kind: SourceSpec['kind']): string {
  switch (kind) {
    case 'book': {
      const r = rng.next();
      const page = rng.int(3, 480);
      if (r < 0.6) return `p. ${page}`;
      if (r < 0.75) return `pp. ${page}–${page + rng.int(1, 6)}`;
      return `ch. ${rng.int(1, 24)}`;
    }
    case 'article':
    case 'statement':
      return `para. ${rng.int(1, 30)}`;
    case 'reference':
      return rng.chance(0.5) ? `p. ${rng.int(1, 900)}` : `col. ${rng.int(1, 1800)}`;
    case 'interview':
    case 'broadcast':
      return `${pad2(rng.int(0, 1))}:${pad2(rng.int(0, 59))}:${pad2(rng.int(0, 59))}`;
  }
}

function pickPrecision(rng: Rng, weights: readonly (readonly [Precision, number])[]): Precision {
  return rng.weighted(weights);
}

export function generatePeople(rng: Rng, count: number): PersonSpec[] {
  const taken = new Set<string>();
  const people: PersonSpec[] = [];
  const cutoff = dayNumber(2024, 6, 30);
  const ongoingAfter = dayNumber(2025, 1, 20);
  for (let i = 0; i < count; i++) {
    const first = rng.pick(FIRST_NAMES);
    const last = rng.pick(LAST_NAMES);
    const middle = rng.chance(0.25) ? rng.pick(FIRST_NAMES) : undefined;
    const initial = middle && rng.chance(0.4) ? `${middle.charAt(0)}.` : undefined;
    const name = initial ? `${first} ${initial} ${last}` : `${first} ${last}`;
    const id = uniqueId(toId(name), taken);
    const bornDay = randomDay(rng, 1905, 1998);
    const born = dateAt(
      bornDay,
      pickPrecision(rng, [
        ['day', 80],
        ['month', 8],
        ['year', 12],
      ]),
    );
    const place = rng.chance(0.7) ? rng.pick(PLACES) : undefined;

    const roles: RoleSpec[] = [];
    const roleCount = rng.weighted([
      [0, 25],
      [1, 35],
      [2, 25],
      [3, 15],
    ] as const);
    let start = bornDay + rng.int(22 * 365, 32 * 365);
    for (let r = 0; r < roleCount && start < cutoff && start < bornDay + 75 * 365; r++) {
      const end = start + rng.int(2 * 365, 12 * 365);
      const role = roleTitle(rng, place?.[0] ?? rng.pick(PLACES)[0]);
      const precision = pickPrecision(rng, [
        ['day', 70],
        ['month', 15],
        ['year', 15],
      ]);
      const spec: RoleSpec = { ...role, from: dateAt(start, precision) };
      const lastRole = r === roleCount - 1 || end + 365 >= cutoff;
      if (!(
        end >= ongoingAfter ||
        (lastRole && bornDay > dayNumber(1950, 1, 1) && end > dayNumber(2016, 1, 1) && rng.chance(0.5))
      )) {
        spec.to = dateAt(end, precision);
      }
      roles.push(spec);
      if (spec.to === undefined) break;
      start = end + rng.int(0, 4 * 365);
    }

    const occupation = rng.pick(OCCUPATIONS);
    const firstRole = roles[0];
    const roleNote = firstRole
      ? `; ${firstRole.title}${firstRole.organisation ? `, ${firstRole.organisation}` : ''} from ${firstRole.from.year}${firstRole.to ? ` to ${firstRole.to.year}` : ''}`
      : '';
    const description = `${capitalize(occupation)}${place ? ` from ${place[0]}` : ''}${roleNote}.`;

    const person: PersonSpec = {
      id,
      name,
      last,
      description,
      born,
      occupation,
      aliases: [],
      roles,
      sources: [],
      events: [],
    };
    if (middle && !initial && rng.chance(0.6)) person.fullName = `${first} ${middle} ${last}`;
    if (place) person.birthplace = `${place[0]}, ${place[1]}`;
    if (rng.chance(0.1)) person.aliases.push(`${first.charAt(0)}. ${last}`);
    people.push(person);
  }
  disambiguate(people);
  return people;
}

/**
 * People who share a name get a `disambiguation` as an editor would write it ("the
 * journalist, born 1946"), distinct within the group: the birth year, then the full birth
 * date, then the id's own suffix when even that is shared.
 */
function disambiguate(people: PersonSpec[]): void {
  const byName = new Map<string, PersonSpec[]>();
  for (const person of people) byName.set(person.name, [...(byName.get(person.name) ?? []), person]);
  for (const group of byName.values()) {
    if (group.length < 2) continue;
    const used = new Set<string>();
    for (const person of group) {
      const candidates = [
        `the ${person.occupation}, born ${person.born.year}`,
        `the ${person.occupation}, born ${dateInWords(person.born)}`,
        `the ${person.occupation}, born ${dateInWords(person.born)} (${person.id})`,
      ];
      const chosen = candidates.find((c) => !used.has(c)) ?? (candidates.at(-1) as string);
      used.add(chosen);
      person.disambiguation = chosen;
    }
  }
}

function roleTitle(rng: Rng, city: string): { title: string; short?: string; organisation?: string } {
  switch (rng.int(0, 9)) {
    case 0:
      return { title: `Mayor of ${city}`, short: 'Mayor' };
    case 1:
      return { title: `Chair of the ${city} ${rng.pick(ORG_NOUNS)}`, short: 'Chair' };
    case 2:
      return { title: 'Editor', organisation: `The ${city} ${rng.pick(OUTLET_WORDS)}` };
    case 3:
      return { title: `Professor of ${rng.pick(FIELDS)}`, short: 'Professor', organisation: `University of ${city}` };
    case 4:
      return { title: `Ambassador to ${rng.pick(COUNTRIES)}`, short: 'Ambassador' };
    case 5:
      return { title: `Secretary of the ${rng.pick(ORG_NOUNS)}`, short: 'Secretary' };
    case 6:
      return {
        title: 'Director',
        organisation: `${city} ${rng.pick(['Museum', 'Library', 'Observatory', 'Hospital', 'Conservatory'])}`,
      };
    case 7:
      return { title: 'Correspondent', organisation: `The ${city} ${rng.pick(OUTLET_WORDS)}` };
    case 8:
      return { title: `Member of the ${city} City Council`, short: 'Councillor' };
    default:
      return {
        title: 'Chief Executive',
        organisation: `${city} ${rng.pick(['Shipping', 'Steel', 'Mutual', 'Telephone', 'Rail'])} Company`,
      };
  }
}

function personName(people: readonly PersonSpec[], i: number): string {
  return (people[i] as PersonSpec).name;
}

export function generateSources(
  rng: Rng,
  count: number,
  people: readonly PersonSpec[],
  byBirth: readonly number[],
  birthYears: readonly number[],
): SourceSpec[] {
  // Dates first, sorted, so that events can pick sources published after them by binary search.
  const latest = dayNumber(LATEST_SOURCE_DAY.year, LATEST_SOURCE_DAY.month, LATEST_SOURCE_DAY.day);
  const days: number[] = [];
  for (let i = 0; i < count; i++) {
    // The last few are recent, so every event up to 2024 has sources published after it.
    if (i >= count - 3) days.push(rng.int(dayNumber(2025, 1, 1), latest));
    else {
      const year = 1952 + Math.floor(75 * Math.pow(rng.next(), 0.6));
      days.push(Math.min(latest, randomDay(rng, year, year)));
    }
  }
  days.sort((a, b) => a - b);

  const taken = new Set<string>();
  const sources: SourceSpec[] = [];
  const prose = new Prose(rng);
  for (const day of days) {
    const kind = rng.weighted([
      ['book', 25],
      ['article', 35],
      ['interview', 10],
      ['statement', 10],
      ['reference', 10],
      ['broadcast', 10],
    ] as const);
    const precision =
      kind === 'book' || kind === 'reference'
        ? pickPrecision(rng, [
            ['day', 55],
            ['month', 20],
            ['year', 25],
          ])
        : kind === 'broadcast'
          ? pickPrecision(rng, [
              ['day', 60],
              ['minute', 40],
            ])
          : pickPrecision(rng, [
              ['day', 90],
              ['month', 10],
            ]);
    const published = dateAt(day, precision, {
      hour: rng.int(6, 22),
      minute: rng.int(0, 11) * 5,
      offset: rng.pick(OFFSETS),
    });
    const city = rng.pick(PLACES)[0];
    // Authors with a page are people old enough to have written it.
    const adults = upperBound(birthYears, published.year - 22);
    const author = (): AuthorSpec =>
      adults > 0 && rng.chance(0.35)
        ? { person: byBirth[rng.int(0, adults - 1)] as number }
        : { name: `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}` };
    let spec: Omit<SourceSpec, 'id' | 'published'>;
    switch (kind) {
      case 'book': {
        const authors = [author()];
        if (rng.chance(0.2)) authors.push(author());
        spec = {
          kind,
          title: titleCase(`the ${prose.adjective()} ${prose.noun()}`),
          authors,
          publisher: rng.pick(PUBLISHERS),
          isbn: isbn13(rng),
        };
        if (rng.chance(0.6))
          spec.subtitle = titleCase(
            `${rng.pick(['a history of', 'inside', 'notes on', 'the story of', 'memories of'])} the ${prose.noun()} in ${city}`,
          );
        if (rng.chance(0.3)) spec.url = `https://example.org/books/${toId(spec.title)}`;
        break;
      }
      case 'article': {
        const [base] = prose.verb();
        spec = {
          kind,
          title: `${rng.pick(LAST_NAMES)} ${rng.chance(0.5) ? 'to ' + base : thirdPerson(base)} ${prose.nounPhrase()}`,
          authors: rng.chance(0.8)
            ? [author()]
            : [{ name: rng.pick(['Associated Press', 'Reuters', 'Staff reporter', 'Agence France-Presse']) }],
          publisher: `The ${city} ${rng.pick(OUTLET_WORDS)}`,
        };
        break;
      }
      case 'interview': {
        const subject =
          rng.chance(0.5) && adults > 0
            ? personName(people, byBirth[rng.int(0, adults - 1)] as number)
            : `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
        spec = { kind, title: `Interview with ${subject}`, authors: [author()], publisher: rng.pick(BROADCASTERS) };
        break;
      }
      case 'statement':
        spec = {
          kind,
          title: titleCase(`statement on the ${prose.adjective()} ${prose.noun()}`),
          authors: rng.chance(0.5) ? [author()] : [{ name: `${city} ${rng.pick(ORG_NOUNS)}` }],
        };
        break;
      case 'reference':
        spec = {
          kind,
          title: rng.chance(0.5) ? `Dictionary of ${city} Biography` : titleCase(`encyclopedia of the ${prose.noun()}`),
          authors: [],
          publisher: rng.pick(PUBLISHERS),
        };
        break;
      case 'broadcast':
        spec = {
          kind,
          title: `${rng.pick(['Evening', 'Morning', 'Weekend', 'Late'])} ${rng.pick(['Report', 'Edition', 'Bulletin', 'Review'])}: ${capitalize(prose.nounPhrase())}`,
          authors: rng.chance(0.5) ? [author()] : [],
          publisher: rng.pick(BROADCASTERS),
        };
        break;
    }
    const id = uniqueId(toId(spec.title.split(' ').slice(0, 7).join(' ')), taken);
    const source: SourceSpec = { ...spec, id, published };
    if (kind !== 'book' && rng.chance(0.8)) source.url = `https://example.org/${kind}s/${id}`;
    if (rng.chance(0.6))
      source.description = `${capitalize(kind === 'reference' ? 'reference work' : kind)} on ${prose.nounPhrase()} ${prose.prepPhrase()}.`;
    sources.push(source);
  }
  return sources;
}

export function generateEvents(
  rng: Rng,
  count: number,
  people: PersonSpec[],
  byBirth: readonly number[],
  birthYears: readonly number[],
  sources: readonly SourceSpec[],
  sourceFirst: readonly number[],
): EventSpec[] {
  const prose = new Prose(rng);
  // First the dates and participants, so the events can be put in date order before
  // anything refers to an "earlier" event.
  const drafts: { date: GenDate; participants: number[]; order: number }[] = [];
  for (let i = 0; i < count; i++) {
    let year = 1950 + Math.floor(75 * Math.pow(rng.next(), 0.8));
    const wanted = rng.weighted([
      [2, 35],
      [3, 35],
      [4, 20],
      [5, 10],
    ] as const);
    // Participants aged 18 to 85 on the day, failing that anyone at least 18.
    let lo = lowerBound(birthYears, year - 85);
    let hi = upperBound(birthYears, year - 18);
    if (hi - lo < 2) lo = 0;
    if (hi - lo < 2) {
      year = Math.min(2024, (birthYears[1] as number) + 20);
      hi = upperBound(birthYears, year - 18);
    }
    const chosen = new Set<number>();
    const k = Math.min(wanted, hi - lo);
    const participants: number[] = [];
    while (participants.length < k) {
      const p = byBirth[rng.int(lo, hi - 1)] as number;
      if (chosen.has(p)) continue;
      chosen.add(p);
      participants.push(p);
    }
    const precision = pickPrecision(rng, [
      ['day', 72],
      ['month', 12],
      ['year', 8],
      ['minute', 8],
    ]);
    const date = dateAt(randomDay(rng, year, year), precision, {
      hour: rng.int(7, 21),
      minute: rng.int(0, 59),
      offset: rng.pick(OFFSETS),
    });
    drafts.push({ date, participants, order: i });
  }
  const rank: Record<Precision, number> = { year: 0, month: 1, day: 2, minute: 3 };
  drafts.sort(
    (a, b) => a.date.first - b.date.first || rank[a.date.precision] - rank[b.date.precision] || a.order - b.order,
  );

  const taken = new Set<string>();
  const events: EventSpec[] = [];
  for (const [index, draft] of drafts.entries()) {
    const date = draft.date;
    const lead = people[draft.participants[0] as number] as PersonSpec;
    const second = people[draft.participants[1] as number] as PersonSpec;
    const place = rng.pick(PLACES);
    const [base] = prose.verb();
    let title: string;
    switch (rng.int(0, 5)) {
      case 0:
        title = `${lead.last} ${thirdPerson(base)} the ${prose.noun()}`;
        break;
      case 1:
        title = `${lead.last} and ${second.last} meet in ${place[0]}`;
        break;
      case 2:
        title = `${capitalize(prose.adjective())} ${prose.noun()} in ${place[0]}`;
        break;
      case 3:
        title = `${lead.last} ${rng.pick(['resigns from', 'joins', 'addresses', 'leaves', 'testifies before'])} the ${place[0]} ${rng.pick(ORG_NOUNS)}`;
        break;
      case 4:
        title = `${capitalize(prose.noun())} on the ${prose.noun()} opens in ${place[0]}`;
        break;
      default:
        title = `${lead.last} ${thirdPerson(base)} the ${prose.adjective()} ${prose.noun()}`;
    }
    const baseId = toId(title);
    const id = uniqueId(taken.has(idFingerprint(baseId)) ? `${baseId}-${date.year}` : baseId, taken);

    const participants = draft.participants.map((person, k) => ({
      person,
      role: k === 0 ? rng.pick(LEAD_ROLES) : rng.pick(OTHER_ROLES),
    }));
    for (const p of participants) (people[p.person] as PersonSpec).events.push({ event: index, role: p.role });

    let end: GenDate | undefined;
    if (date.precision === 'day' && rng.chance(0.08)) end = dateAt(date.first + rng.int(1, 4), 'day');
    if (date.precision === 'minute' && rng.chance(0.3)) {
      const [h, m] = [Number(date.text.slice(11, 13)), Number(date.text.slice(14, 16))];
      const later = Math.min(23 * 60 + 59, h * 60 + m + rng.int(20, 180));
      end = dateAt(date.first + 1, 'minute', {
        hour: Math.floor(later / 60),
        minute: later % 60,
        offset: date.text.slice(16),
      });
    }
    const approximate =
      date.precision === 'month' || date.precision === 'year'
        ? rng.chance(0.3)
        : date.precision === 'day' && !end && rng.chance(0.03);

    // Sources published after the event, preferably within thirty years of it.
    const wantAccount = rng.chance(0.15);
    const last = (end ?? date).last;
    const from = upperBound(sourceFirst, last + 1);
    let to = upperBound(sourceFirst, last + 30 * 365);
    if (to - from < 3) to = sourceFirst.length;
    const poolStart = to > from ? from : Math.max(0, sourceFirst.length - 3);
    const poolSize = (to > from ? to : sourceFirst.length) - poolStart;
    const sourceK = Math.min(
      poolSize,
      Math.max(
        wantAccount ? 2 : 1,
        rng.weighted([
          [1, 40],
          [2, 40],
          [3, 20],
        ] as const),
      ),
    );
    const eventSources: Citation[] = [];
    while (eventSources.length < sourceK) {
      const source = poolStart + rng.int(0, poolSize - 1);
      if (eventSources.some((c) => c.source === source)) continue;
      eventSources.push({ source, locator: locatorFor(rng, (sources[source] as SourceSpec).kind) });
    }
    const kindOf = (c: { source: number }) => (sources[c.source] as SourceSpec).kind;

    const quotes: QuoteSpec[] = [];
    const quoteCount = rng.weighted([
      [0, 30],
      [1, 35],
      [2, 25],
      [3, 10],
    ] as const);
    for (let n = 0; n < quoteCount; n++) {
      const speakers = rng.sample(draft.participants, participants.length >= 3 && rng.chance(0.05) ? 2 : 1);
      const others = draft.participants.filter((p) => !speakers.includes(p));
      const cited = rng.pick(eventSources);
      const quote: QuoteSpec = {
        text: capitalize(prose.quote()),
        speakers,
        about: [],
        source: cited.source,
        locator: locatorFor(rng, kindOf(cited)),
        attribution: rng.weighted([
          ['firsthand', 50],
          ['reported', 35],
          ['paraphrase', 15],
        ] as const),
      };
      if (others.length && rng.chance(0.5)) quote.addressee = rng.pick(others);
      const bystanders = others.filter((p) => p !== quote.addressee);
      if (bystanders.length && rng.chance(0.15)) quote.about.push(rng.pick(bystanders));
      const viaFrom = eventSources.filter((c) => c.source !== cited.source);
      if (viaFrom.length && rng.chance(0.2)) {
        const via = rng.pick(viaFrom);
        quote.via = { source: via.source, locator: locatorFor(rng, kindOf(via)) };
      }
      if (rng.chance(0.1)) quote.note = rng.pick(QUOTE_NOTES);
      quotes.push(quote);
    }

    const accounts: AccountSpec[] = [];
    if (wantAccount && eventSources.length >= 2) {
      const versions = rng.sample(eventSources, rng.int(2, 3)).map((c) => ({
        source: c.source,
        locator: locatorFor(rng, kindOf(c)),
        says: rng.chance(0.5)
          ? `${lead.last} ${prose.past()} ${prose.nounPhrase()} ${prose.prepPhrase()}.`
          : `The ${prose.noun()} was ${prose.past()} ${prose.prepPhrase()}, not ${prose.prepPhrase()}.`,
      }));
      const point = rng.pick([
        `What ${lead.last} said about ${prose.nounPhrase()}`,
        `Whether ${prose.nounPhrase()} was ${prose.adjective()}`,
        `Who first ${prose.past()} ${prose.nounPhrase()}`,
        `When ${second.last} ${prose.past()} ${prose.nounPhrase()}`,
      ]);
      const account: AccountSpec = { point, versions };
      if (rng.chance(0.4)) account.note = rng.pick(ACCOUNT_NOTES);
      accounts.push(account);
    }

    // Up to three earlier events (certainly over before this one began), mostly recent ones.
    const earlier: number[] = [];
    const wantEarlier = rng.int(1, 3);
    for (let attempt = 0; attempt < 12 && earlier.length < wantEarlier && index > 0; attempt++) {
      const r = rng.next();
      const j = index - 1 - Math.floor(r * r * Math.min(index, 400));
      const other = events[j];
      if (!other || earlier.includes(j) || (other.end ?? other.date).last >= date.first) continue;
      earlier.push(j);
    }

    const summary = `${lead.name} ${prose.past()} ${prose.nounPhrase()} ${prose.prepPhrase()}${place ? ` in ${place[0]}` : ''}, with ${participants.length - 1 === 1 ? second.name : `${participants.length - 1} others`}.`;
    const event: EventSpec = {
      id,
      title,
      summary,
      date,
      approximate,
      participants,
      sources: eventSources,
      quotes,
      accounts,
      tags: rng.sample(
        TAGS,
        rng.weighted([
          [0, 20],
          [1, 35],
          [2, 30],
          [3, 15],
        ] as const),
      ),
      earlier,
    };
    if (end) event.end = end;
    if (rng.chance(0.7))
      event.place = rng.chance(0.5) ? `${place[0]}, ${place[1]}` : `${capitalize(rng.pick(BUILDINGS))}, ${place[0]}`;
    events.push(event);
  }
  return events;
}
