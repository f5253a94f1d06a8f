/**
 * A deterministic synthetic record: invented people, events and sources that pass every
 * content check, for testing the site at scale.
 *
 * Everything comes from one seed through mulberry32 streams and fixed word lists: no
 * clock, no Math.random, arrays only (never the iteration order of an object built from
 * input), so the same options always give byte-identical files. Text is drawn from a
 * fixed vocabulary of real English words, common words more often than rare ones, so
 * search indexing and page weight behave roughly as they would with real prose.
 */
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { idFingerprint, toId } from '../../src/lib/ids.ts';

export interface GenerateOptions {
  events: number;
  people: number;
  /** Defaults to max(20, events / 20). */
  sources?: number;
  /** Defaults to 1. */
  seed?: number;
}

export interface GeneratedFile {
  /** Relative to the content folder, forward slashes: "people/ada-okafor.mdx". */
  path: string;
  content: string;
}

export interface GeneratedRecord {
  files: GeneratedFile[];
  counts: { events: number; people: number; sources: number };
}

/** The reference date the generated record is valid against (nothing is dated later). */
export const LATEST_SOURCE_DAY = { year: 2026, month: 10, day: 31 } as const;

export function defaultSourceCount(events: number): number {
  return Math.max(20, Math.floor(events / 20));
}

// ---------------------------------------------------------------------------
// Randomness

/** mulberry32: a small, fast 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An independent stream per purpose, so adding events does not reshuffle the people. */
function streamSeed(seed: number, stream: number): number {
  let h = (seed ^ Math.imul(stream + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

class Rng {
  readonly next: () => number;

  constructor(seed: number) {
    this.next = mulberry32(seed);
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)] as T;
  }

  /** Earlier items much more often, roughly like word frequencies in real text. */
  common<T>(list: readonly T[]): T {
    const r = this.next();
    return list[Math.floor(r * r * list.length)] as T;
  }

  weighted<T>(choices: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of choices) total += w;
    let r = this.next() * total;
    for (const [value, w] of choices) {
      r -= w;
      if (r < 0) return value;
    }
    return (choices[choices.length - 1] as readonly [T, number])[0];
  }

  /** `k` distinct items of `list` (all of them when k ≥ length), in drawing order. */
  sample<T>(list: readonly T[], k: number): T[] {
    if (k >= list.length) return this.shuffle([...list]);
    const chosen = new Set<number>();
    const out: T[] = [];
    while (out.length < k) {
      const i = Math.floor(this.next() * list.length);
      if (chosen.has(i)) continue;
      chosen.add(i);
      out.push(list[i] as T);
    }
    return out;
  }

  shuffle<T>(list: T[]): T[] {
    for (let i = list.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const t = list[i] as T;
      list[i] = list[j] as T;
      list[j] = t;
    }
    return list;
  }
}

// ---------------------------------------------------------------------------
// Dates, as day numbers (days since 1970-01-01, proleptic Gregorian)

type Precision = 'year' | 'month' | 'day' | 'minute';

interface GenDate {
  precision: Precision;
  /** As written in frontmatter: 1974, 1974-05, 1974-05-03, 1974-05-03T14:30-05:00. */
  text: string;
  year: number;
  month: number;
  day: number;
  /** First and last calendar day the date can mean (a day of slack either side for times). */
  first: number;
  last: number;
}

