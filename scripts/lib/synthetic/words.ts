/**
 * The fixed vocabulary the synthetic record is written from: names, places, real English
 * words (common ones first, see Rng.common), roles, tags and notes. Order matters: the
 * same seed picks the same index, so reordering a list changes every generated file.
 * The lists are kept packed, many words a line (`prettier-ignore`): one word a line would
 * make this file several times longer and no easier to read.
 */

// prettier-ignore
export const FIRST_NAMES = [
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

// prettier-ignore
export const LAST_NAMES = [
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

// prettier-ignore
export const PLACES = [
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

// prettier-ignore
export const BUILDINGS = [
  'City Hall', 'the county courthouse', 'the harbour office', 'the old exchange', 'the public library', 'the union hall',
  'the state capitol', 'the central station', 'the university senate house', 'the trade fair grounds', 'the Grand Hotel',
  'the town square', 'the naval yard', 'the broadcasting house', 'the cathedral close',
] as const;

// prettier-ignore
export const COUNTRIES = ['Portugal', 'Kenya', 'Japan', 'Canada', 'Norway', 'Chile', 'Ghana', 'India', 'Poland', 'Mexico', 'Ireland', 'Morocco', 'Finland', 'Brazil', 'Korea'] as const;

// prettier-ignore
export const FIELDS = ['History', 'Economics', 'Law', 'Engineering', 'Medicine', 'Physics', 'Architecture', 'Linguistics', 'Geography', 'Chemistry'] as const;

// prettier-ignore
export const ORG_NOUNS = [
  'Harbour Commission', 'Transit Authority', 'Labour Council', 'Water Board', 'Planning Commission', 'Arts Council',
  'Port Authority', 'Housing Trust', 'Chamber of Commerce', 'Railway Board', 'Fisheries Board', 'Health Authority',
  'Electoral Commission', 'Broadcasting Council', 'Bar Association', 'Teachers Union', 'Farmers Union', 'Civic League',
] as const;

// prettier-ignore
export const OUTLET_WORDS = ['Ledger', 'Herald', 'Courier', 'Tribune', 'Gazette', 'Observer', 'Chronicle', 'Sentinel', 'Examiner', 'Journal'] as const;

// prettier-ignore
export const PUBLISHERS = [
  'Harbour Press', 'Northfield Books', 'Riverside University Press', 'Lantern House', 'Granite and Finch', 'Meridian Books',
  'Old Quay Press', 'Kestrel Publishing', 'Blue Lake Editions', 'Fenwick and Hale', 'Calder Press', 'Ashgrove Books',
] as const;

// prettier-ignore
export const BROADCASTERS = ['Northern Radio', 'Channel Nine News', 'Public Television', 'Coastal Broadcasting', 'World Service Radio', 'Metro FM'] as const;

// prettier-ignore
export const OCCUPATIONS = [
  'journalist', 'lawyer', 'engineer', 'historian', 'economist', 'physician', 'trade unionist', 'diplomat', 'civil servant',
  'architect', 'novelist', 'photographer', 'broadcaster', 'farmer', 'shipping executive', 'banker', 'teacher', 'activist',
  'judge', 'labour organiser', 'scientist', 'translator', 'composer', 'urban planner', 'politician', 'publisher',
] as const;

// prettier-ignore
export const NOUNS = [
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

// prettier-ignore
export const ADJECTIVES = [
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
// prettier-ignore
export const VERBS = [
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

// prettier-ignore
export const INTRANSITIVE = [
  'ended', 'resumed', 'continued', 'collapsed', 'stalled', 'adjourned', 'recovered', 'succeeded', 'failed', 'arrived',
  'returned', 'paused', 'waited', 'hesitated', 'agreed', 'objected', 'relented', 'withdrew', 'prevailed', 'persisted',
] as const;

// prettier-ignore
export const ADVERBS = [
  'quietly', 'briefly', 'publicly', 'privately', 'formally', 'firmly', 'carefully', 'abruptly', 'slowly', 'quickly',
  'repeatedly', 'reluctantly', 'openly', 'cautiously', 'eventually', 'immediately', 'again', 'finally', 'jointly', 'later',
] as const;

// prettier-ignore
export const PREPOSITIONS = ['at', 'during', 'after', 'before', 'near', 'outside', 'inside', 'beyond', 'despite', 'without', 'through', 'within'] as const;

// prettier-ignore
export const TIME_UNITS = ['morning', 'afternoon', 'evening', 'night', 'day', 'week', 'month', 'season', 'spring', 'summer', 'autumn', 'winter', 'year'] as const;

// prettier-ignore
export const OPENERS = [
  'Later that week,', 'By the following morning,', 'Earlier that day,', 'Within a month,', 'In the weeks that followed,',
  'At first,', 'By evening,', 'Afterwards,', 'Meanwhile,', 'According to later accounts,', 'On the same day,', 'Even so,',
  'For a time,', 'By then,', 'In public,', 'In private,', 'Before long,', 'At the time,', 'Two days later,', 'That autumn,',
] as const;

// prettier-ignore
export const GROUPS = [
  'the committee', 'the council', 'the delegation', 'the board', 'the panel', 'the commission', 'the cabinet',
  'the assembly', 'the press office', 'the organisers', 'local officials', 'several witnesses', 'reporters', 'the staff',
  'a spokesperson', 'the chair', 'one observer', 'the secretary', 'the union', 'the ministry', 'the mayor', 'the editors',
] as const;

// prettier-ignore
export const LEAD_ROLES = ['host', 'chair', 'speaker', 'signatory', 'caller', 'organiser', 'keynote speaker', 'lead negotiator', 'plaintiff', 'presenter'] as const;
// prettier-ignore
export const OTHER_ROLES = [
  'guest', 'witness', 'negotiator', 'recipient', 'co-signatory', 'moderator', 'interviewer', 'delegate', 'observer',
  'adviser', 'press secretary', 'translator', 'defendant', 'respondent', 'panellist', 'correspondent', 'counsel',
] as const;

// prettier-ignore
export const TAGS = [
  'election', 'concession', 'treaty', 'trade', 'labour', 'strike', 'protest', 'court', 'appeal', 'inquiry', 'budget',
  'infrastructure', 'transport', 'harbour', 'health', 'education', 'science', 'broadcast', 'press', 'diplomacy', 'summit',
  'resignation', 'appointment', 'campaign', 'referendum', 'housing', 'energy', 'agriculture', 'environment', 'flood',
  'culture', 'sport', 'religion', 'finance', 'banking', 'technology', 'space', 'aviation', 'railway', 'phone-call',
] as const;

// prettier-ignore
export const ACCOUNT_NOTES = [
  'The versions agree on the outcome.', 'The accounts differ on the timing.', 'Only one version names the speaker.',
  'The later account may rely on the earlier one.', 'Both versions were written years afterwards.',
] as const;

// prettier-ignore
export const QUOTE_NOTES = ['Other accounts give a shorter wording.', 'Said in reply to a question from the floor.', 'The speaker later disputed the wording.', 'Translated from the original.'] as const;