function daysFromCivil(year: number, month: number, day: number): number {
  const y = year - (month <= 2 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp + (mp < 10 ? 3 : -9);
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

const pad2 = (n: number) => String(n).padStart(2, '0');

const OFFSETS = ['-05:00', '-05:00', '-04:00', '-06:00', '-08:00', 'Z', '+00:00', '+01:00', '+01:00', '+02:00', '+03:00', '+05:30', '+09:00', '+10:00'] as const;

function dateAt(dayNumber: number, precision: Precision, time?: { hour: number; minute: number; offset: string }): GenDate {
  const [year, month, day] = civilFromDays(dayNumber);
  switch (precision) {
    case 'year':
      return { precision, text: String(year), year, month: 1, day: 1, first: daysFromCivil(year, 1, 1), last: daysFromCivil(year + 1, 1, 1) - 1 };
    case 'month': {
      const last = month === 12 ? daysFromCivil(year + 1, 1, 1) - 1 : daysFromCivil(year, month + 1, 1) - 1;
      return { precision, text: `${year}-${pad2(month)}`, year, month, day: 1, first: daysFromCivil(year, month, 1), last };
    }
    case 'day':
      return { precision, text: `${year}-${pad2(month)}-${pad2(day)}`, year, month, day, first: dayNumber, last: dayNumber };
    case 'minute': {
      const t = time ?? { hour: 12, minute: 0, offset: 'Z' };
      return {
        precision,
        text: `${year}-${pad2(month)}-${pad2(day)}T${pad2(t.hour)}:${pad2(t.minute)}${t.offset}`,
        year,
        month,
        day,
        first: dayNumber - 1,
        last: dayNumber + 1,
      };
    }
  }
}

/** A uniformly random day in the given (inclusive) range of years. */
function randomDay(rng: Rng, fromYear: number, toYear: number): number {
  const first = daysFromCivil(fromYear, 1, 1);
  const last = daysFromCivil(toYear + 1, 1, 1) - 1;
  return rng.int(first, last);
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** "on 14 June 1946", "in June 1946", "in 1946". */
function dateInWords(d: GenDate): string {
  const month = MONTH_NAMES[d.month - 1] ?? 'January';
  if (d.precision === 'year') return `in ${d.year}`;
  if (d.precision === 'month') return `in ${month} ${d.year}`;
  return `on ${d.day} ${month} ${d.year}`;
}

/** Index of the first element of sorted `list` greater than `value`. */
function upperBound(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as number) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first element of sorted `list` greater than or equal to `value`. */
function lowerBound(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// ---------------------------------------------------------------------------
// Word lists. Order matters: earlier words are drawn more often.

const FIRST_NAMES = [
  'Ada', 'Adrian', 'Agnes', 'Ahmed', 'Aiko', 'Alan', 'Alice', 'Amara', 'Ana', 'Andrew', 'Anika', 'Arthur', 'Beatrice',
  'Benjamin', 'Bernard', 'Bianca', 'Björn', 'Carlos', 'Carmen', 'Catherine', 'Chen', 'Clara', 'Daniel', 'Daphne', 'David',
  'Deborah', 'Diego', 'Dmitri', 'Edith', 'Eleanor', 'Elias', 'Elena', 'Élodie', 'Emeka', 'Emil', 'Esther', 'Fatima',
  'Felix', 'Fiona', 'Francis', 'Gabriel', 'Grace', 'Gustav', 'Hannah', 'Harold', 'Helen', 'Henry', 'Hiroshi', 'Ibrahim',
  'Ida', 'Imani', 'Ingrid', 'Isaac', 'Isabel', 'Ivan', 'Jamal', 'James', 'Jane', 'Javier', 'Joan', 'Johan', 'Jonah',
  'José', 'Joseph', 'Julia', 'Kai', 'Karim', 'Katherine', 'Kenji', 'Kofi', 'Laila', 'Lars', 'Laura', 'Leon', 'Lila',
  'Louis', 'Lucia', 'Malik', 'Margaret', 'Maria', 'Marcus', 'Martha', 'Mateo', 'Maya', 'Miriam', 'Nadia', 'Naomi',
  'Nikolai', 'Nora', 'Olga', 'Omar', 'Oscar', 'Pablo', 'Patrick', 'Paul', 'Priya', 'Rafael', 'Rahul', 'Renée', 'Rosa',
  'Ruth', 'Samuel', 'Sana', 'Sarah', 'Simon', 'Sofia', 'Stefan', 'Susan', 'Tariq', 'Teresa', 'Thomas', 'Tomas',
  'Ursula', 'Valentina', 'Victor', 'Vivian', 'Walter', 'Wei', 'Yara', 'Yusuf', 'Zainab', 'Zoë',
] as const;

const LAST_NAMES = [
  'Abara', 'Adeyemi', 'Albrecht', 'Alvarez', 'Andersen', 'Baptiste', 'Barros', 'Becker', 'Bergström', 'Bianchi',
  'Brennan', 'Calloway', 'Castillo', 'Chandra', 'Choi', 'Costa', 'Cruz', 'Dahl', 'Delacroix', 'Dimitrov', 'Duarte',
  'Eklund', 'Elliott', 'Eriksen', 'Farouk', 'Fernandes', 'Fischer', 'Fitzgerald', 'Fontaine', 'Gallagher', 'García',
  'Gupta', 'Haddad', 'Halvorsen', 'Hartmann', 'Hashimoto', 'Herrera', 'Holloway', 'Ibarra', 'Iwu', 'Jansen',
  'Jovanović', 'Kamara', 'Kapoor', 'Keller', 'Kowalski', 'Kuznetsov', 'Lambert', 'Larsen', 'Lindqvist', 'Lombardi',
  'Lopez', 'Madsen', 'Mahmoud', 'Marchetti', 'Mendes', 'Mensah', 'Moreau', 'Morrison', 'Nakamura', 'Navarro', 'Nguyen',
  'Novak', "O'Brien", 'Okafor', 'Okonkwo', 'Olsen', 'Ortega', 'Osei', 'Pacheco', 'Park', 'Pereira', 'Petrov', 'Quinn',
  'Rahman', 'Ramirez', 'Reyes', 'Richter', 'Rossi', 'Sandoval', 'Santos', 'Schmidt', 'Sharma', 'Silva', 'Sokolov',
  'Stein', 'Sullivan', 'Suzuki', 'Tanaka', 'Thornton', 'Torres', 'Ueda', 'Varga', 'Vasquez', 'Vogel', 'Wagner',
  'Whitfield', 'Wójcik', 'Yamamoto', 'Yilmaz', 'Zhang', 'Zielinski',
] as const;

const PLACES = [
  ['Duluth', 'Minnesota'], ['Leeds', 'England'], ['Porto', 'Portugal'], ['Cork', 'Ireland'], ['Hamilton', 'Ontario'],
  ['Savannah', 'Georgia'], ['Tampere', 'Finland'], ['Bergen', 'Norway'], ['Lyon', 'France'], ['Kumasi', 'Ghana'],
  ['Mombasa', 'Kenya'], ['Pune', 'India'], ['Osaka', 'Japan'], ['Valparaíso', 'Chile'], ['Gdańsk', 'Poland'],
  ['Tucson', 'Arizona'], ['Halifax', 'Nova Scotia'], ['Dundee', 'Scotland'], ['Bologna', 'Italy'], ['Ghent', 'Belgium'],
  ['Rotterdam', 'Netherlands'], ['Aarhus', 'Denmark'], ['Brno', 'Czech Republic'], ['Córdoba', 'Argentina'],
  ['Recife', 'Brazil'], ['Ibadan', 'Nigeria'], ['Busan', 'South Korea'], ['Cebu', 'Philippines'], ['Perth', 'Western Australia'],
  ['Wellington', 'New Zealand'], ['Spokane', 'Washington'], ['Akron', 'Ohio'], ['Mobile', 'Alabama'], ['Erie', 'Pennsylvania'],
  ['Quebec City', 'Quebec'], ['Tromsø', 'Norway'], ['Split', 'Croatia'], ['Izmir', 'Turkey'], ['Tangier', 'Morocco'],
  ['Durban', 'South Africa'],
] as const;

const BUILDINGS = [
  'City Hall', 'the county courthouse', 'the harbour office', 'the old exchange', 'the public library', 'the union hall',
  'the state capitol', 'the central station', 'the university senate house', 'the trade fair grounds', 'the Grand Hotel',
  'the town square', 'the naval yard', 'the broadcasting house', 'the cathedral close',
] as const;

const COUNTRIES = ['Portugal', 'Kenya', 'Japan', 'Canada', 'Norway', 'Chile', 'Ghana', 'India', 'Poland', 'Mexico', 'Ireland', 'Morocco', 'Finland', 'Brazil', 'Korea'] as const;

const FIELDS = ['History', 'Economics', 'Law', 'Engineering', 'Medicine', 'Physics', 'Architecture', 'Linguistics', 'Geography', 'Chemistry'] as const;

const ORG_NOUNS = [
  'Harbour Commission', 'Transit Authority', 'Labour Council', 'Water Board', 'Planning Commission', 'Arts Council',
  'Port Authority', 'Housing Trust', 'Chamber of Commerce', 'Railway Board', 'Fisheries Board', 'Health Authority',
  'Electoral Commission', 'Broadcasting Council', 'Bar Association', 'Teachers Union', 'Farmers Union', 'Civic League',
] as const;

const OUTLET_WORDS = ['Ledger', 'Herald', 'Courier', 'Tribune', 'Gazette', 'Observer', 'Chronicle', 'Sentinel', 'Examiner', 'Journal'] as const;

const PUBLISHERS = [
  'Harbour Press', 'Northfield Books', 'Riverside University Press', 'Lantern House', 'Granite and Finch', 'Meridian Books',
  'Old Quay Press', 'Kestrel Publishing', 'Blue Lake Editions', 'Fenwick and Hale', 'Calder Press', 'Ashgrove Books',
] as const;

const BROADCASTERS = ['Northern Radio', 'Channel Nine News', 'Public Television', 'Coastal Broadcasting', 'World Service Radio', 'Metro FM'] as const;

const OCCUPATIONS = [
  'journalist', 'lawyer', 'engineer', 'historian', 'economist', 'physician', 'trade unionist', 'diplomat', 'civil servant',
  'architect', 'novelist', 'photographer', 'broadcaster', 'farmer', 'shipping executive', 'banker', 'teacher', 'activist',
  'judge', 'labour organiser', 'scientist', 'translator', 'composer', 'urban planner', 'politician', 'publisher',
] as const;

const NOUNS = [
  'report', 'meeting', 'proposal', 'agreement', 'budget', 'hearing', 'session', 'plan', 'statement', 'vote', 'letter',
  'decision', 'question', 'council', 'committee', 'contract', 'policy', 'speech', 'campaign', 'election', 'inquiry',
  'treaty', 'draft', 'amendment', 'strike', 'protest', 'rally', 'verdict', 'appeal', 'ruling', 'settlement', 'merger',
  'harbour', 'railway', 'bridge', 'pipeline', 'district', 'ballot', 'memo', 'interview', 'debate', 'motion', 'petition',
  'charter', 'licence', 'permit', 'tariff', 'subsidy', 'loan', 'grant', 'audit', 'deficit', 'reform', 'strategy',
  'schedule', 'deadline', 'timetable', 'programme', 'project', 'survey', 'census', 'border', 'crossing', 'highway',
  'tunnel', 'airport', 'port', 'warehouse', 'market', 'exchange', 'bank', 'fund', 'pension', 'union', 'association',
  'federation', 'league', 'delegation', 'embassy', 'ministry', 'department', 'agency', 'bureau', 'office', 'archive',
  'record', 'ledger', 'transcript', 'manuscript', 'photograph', 'recording', 'film', 'newspaper', 'column', 'editorial',
  'headline', 'conference', 'summit', 'banquet', 'ceremony', 'funeral', 'anniversary', 'tribute', 'memorial',
  'monument', 'statue', 'garden', 'park', 'square', 'avenue', 'river', 'valley', 'coast', 'island', 'lake', 'forest',
  'farm', 'harvest', 'drought', 'flood', 'storm', 'fire', 'outbreak', 'vaccine', 'clinic', 'laboratory', 'experiment',
  'discovery', 'patent', 'engine', 'satellite', 'mission', 'expedition', 'voyage', 'journey', 'tour', 'visit', 'exile',
  'return', 'resignation', 'appointment', 'nomination', 'inauguration', 'transition', 'coalition', 'alliance',
  'partnership', 'dispute', 'quarrel', 'rivalry', 'friendship', 'correspondence', 'telegram', 'telephone call',
  'message', 'warning', 'promise', 'apology', 'concession', 'victory', 'defeat', 'compromise', 'deal', 'offer', 'demand',
  'complaint', 'objection', 'answer', 'announcement', 'shipyard', 'factory', 'mill', 'mine', 'hospital', 'school',
  'library', 'museum', 'festival', 'broadcast', 'press release', 'lease', 'quota', 'embargo', 'ceasefire', 'truce',
] as const;

const ADJECTIVES = [
  'public', 'new', 'final', 'early', 'long', 'brief', 'formal', 'local', 'national', 'private', 'revised', 'first',
  'quiet', 'late', 'original', 'regional', 'joint', 'annual', 'informal', 'sudden', 'careful', 'bitter', 'cordial',
  'tense', 'calm', 'crowded', 'modest', 'lavish', 'narrow', 'broad', 'preliminary', 'disputed', 'unusual', 'routine',
  'historic', 'federal', 'municipal', 'rural', 'urban', 'coastal', 'northern', 'southern', 'eastern', 'western',
  'central', 'weekly', 'secret', 'open', 'closed', 'separate', 'unanimous', 'divided', 'cautious', 'confident',
  'reluctant', 'eager', 'generous', 'strict', 'costly', 'heavy', 'slow', 'rapid', 'steady', 'fragile', 'familiar',
  'strange', 'controversial', 'popular', 'unpopular', 'detailed', 'vague', 'candid', 'guarded', 'awkward', 'warm',
  'cold', 'hurried', 'lengthy', 'decisive', 'symbolic', 'practical', 'ambitious', 'temporary', 'permanent',
] as const;

/** Regular verbs as [base, past], so the past also serves as the past participle. */
const VERBS = [
  ['announce', 'announced'], ['approve', 'approved'], ['review', 'reviewed'], ['reject', 'rejected'], ['question', 'questioned'],
  ['describe', 'described'], ['discuss', 'discussed'], ['support', 'supported'], ['oppose', 'opposed'], ['consider', 'considered'],
  ['challenge', 'challenged'], ['postpone', 'postponed'], ['defend', 'defended'], ['outline', 'outlined'], ['criticise', 'criticised'],
  ['endorse', 'endorsed'], ['sign', 'signed'], ['revise', 'revised'], ['publish', 'published'], ['dispute', 'disputed'],
  ['welcome', 'welcomed'], ['recall', 'recalled'], ['explain', 'explained'], ['propose', 'proposed'], ['examine', 'examined'],
  ['delay', 'delayed'], ['debate', 'debated'], ['negotiate', 'negotiated'], ['finance', 'financed'], ['launch', 'launched'],
  ['open', 'opened'], ['close', 'closed'], ['visit', 'visited'], ['inspect', 'inspected'], ['attend', 'attended'],
  ['organise', 'organised'], ['host', 'hosted'], ['chair', 'chaired'], ['present', 'presented'], ['request', 'requested'],
  ['demand', 'demanded'], ['accept', 'accepted'], ['decline', 'declined'], ['praise', 'praised'], ['cancel', 'cancelled'],
  ['extend', 'extended'], ['confirm', 'confirmed'], ['deny', 'denied'], ['report', 'reported'], ['record', 'recorded'],
  ['document', 'documented'], ['release', 'released'], ['circulate', 'circulated'], ['summarise', 'summarised'],
  ['compare', 'compared'], ['estimate', 'estimated'], ['urge', 'urged'], ['appoint', 'appointed'], ['dismiss', 'dismissed'],
  ['introduce', 'introduced'], ['adopt', 'adopted'], ['amend', 'amended'], ['repeal', 'repealed'], ['restore', 'restored'],
  ['protect', 'protected'], ['expand', 'expanded'], ['reduce', 'reduced'], ['limit', 'limited'], ['abandon', 'abandoned'],
  ['resume', 'resumed'], ['complete', 'completed'], ['plan', 'planned'], ['drop', 'dropped'], ['submit', 'submitted'],
  ['admit', 'admitted'], ['control', 'controlled'], ['study', 'studied'], ['carry', 'carried'], ['reopen', 'reopened'],
] as const;

const INTRANSITIVE = [
  'ended', 'resumed', 'continued', 'collapsed', 'stalled', 'adjourned', 'recovered', 'succeeded', 'failed', 'arrived',
  'returned', 'paused', 'waited', 'hesitated', 'agreed', 'objected', 'relented', 'withdrew', 'prevailed', 'persisted',
] as const;

const ADVERBS = [
  'quietly', 'briefly', 'publicly', 'privately', 'formally', 'firmly', 'carefully', 'abruptly', 'slowly', 'quickly',
  'repeatedly', 'reluctantly', 'openly', 'cautiously', 'eventually', 'immediately', 'again', 'finally', 'jointly', 'later',
] as const;

const PREPOSITIONS = ['at', 'during', 'after', 'before', 'near', 'outside', 'inside', 'beyond', 'despite', 'without', 'through', 'within'] as const;

const TIME_UNITS = ['morning', 'afternoon', 'evening', 'night', 'day', 'week', 'month', 'season', 'spring', 'summer', 'autumn', 'winter', 'year'] as const;

const OPENERS = [
  'Later that week,', 'By the following morning,', 'Earlier that day,', 'Within a month,', 'In the weeks that followed,',
  'At first,', 'By evening,', 'Afterwards,', 'Meanwhile,', 'According to later accounts,', 'On the same day,', 'Even so,',
  'For a time,', 'By then,', 'In public,', 'In private,', 'Before long,', 'At the time,', 'Two days later,', 'That autumn,',
] as const;

const GROUPS = [
  'the committee', 'the council', 'the delegation', 'the board', 'the panel', 'the commission', 'the cabinet',
  'the assembly', 'the press office', 'the organisers', 'local officials', 'several witnesses', 'reporters', 'the staff',
  'a spokesperson', 'the chair', 'one observer', 'the secretary', 'the union', 'the ministry', 'the mayor', 'the editors',
] as const;

const LEAD_ROLES = ['host', 'chair', 'speaker', 'signatory', 'caller', 'organiser', 'keynote speaker', 'lead negotiator', 'plaintiff', 'presenter'] as const;
const OTHER_ROLES = [
  'guest', 'witness', 'negotiator', 'recipient', 'co-signatory', 'moderator', 'interviewer', 'delegate', 'observer',
  'adviser', 'press secretary', 'translator', 'defendant', 'respondent', 'panellist', 'correspondent', 'counsel',
] as const;

const TAGS = [
  'election', 'concession', 'treaty', 'trade', 'labour', 'strike', 'protest', 'court', 'appeal', 'inquiry', 'budget',
  'infrastructure', 'transport', 'harbour', 'health', 'education', 'science', 'broadcast', 'press', 'diplomacy', 'summit',
  'resignation', 'appointment', 'campaign', 'referendum', 'housing', 'energy', 'agriculture', 'environment', 'flood',
  'culture', 'sport', 'religion', 'finance', 'banking', 'technology', 'space', 'aviation', 'railway', 'phone-call',
] as const;

const ACCOUNT_NOTES = [
  'The versions agree on the outcome.', 'The accounts differ on the timing.', 'Only one version names the speaker.',
  'The later account may rely on the earlier one.', 'Both versions were written years afterwards.',
] as const;

const QUOTE_NOTES = ['Other accounts give a shorter wording.', 'Said in reply to a question from the floor.', 'The speaker later disputed the wording.', 'Translated from the original.'] as const;

// ---------------------------------------------------------------------------
// Prose

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const aOrAn = (word: string) => (/^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`);
const titleCase = (s: string) => s.split(' ').map((w) => (['of', 'the', 'and', 'in', 'on', 'a', 'an', 'for', 'to'].includes(w) ? w : capitalize(w))).join(' ');

/**
 * Words a reader sees: links count their text, <Cite /> and heading markers nothing.
 * A hand-written scanner, since it runs on every generated sentence.
 */
export function countVisibleWords(markdown: string): number {
  let words = 0;
  let inWord = false;
  let hasLetter = false;
  const n = markdown.length;
  for (let i = 0; i < n; i++) {
    const c = markdown.charCodeAt(i);
    if (c === 60 /* < */ && markdown.startsWith('<Cite', i)) {
      const close = markdown.indexOf('/>', i);
      if (close >= 0) {
        if (inWord && hasLetter) words++;
        inWord = false;
        hasLetter = false;
        i = close + 1;
        continue;
      }
    }
    if (c === 93 /* ] */ && markdown.charCodeAt(i + 1) === 40 /* ( */) {
      const close = markdown.indexOf(')', i);
      if (close >= 0) {
        i = close; // the link target is not visible; the word it ends may continue
        continue;
      }
    }
    if (c === 32 || c === 10 || c === 9 || c === 13) {
      if (inWord && hasLetter) words++;
      inWord = false;
      hasLetter = false;
      continue;
    }
    inWord = true;
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && (c < 0x2000 || c > 0x206f))) hasLetter = true;
  }
  if (inWord && hasLetter) words++;
  return words;
}

function thirdPerson(base: string): string {
  if (/(s|sh|ch|x|z)$/.test(base)) return `${base}es`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}

interface Sentence {
  md: string;
  words: number;
}

/** Sentence and phrase generator over the fixed vocabulary. */
class Prose {
  readonly rng: Rng;

  constructor(rng: Rng) {
    this.rng = rng;
  }

  noun(): string {
    return this.rng.common(NOUNS);
  }

  adjective(): string {
    return this.rng.common(ADJECTIVES);
  }

  verb(): readonly [string, string] {
    return this.rng.common(VERBS);
  }

  past(): string {
    return this.verb()[1];
  }

  /** "the budget", "the revised budget", "a tense hearing". */
  nounPhrase(): string {
    const r = this.rng.next();
    if (r < 0.4) return `the ${this.noun()}`;
    if (r < 0.8) return `the ${this.adjective()} ${this.noun()}`;
    return aOrAn(`${this.adjective()} ${this.noun()}`);
  }

  /** "after the vote", "during the winter", "within the ministry". */
  prepPhrase(): string {
    const prep = this.rng.common(PREPOSITIONS);
    if (this.rng.chance(0.25)) return `${prep} the ${this.rng.pick(TIME_UNITS)}`;
    return `${prep} the ${this.chance(0.3) ? `${this.adjective()} ` : ''}${this.noun()}`;
  }

  chance(p: number): boolean {
    return this.rng.chance(p);
  }

  subject(people: readonly string[]): string {
    if (people.length && this.rng.chance(0.4)) return this.rng.pick(people);
    return this.rng.common(GROUPS);
  }

  /** A filler sentence; `people` are plain names (already introduced) to use as subjects. */
  filler(people: readonly string[], maxWords = 24): Sentence {
    for (;;) {
      const s = this.fillerText(people);
      // Filler is plain words separated by single spaces (names included).
      let words = 1;
      for (let i = s.indexOf(' '); i >= 0; i = s.indexOf(' ', i + 1)) words++;
      if (words <= maxWords) return { md: s, words };
    }
  }

  private fillerText(people: readonly string[]): string {
    const S = this.subject(people);
    switch (this.rng.int(0, 13)) {
      case 0:
        return `${this.rng.pick(OPENERS)} ${S} ${this.past()} ${this.nounPhrase()} ${this.prepPhrase()}.`;
      case 1:
        return `${capitalize(S)} ${this.past()} ${this.nounPhrase()} and ${this.past()} ${this.nounPhrase()}.`;
      case 2:
        return `${capitalize(S)} ${this.rng.pick(INTRANSITIVE)} ${this.rng.common(ADVERBS)} ${this.prepPhrase()}.`;
      case 3:
        return `The ${this.noun()} was ${this.adjective()} ${this.prepPhrase()}, and ${S} ${this.past()} ${this.nounPhrase()}.`;
      case 4:
        return `${this.rng.pick(OPENERS)} the ${this.noun()} ${this.rng.pick(INTRANSITIVE)} ${this.rng.common(ADVERBS)}.`;
      case 5:
        return `${capitalize(S)} ${this.rng.common(ADVERBS)} ${this.past()} ${this.nounPhrase()}, which ${this.past()} ${this.nounPhrase()}.`;
      case 6:
        return `It was ${aOrAn(this.adjective())} ${this.noun()} ${this.prepPhrase()}.`;
      case 7:
        return `No ${this.noun()} was ${this.past()} ${this.prepPhrase()}.`;
      case 8:
        return `${capitalize(S)} said that ${this.nounPhrase()} had been ${this.past()} ${this.prepPhrase()}.`;
      case 9:
        return `${capitalize(S)} later ${this.past()} ${this.nounPhrase()}, though ${this.nounPhrase()} remained ${this.adjective()}.`;
      case 10:
        return `There was ${aOrAn(`${this.adjective()} ${this.noun()}`)} ${this.prepPhrase()}.`;
      case 11:
        return `Few people expected ${this.nounPhrase()} to be ${this.past()} so ${this.rng.pick(['soon', 'late', 'quickly', 'openly'])}.`;
      case 12:
        return `${capitalize(this.nounPhrase())} ${this.rng.pick(['was', 'had been', 'would be'])} ${this.past()} ${this.prepPhrase()} ${this.prepPhrase()}.`;
      default:
        return `${capitalize(S)} ${this.rng.pick(['wanted', 'hoped', 'refused', 'promised', 'tried'])} to ${this.verb()[0]} ${this.nounPhrase()}.`;
    }
  }

  /** Words someone said, without quotation marks. */
  quote(): string {
    const [base, past] = this.verb();
    switch (this.rng.int(0, 7)) {
      case 0:
        return `We ${past} ${this.nounPhrase()} because ${this.nounPhrase()} was ${this.adjective()}`;
      case 1:
        return `I will not ${base} ${this.nounPhrase()} ${this.prepPhrase()}`;
      case 2:
        return `This ${this.noun()} is ${this.adjective()}, and everyone in this room knows it`;
      case 3:
        return `Nobody ${past} ${this.nounPhrase()} until it was too late`;
      case 4:
        return `You ${past} ${this.nounPhrase()}, and now you want us to ${this.verb()[0]} ${this.nounPhrase()}`;
      case 5:
        return `The ${this.noun()} was never ${this.adjective()}. It was ${this.adjective()}`;
      case 6:
        return `We are ready to ${base} ${this.nounPhrase()} ${this.prepPhrase()}.`;
      default:
        return `I have ${past} ${this.nounPhrase()} and I would ${base} it again`;
    }
  }
}

// ---------------------------------------------------------------------------
// YAML

const PLAIN_SCALAR = /^[A-Za-z\u00C0-\u024F][A-Za-z0-9\u00C0-\u024F ,.'()–-]*[A-Za-z0-9\u00C0-\u024F.)']$/;

/** A YAML scalar: plain when that is unambiguous, else double-quoted (JSON is valid YAML). */
function q(s: string): string {
  if (PLAIN_SCALAR.test(s) && !/^(true|false|null|yes|no|on|off|y|n)$/i.test(s)) return s;
  return JSON.stringify(s);
}

// ---------------------------------------------------------------------------
// The record

interface RoleSpec {
  title: string;
  short?: string;
  organisation?: string;
  from: GenDate;
  to?: GenDate;
}

interface Citation {
  source: number;
  locator: string;
}

interface PersonSpec {
  id: string;
  name: string;
  last: string;
  fullName?: string;
  description: string;
  born: GenDate;
  birthplace?: string;
  aliases: string[];
  roles: RoleSpec[];
  sources: Citation[];
  /** Events (indices into the sorted event list) this person takes part in, with their role. */
  events: { event: number; role: string }[];
}

type AuthorSpec = { person: number } | { name: string };

interface SourceSpec {
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

interface QuoteSpec {
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

interface AccountSpec {
  point: string;
  versions: { source: number; locator: string; says: string }[];
  note?: string;
}

interface EventSpec {
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

function locatorFor(rng: Rng, kind: SourceSpec['kind']): string {
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

const link = (collection: 'people' | 'events' | 'sources', id: string, text: string) => `[${text}](../${collection}/${id}.mdx)`;

/**
 * Builds the whole record. With `emit`, each file is handed over as soon as it is
 * rendered and not kept (`files` is then empty), which keeps memory flat at scale.
 */
export function generateRecord(options: GenerateOptions, emit?: (file: GeneratedFile) => void): GeneratedRecord {
  const eventCount = options.events;
  const peopleCount = options.people;
  const sourceCount = options.sources ?? defaultSourceCount(eventCount);
  const seed = options.seed ?? 1;
  if (!Number.isInteger(eventCount) || eventCount < 0) throw new Error('events must be a whole number, 0 or more');
  if (!Number.isInteger(peopleCount) || peopleCount < 2) throw new Error('people must be a whole number, 2 or more');
  if (!Number.isInteger(sourceCount) || sourceCount < 1) throw new Error('sources must be a whole number, 1 or more');

  const people = generatePeople(new Rng(streamSeed(seed, 1)), peopleCount);
  // People ordered by birth, for choosing participants old enough for an event.
  const byBirth = people.map((_, i) => i).sort((a, b) => (people[a] as PersonSpec).born.first - (people[b] as PersonSpec).born.first || a - b);
  const birthYears = byBirth.map((i) => (people[i] as PersonSpec).born.year);

  const sources = generateSources(new Rng(streamSeed(seed, 2)), sourceCount, people, byBirth, birthYears);
  const sourceFirst = sources.map((s) => s.published.first);

  const events = generateEvents(new Rng(streamSeed(seed, 3)), eventCount, people, byBirth, birthYears, sources, sourceFirst);

  // Reference works as sources for some people's birth dates.
  const refRng = new Rng(streamSeed(seed, 4));
  const references = sources.map((s, i) => (s.kind === 'reference' || s.kind === 'book' ? i : -1)).filter((i) => i >= 0);
  for (const person of people) {
    if (!references.length || !refRng.chance(0.5)) continue;
    const source = refRng.pick(references);
    const spec = sources[source] as SourceSpec;
    if (spec.published.first <= person.born.last) continue;
    person.sources.push({ source, locator: locatorFor(refRng, spec.kind) });
  }

  const files: GeneratedFile[] = [];
  const push = emit ?? ((file: GeneratedFile) => void files.push(file));
  const text = new Prose(new Rng(streamSeed(seed, 5)));
  push({ path: 'record.mdx', content: renderRecord(events, peopleCount, sourceCount, seed) });
  for (const person of people) push({ path: `people/${person.id}.mdx`, content: renderPerson(person, people, events, sources, text) });
  for (const source of sources) push({ path: `sources/${source.id}.mdx`, content: renderSource(source, people, text) });
  for (const event of events) push({ path: `events/${event.id}.mdx`, content: renderEvent(event, people, events, sources, text) });
  return { files, counts: { events: events.length, people: people.length, sources: sources.length } };
}

function generatePeople(rng: Rng, count: number): PersonSpec[] {
  const taken = new Set<string>();
  const people: PersonSpec[] = [];
  const cutoff = daysFromCivil(2024, 6, 30);
  const ongoingAfter = daysFromCivil(2025, 1, 20);
  for (let i = 0; i < count; i++) {
    const first = rng.pick(FIRST_NAMES);
    const last = rng.pick(LAST_NAMES);
    const middle = rng.chance(0.25) ? rng.pick(FIRST_NAMES) : undefined;
    const initial = middle && rng.chance(0.4) ? `${middle.charAt(0)}.` : undefined;
    const name = initial ? `${first} ${initial} ${last}` : `${first} ${last}`;
    const id = uniqueId(toId(name), taken);
    const bornDay = randomDay(rng, 1905, 1998);
    const born = dateAt(bornDay, pickPrecision(rng, [['day', 80], ['month', 8], ['year', 12]]));
    const place = rng.chance(0.7) ? rng.pick(PLACES) : undefined;

    const roles: RoleSpec[] = [];
    const roleCount = rng.weighted([[0, 25], [1, 35], [2, 25], [3, 15]] as const);
    let start = bornDay + rng.int(22 * 365, 32 * 365);
    for (let r = 0; r < roleCount && start < cutoff && start < bornDay + 75 * 365; r++) {
      const end = start + rng.int(2 * 365, 12 * 365);
      const role = roleTitle(rng, place?.[0] ?? rng.pick(PLACES)[0]);
      const precision = pickPrecision(rng, [['day', 70], ['month', 15], ['year', 15]]);
      const spec: RoleSpec = { ...role, from: dateAt(start, precision) };
      const lastRole = r === roleCount - 1 || end + 365 >= cutoff;
      if (!(end >= ongoingAfter || (lastRole && bornDay > daysFromCivil(1950, 1, 1) && end > daysFromCivil(2016, 1, 1) && rng.chance(0.5)))) {
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

    const person: PersonSpec = { id, name, last, description, born, aliases: [], roles, sources: [], events: [] };
    if (middle && !initial && rng.chance(0.6)) person.fullName = `${first} ${middle} ${last}`;
    if (place) person.birthplace = `${place[0]}, ${place[1]}`;
    if (rng.chance(0.1)) person.aliases.push(`${first.charAt(0)}. ${last}`);
    people.push(person);
  }
  return people;
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
      return { title: 'Director', organisation: `${city} ${rng.pick(['Museum', 'Library', 'Observatory', 'Hospital', 'Conservatory'])}` };
    case 7:
      return { title: 'Correspondent', organisation: `The ${city} ${rng.pick(OUTLET_WORDS)}` };
    case 8:
      return { title: `Member of the ${city} City Council`, short: 'Councillor' };
    default:
      return { title: 'Chief Executive', organisation: `${city} ${rng.pick(['Shipping', 'Steel', 'Mutual', 'Telephone', 'Rail'])} Company` };
  }
}

function personName(people: readonly PersonSpec[], i: number): string {
  return (people[i] as PersonSpec).name;
}

function generateSources(rng: Rng, count: number, people: readonly PersonSpec[], byBirth: readonly number[], birthYears: readonly number[]): SourceSpec[] {
  // Dates first, sorted, so that events can pick sources published after them by binary search.
  const latest = daysFromCivil(LATEST_SOURCE_DAY.year, LATEST_SOURCE_DAY.month, LATEST_SOURCE_DAY.day);
  const days: number[] = [];
  for (let i = 0; i < count; i++) {
    // The last few are recent, so every event up to 2024 has sources published after it.
    if (i >= count - 3) days.push(rng.int(daysFromCivil(2025, 1, 1), latest));
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
    const kind = rng.weighted([['book', 25], ['article', 35], ['interview', 10], ['statement', 10], ['reference', 10], ['broadcast', 10]] as const);
    const precision =
      kind === 'book' || kind === 'reference'
        ? pickPrecision(rng, [['day', 55], ['month', 20], ['year', 25]])
        : kind === 'broadcast'
          ? pickPrecision(rng, [['day', 60], ['minute', 40]])
          : pickPrecision(rng, [['day', 90], ['month', 10]]);
    const published = dateAt(day, precision, { hour: rng.int(6, 22), minute: rng.int(0, 11) * 5, offset: rng.pick(OFFSETS) });
    const city = rng.pick(PLACES)[0];
    // Authors with a page are people old enough to have written it.
    const adults = upperBound(birthYears, published.year - 22);
    const author = (): AuthorSpec =>
      adults > 0 && rng.chance(0.35) ? { person: byBirth[rng.int(0, adults - 1)] as number } : { name: `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}` };
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
        if (rng.chance(0.6)) spec.subtitle = titleCase(`${rng.pick(['a history of', 'inside', 'notes on', 'the story of', 'memories of'])} the ${prose.noun()} in ${city}`);
        if (rng.chance(0.3)) spec.url = `https://example.org/books/${toId(spec.title)}`;
        break;
      }
      case 'article': {
        const [base] = prose.verb();
        spec = {
          kind,
          title: `${rng.pick(LAST_NAMES)} ${rng.chance(0.5) ? 'to ' + base : thirdPerson(base)} ${prose.nounPhrase()}`,
          authors: rng.chance(0.8) ? [author()] : [{ name: rng.pick(['Associated Press', 'Reuters', 'Staff reporter', 'Agence France-Presse']) }],
          publisher: `The ${city} ${rng.pick(OUTLET_WORDS)}`,
        };
        break;
      }
      case 'interview': {
        const subject = rng.chance(0.5) && adults > 0 ? personName(people, byBirth[rng.int(0, adults - 1)] as number) : `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
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
    if (rng.chance(0.6)) source.description = `${capitalize(kind === 'reference' ? 'reference work' : kind)} on ${prose.nounPhrase()} ${prose.prepPhrase()}.`;
    sources.push(source);
  }
  return sources;
}

function generateEvents(
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
    const wanted = rng.weighted([[2, 35], [3, 35], [4, 20], [5, 10]] as const);
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
    const precision = pickPrecision(rng, [['day', 72], ['month', 12], ['year', 8], ['minute', 8]]);
    const date = dateAt(randomDay(rng, year, year), precision, { hour: rng.int(7, 21), minute: rng.int(0, 59), offset: rng.pick(OFFSETS) });
    drafts.push({ date, participants, order: i });
  }
  const rank: Record<Precision, number> = { year: 0, month: 1, day: 2, minute: 3 };
  drafts.sort((a, b) => a.date.first - b.date.first || rank[a.date.precision] - rank[b.date.precision] || a.order - b.order);

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

    const participants = draft.participants.map((person, k) => ({ person, role: k === 0 ? rng.pick(LEAD_ROLES) : rng.pick(OTHER_ROLES) }));
    for (const p of participants) (people[p.person] as PersonSpec).events.push({ event: index, role: p.role });

    let end: GenDate | undefined;
    if (date.precision === 'day' && rng.chance(0.08)) end = dateAt(date.first + rng.int(1, 4), 'day');
    if (date.precision === 'minute' && rng.chance(0.3)) {
      const [h, m] = [Number(date.text.slice(11, 13)), Number(date.text.slice(14, 16))];
      const later = Math.min(23 * 60 + 59, h * 60 + m + rng.int(20, 180));
      end = dateAt(date.first + 1, 'minute', { hour: Math.floor(later / 60), minute: later % 60, offset: date.text.slice(16) });
    }
    const approximate = (date.precision === 'month' || date.precision === 'year') ? rng.chance(0.3) : date.precision === 'day' && !end && rng.chance(0.03);

    // Sources published after the event, preferably within thirty years of it.
    const wantAccount = rng.chance(0.15);
    const last = (end ?? date).last;
    const from = upperBound(sourceFirst, last + 1);
    let to = upperBound(sourceFirst, last + 30 * 365);
    if (to - from < 3) to = sourceFirst.length;
    const poolStart = to > from ? from : Math.max(0, sourceFirst.length - 3);
    const poolSize = (to > from ? to : sourceFirst.length) - poolStart;
    const sourceK = Math.min(poolSize, Math.max(wantAccount ? 2 : 1, rng.weighted([[1, 40], [2, 40], [3, 20]] as const)));
    const eventSources: Citation[] = [];
    while (eventSources.length < sourceK) {
      const source = poolStart + rng.int(0, poolSize - 1);
      if (eventSources.some((c) => c.source === source)) continue;
      eventSources.push({ source, locator: locatorFor(rng, (sources[source] as SourceSpec).kind) });
    }
    const kindOf = (c: { source: number }) => (sources[c.source] as SourceSpec).kind;

    const quotes: QuoteSpec[] = [];
    const quoteCount = rng.weighted([[0, 30], [1, 35], [2, 25], [3, 10]] as const);
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
        attribution: rng.weighted([['firsthand', 50], ['reported', 35], ['paraphrase', 15]] as const),
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
      tags: rng.sample(TAGS, rng.weighted([[0, 20], [1, 35], [2, 30], [3, 15]] as const)),
      earlier,
    };
    if (end) event.end = end;
    if (rng.chance(0.7)) event.place = rng.chance(0.5) ? `${place[0]}, ${place[1]}` : `${capitalize(rng.pick(BUILDINGS))}, ${place[0]}`;
    events.push(event);
  }
  return events;
}

// ---------------------------------------------------------------------------
// Rendering

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

function cite(sources: readonly SourceSpec[], c: Citation): string {
  return `<Cite source="${(sources[c.source] as SourceSpec).id}" locator="${c.locator}" />`;
}

function renderEvent(event: EventSpec, people: readonly PersonSpec[], events: readonly EventSpec[], sources: readonly SourceSpec[], prose: Prose): string {
  const rng = prose.rng;
  const fm: string[] = [`title: ${q(event.title)}`, `summary: ${q(event.summary)}`, `date: ${event.date.text}`];
  if (event.end) fm.push(`end: ${event.end.text}`);
  if (event.approximate) fm.push('approximate: true');
  if (event.place) fm.push(`place: ${q(event.place)}`);
  fm.push('participants:');
  for (const p of event.participants) fm.push(`  - person: ${(people[p.person] as PersonSpec).id}`, `    role: ${q(p.role)}`);
  fm.push('sources:', ...citationLines(event.sources, sources, '  '));
  if (event.quotes.length) {
    fm.push('quotes:');
    for (const quote of event.quotes) {
      fm.push(`  - text: ${q(quote.text)}`);
      if (quote.speakers.length === 1) fm.push(`    speaker: ${(people[quote.speakers[0] as number] as PersonSpec).id}`);
      else fm.push('    speaker:', ...quote.speakers.map((s) => `      - ${(people[s] as PersonSpec).id}`));
      if (quote.addressee !== undefined) fm.push(`    addressee: ${(people[quote.addressee] as PersonSpec).id}`);
      if (quote.about.length) fm.push('    about:', ...quote.about.map((s) => `      - ${(people[s] as PersonSpec).id}`));
      fm.push(`    source: ${(sources[quote.source] as SourceSpec).id}`, `    locator: ${q(quote.locator)}`);
      if (quote.via) fm.push('    via:', `      source: ${(sources[quote.via.source] as SourceSpec).id}`, `      locator: ${q(quote.via.locator)}`);
      fm.push(`    attribution: ${quote.attribution}`);
      if (quote.note) fm.push(`    note: ${q(quote.note)}`);
    }
  }
  if (event.accounts.length) {
    fm.push('accounts:');
    for (const account of event.accounts) {
      fm.push(`  - point: ${q(account.point)}`, '    versions:');
      for (const v of account.versions) {
        fm.push(`      - source: ${(sources[v.source] as SourceSpec).id}`, `        locator: ${q(v.locator)}`, `        says: ${q(v.says)}`);
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
  const middle = rng.pick(['What happened', 'The day itself', `The ${prose.noun()}`, 'Negotiations', `The ${prose.adjective()} ${prose.noun()}`]);
  const lastHeading = rng.pick(['Aftermath', 'Reactions', 'Consequences', 'Later years', 'Public response', 'How it ended']);
  const headings = headingCount === 3 ? [first, middle, lastHeading] : rng.chance(0.5) ? [first, lastHeading] : [middle, lastHeading];
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
  for (const [i, paragraph] of paragraphs.entries()) for (let s = 0; s < paragraph.length; s++) all.push({ paragraph: i, sentence: s });
  const citeCount = Math.min(all.length, rng.int(1, 3));
  for (const [k, at] of rng.sample(all, citeCount).entries()) {
    const c = event.sources[k % event.sources.length] as Citation;
    const sentence = (paragraphs[at.paragraph] as Sentence[])[at.sentence] as Sentence;
    sentence.md += cite(sources, c);
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

function renderPerson(person: PersonSpec, people: readonly PersonSpec[], events: readonly EventSpec[], sources: readonly SourceSpec[], prose: Prose): string {
  const rng = prose.rng;
  const fm: string[] = [`name: ${q(person.name)}`];
  if (person.fullName) fm.push(`fullName: ${q(person.fullName)}`);
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
  add(first, `${person.name} was born ${dateInWords(person.born)}${person.birthplace ? ` in ${person.birthplace}` : ''}.${bornCite}`);
  for (const role of person.roles.slice(0, 2)) {
    const held = `${role.title}${role.organisation ? ` at the ${role.organisation.replace(/^The /, '')}` : ''}`;
    add(first, role.to ? `From ${role.from.year} to ${role.to.year}, ${person.last} served as ${held}.` : `In ${role.from.year}, ${person.last} became ${held}.`);
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
    add(second, `${person.last} ${rng.pick(['worked closely with', 'corresponded for years with', 'was often compared with'])} ${link('people', o.id, o.name)}.`);
  }
  fillParagraphs(prose, [first, second], 0, rng.int(88, 124), [person.last], true);
  return `${frontmatter(fm)}${first.map((s) => s.md).join(' ')}\n\n${second.map((s) => s.md).join(' ')}\n`;
}

function renderSource(source: SourceSpec, people: readonly PersonSpec[], prose: Prose): string {
  const rng = prose.rng;
  const fm: string[] = [`kind: ${source.kind}`, `title: ${q(source.title)}`];
  if (source.subtitle) fm.push(`subtitle: ${q(source.subtitle)}`);
  if (source.authors.length) {
    fm.push('authors:');
    for (const a of source.authors) fm.push('person' in a ? `  - person: ${(people[a.person] as PersonSpec).id}` : `  - name: ${q(a.name)}`);
  }
  if (source.publisher) fm.push(`publisher: ${q(source.publisher)}`);
  fm.push(`published: ${source.published.text}`);
  if (source.url) fm.push(`url: ${source.url}`);
  if (source.isbn) fm.push(`isbn: ${source.isbn}`);
  if (source.description) fm.push(`description: ${q(source.description)}`);

  const by = source.authors.map((a) => ('person' in a ? link('people', (people[a.person] as PersonSpec).id, (people[a.person] as PersonSpec).name) : a.name));
  const noun = { book: 'book', article: 'newspaper article', interview: 'recorded interview', statement: 'public statement', reference: 'reference work', broadcast: 'broadcast' }[source.kind];
  const opening = `${source.title} is ${aOrAn(`${prose.adjective()} ${noun}`)}${by.length ? ` by ${by.join(' and ')}` : ''}${source.publisher ? `, published by ${source.publisher}` : ''} ${dateInWords(source.published)}.`;
  const sentences: Sentence[] = [{ md: opening, words: countVisibleWords(opening) }];
  const subjects = ['the author', 'the text', 'the account', 'one chapter', 'the narrative'];
  fillParagraphs(prose, [sentences], 0, rng.int(44, 56), subjects, true);
  return `${frontmatter(fm)}${sentences.map((s) => s.md).join(' ')}\n`;
}

function renderRecord(events: readonly EventSpec[], people: number, sources: number, seed: number): string {
  const fm = [
    `title: ${q(`Synthetic record (${events.length} events)`)}`,
    'tagline: Invented events and people, generated from a seed to test the site at scale.',
    `description: ${q(`A synthetic record of ${events.length} invented events, ${people} invented people and ${sources} invented sources, generated deterministically from seed ${seed}. None of it is real.`)}`,
  ];
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

// ---------------------------------------------------------------------------
// Writing

/**
 * Makes `<out>/content` ready for a record: refuses a non-empty folder unless `force`,
 * which empties it. Returns the folder.
 */
export function prepareOutput(out: string, options: { force?: boolean } = {}): string {
  const dir = path.join(out, 'content');
  let existing: string[] = [];
  try {
    if (!statSync(dir).isDirectory()) throw new Error(`${dir} exists and is not a folder`);
    existing = readdirSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (existing.length) {
    if (!options.force) throw new Error(`${dir} is not empty: pass --force to empty it first`);
    rmSync(dir, { recursive: true, force: true });
  }
  for (const sub of ['people', 'events', 'sources']) mkdirSync(path.join(dir, sub), { recursive: true });
  return dir;
}

/** Writes one file into a prepared content folder; returns its size in bytes. */
export function writeFile(dir: string, file: GeneratedFile): number {
  const data = Buffer.from(file.content, 'utf8');
  writeFileSync(path.join(dir, file.path), data);
  return data.length;
}

/** Writes a generated record into `<out>/content`; refuses a non-empty folder unless `force`. */
export function writeRecord(out: string, record: GeneratedRecord, options: { force?: boolean } = {}): { bytes: number; dir: string } {
  const dir = prepareOutput(out, options);
  let bytes = 0;
  for (const file of record.files) bytes += writeFile(dir, file);
  return { bytes, dir };
}
