/**
 * The graph model of Pitlane Graph, declared once: every node label with its properties and every
 * relationship type with its endpoints, properties, cardinality, API fields and words. The seed file
 * schema, the GraphQL fields and loaders, the curation inputs, the constraints and indexes, the
 * explorer's words, the exports and docs/MODEL.md are all derived from this value.
 *
 * Changing it: edit here, bump `version`, add the migration of that version (cypher/migrations/),
 * then `npm run generate` (SDL and docs). See docs/ARCHITECTURE.md.
 */
import { EnumDeclaration, GraphModel, NodeDeclaration, PropertyDeclaration, RelationshipDeclaration } from './declaration.js';
import { KINSHIP_TERM_NAMES, KINSHIP_TERMS, KinshipTermName } from './kinship.js';

const enumOf = (name: string, description: string, values: readonly string[]): EnumDeclaration => ({ name, description, values });

export const GENDER = enumOf('Gender', 'Gender, as the source states it.', ['female', 'male', 'non-binary']);
export const PERSON_ROLE = enumOf('PersonRole', 'What a person does in the sport or beside it, as the source states it.', [
  'driver', 'rider', 'co-driver', 'navigator', 'passenger', 'crew-chief', 'engineer', 'mechanic', 'spotter', 'team-owner',
  'team-manager', 'official', 'commentator', 'journalist', 'coach', 'entrepreneur', 'speaker', 'influencer',
]);
export const ORGANIZATION_KIND = enumOf('OrganizationKind', 'What an organization is.', [
  'sanctioning-body', 'company', 'manufacturer', 'programme', 'club', 'hall-of-fame', 'publisher', 'other',
]);
export const DISCIPLINE = enumOf(
  'Discipline',
  'A kind of motorsport. SPORTS_CAR covers sports car and endurance racing; DIRT_OVAL, dirt track racing (sprint cars, midgets, '
  + 'dirt late models); MOTOCROSS, motocross and supercross; ELECTRIC, electric series (Formula E, Extreme E).',
  [
    'stock-car', 'dirt-oval', 'open-wheel', 'sports-car', 'touring-car', 'rally', 'rallycross', 'drag', 'karting',
    'motorcycle-road-racing', 'motocross', 'speedway', 'trials', 'off-road', 'drifting', 'electric', 'hill-climb',
  ],
);
export const RESULT_STATUS = enumOf(
  'ResultStatus',
  'How an entry ended: FINISHED, DNF (did not finish), DNS (did not start), DSQ (disqualified), DNQ (did not qualify).',
  ['finished', 'dnf', 'dns', 'dsq', 'dnq'],
);
export const CREW_ROLE = enumOf(
  'CrewRole',
  'What a person did in a shared entry: one of an endurance car\'s drivers, a rally crew\'s driver or co-driver (navigator), a sidecar\'s rider or passenger.',
  ['driver', 'co-driver', 'rider', 'passenger'],
);
export const ORGANIZATION_ROLE = enumOf('OrganizationRole', 'A role a person holds in an organization, team or series.', [
  'owner', 'co-owner', 'founder', 'president', 'director', 'manager', 'employee', 'engineer', 'crew-chief', 'spotter', 'mechanic',
  'driver', 'programme-member', 'ambassador', 'mentor', 'coach', 'official', 'commentator', 'board-member',
]);
export const AWARD_KIND = enumOf('AwardKind', 'What an award or honour is (a "first" is an Achievement, not an award).', [
  'rookie-of-the-year', 'hall-of-fame', 'most-popular', 'sportsmanship', 'driver-of-the-year', 'championship-trophy', 'national-honour', 'other',
]);
export const PLACE_KIND = enumOf('PlaceKind', 'What a place is.', ['country', 'state', 'province', 'region', 'city']);
export const RACE_STATUS = enumOf('RaceStatus', 'Whether a race had been run as of its source.', ['completed', 'scheduled', 'cancelled']);
export const PARTICIPATION = enumOf('Participation', 'Full-time or part-time season entry.', ['full-time', 'part-time']);
export const ACHIEVEMENT_KIND = enumOf('AchievementKind', 'What kind of milestone an achievement is.', [
  'first', 'win', 'championship', 'career-best', 'last', 'milestone',
]);
export const EVENT_KIND = enumOf('EventKind', 'What kind of event in a career.', [
  'career-start', 'discipline', 'recognition', 'debut', 'move', 'incident', 'recovery', 'return',
]);
export const SOURCE_KIND = enumOf('SourceKind', 'What kind of document a source is.', [
  'interview', 'article', 'news', 'encyclopedia', 'profile', 'webpage', 'book', 'results-table', 'other',
]);
export const SOURCE_STORAGE = enumOf('SourceStorage', 'Whether a source\'s full text is stored (every quote checked against it) or the source is cited (each claim with a locator and a short excerpt).', ['stored', 'cited']);
export const KINSHIP_TERM = enumOf('KinshipTerm', 'A kinship a source states without the people in between.', KINSHIP_TERM_NAMES);

// Shared property shapes.
const YEAR = { type: 'int', min: 1880, max: 2100 } as const;
const POSITION = { type: 'int', min: 1, max: 200 } as const;
const DESCRIPTION: PropertyDeclaration = { type: 'string', max: 2000, searchable: true, jsonld: 'schema:description' };
const NAME: PropertyDeclaration = {
  type: 'string', required: true, max: 200, searchable: true, nullableInApi: true, jsonld: 'schema:name',
  description: 'The name (never null for this type; nullable like a person\'s, so one selection of `name` fits every type).',
};
const TITLE: PropertyDeclaration = { type: 'string', required: true, max: 300, searchable: true, jsonld: 'schema:name' };
const TEAM_OF_ENTRY: PropertyDeclaration = {
  type: { ref: ['Team'] }, indexed: true, reads: 'with {name}', description: 'The team the person entered with, where the source names it.',
};
/** What commentary a source adds that is not a fact of the model: shown under "Note", never parsed. */
const NOTE: PropertyDeclaration = {
  type: 'string', max: 2000, reads: '{value}', term: 'Note',
  description: 'Commentary from the source that is not a fact the model holds (labelled free text; facts go in their own properties).',
};
const DISCIPLINES: PropertyDeclaration = {
  type: DISCIPLINE, list: true, maxItems: 5, term: 'Discipline', jsonld: 'schema:sport',
  description: 'The kinds of motorsport, where the source says (or its name does).',
};
/** What a person's entry in a race or season was: class, vehicle, number, shared crew. */
const ENTRY_PROPERTIES = {
  class: { type: { ref: ['Class'] }, reads: 'in {name}', description: 'The class entered, where a meeting or series has several.' },
  vehicle: { type: { ref: ['Vehicle'] }, reads: 'in the {name}', description: 'The car or motorcycle, where the source names it.' },
  number: { type: 'string', max: 10, reads: 'no. {value}', description: 'The car or bike number, as printed ("7", "07", "#55").' },
} as const satisfies Record<string, PropertyDeclaration>;
const SINCE: PropertyDeclaration = { ...YEAR, reads: 'from {value}', term: 'From', description: 'The first year, where the source gives it.' };
const UNTIL: PropertyDeclaration = { ...YEAR, reads: 'until {value}', term: 'Until', description: 'The last year, where the source gives it (null: to date or unknown).' };

/**
 * A date as precise as the source: a year, a month or a day, or none; relative dating kept as stated
 * ("at 14", "two years later", "about six years ago") with what it is relative to, and the years the
 * graph derives from it (src/db/dating.cypher.ts). `year` is declared by each label (required for a season).
 */
const dating = (anchors: readonly string[]): Record<string, PropertyDeclaration> => ({
  date: {
    type: 'partialDate', jsonld: 'schema:startDate', term: 'Date',
    description: 'As precise as the source: "2023", "2023-02" or "2023-04-22"; null when it gives none.',
  },
  dateAsStated: {
    type: 'string', max: 200, term: 'When (as stated)', reads: '{value}',
    description: 'The source\'s own words when it dates relatively or roughly ("at the age of 10", "two years later", "about six years ago").',
  },
  relativeTo: {
    type: { ref: anchors }, reads: 'relative to {name}', indexed: true,
    description: 'What a relative date counts from: a person (their birth: the offset is their age), a source (its publication), or another dated node.',
  },
  offsetYears: {
    type: 'int', min: -150, max: 150, term: 'Years after',
    description: 'Years after `relativeTo` (negative: before; for a person, their age).',
  },
  approximate: {
    type: 'boolean', default: false, term: 'Approximate',
    description: 'True when the source gives the date only roughly ("about six years ago"): the derived years widen by one each way.',
  },
  earliestYear: {
    type: 'int', min: 1700, max: 2200, indexed: true,
    derived: 'The stated year (or the year of `date`), else `relativeTo`\'s earliest year plus `offsetYears`; one less when approximate.',
    description: 'The earliest year it can have happened, derived by the graph from what sources state (null when it cannot be computed).',
  },
  latestYear: {
    type: 'int', min: 1700, max: 2200,
    derived: 'Like earliestYear, from the latest year of the anchor (a person\'s birth year plus one, as an age spans two years); one more when approximate.',
    description: 'The latest year it can have happened, derived by the graph from what sources state (null when it cannot be computed).',
  },
});
const DATE_ANCHORS = ['Person', 'Source', 'Event', 'Race', 'Meeting', 'Achievement'] as const;

const named = (label: string, description: string, jsonld?: string[]): NodeDeclaration => ({
  label, description, nameProperty: 'name', inSeedFiles: true, curated: true, jsonld,
  properties: { name: NAME, description: DESCRIPTION, note: NOTE },
});
const FORMER_NAMES: PropertyDeclaration = {
  type: 'string', list: true, max: 200, maxItems: 20, searchable: true, term: 'Former names',
  description: 'Names it had before, oldest first (e.g. "NASCAR Whelen All American Series").',
};

const NODES: NodeDeclaration[] = [
  {
    label: 'Person',
    description: 'A driver or anyone else a source mentions. People a source does not name have no name, only a description.',
    nameProperty: 'name',
    inSeedFiles: true,
    curated: true,
    jsonld: ['schema:Person'],
    requiresOneOf: { properties: ['name', 'description'], message: 'a person without a name needs a description (who they are, as the source says)' },
    properties: {
      name: { type: 'string', max: 200, searchable: true, indexed: true, jsonld: 'schema:name', description: 'Null when no source names them (e.g. "her uncle").' },
      description: { ...DESCRIPTION, description: 'Who they are, as the source puts it.' },
      gender: { type: GENDER, indexed: true, jsonld: 'schema:gender', description: 'Null when no source states it.' },
      nationality: {
        type: 'string', min: 2, max: 60, indexed: true, jsonld: 'schema:nationality', term: 'Nationality',
        description: 'Nationality as a demonym (e.g. "Canadian"); null when unstated.',
      },
      racingNationality: {
        type: 'string', min: 2, max: 60, indexed: true, term: 'Races under',
        description: 'The country a person races under, as a demonym, where it differs from or is stated beside the nationality.',
      },
      roles: { type: PERSON_ROLE, list: true, maxItems: 20, term: 'Roles', description: 'What the person does, in or beside the sport.' },
      born: { type: 'partialDate', jsonld: 'schema:birthDate', term: 'Born', description: 'Birth date, as precise as the source.' },
      birthName: { type: 'string', max: 200, searchable: true, term: 'Birth name', description: 'The name at birth, where it differs from `name`.' },
      marriedNames: {
        type: 'string', list: true, max: 200, maxItems: 10, searchable: true, term: 'Married names',
        description: 'Names taken by marriage, oldest first.',
      },
      nicknames: {
        type: 'string', list: true, max: 100, maxItems: 20, searchable: true, jsonld: 'schema:alternateName', term: 'Nicknames',
        description: 'Nicknames sources use ("the Canadian Flash").',
      },
      note: NOTE,
    },
  },
  named('Family', 'A family of racers (e.g. the Balcaen family).'),
  {
    ...named('Team', 'A racing team (e.g. Rette Jones Racing).', ['schema:SportsTeam']),
    properties: { name: NAME, description: DESCRIPTION, formerNames: FORMER_NAMES, note: NOTE },
  },
  {
    ...named('Organization', 'A company, manufacturer, sanctioning body, programme, club, hall of fame or publisher.', ['schema:Organization']),
    properties: {
      name: NAME, description: DESCRIPTION, kind: { type: ORGANIZATION_KIND, required: true, term: 'Kind' }, formerNames: FORMER_NAMES, note: NOTE,
    },
  },
  {
    ...named('Series', 'A racing series (e.g. ARCA Menards Series).', ['schema:EventSeries']),
    properties: {
      name: NAME,
      description: DESCRIPTION,
      disciplines: DISCIPLINES,
      formerNames: FORMER_NAMES,
      aliases: {
        type: 'string', list: true, max: 200, maxItems: 20, searchable: true, jsonld: 'schema:alternateName', term: 'Also called',
        description: 'Other names sources use for it.',
      },
      note: NOTE,
    },
  },
  {
    ...named('Season', 'One year of a series.', ['schema:EventSeries']),
    properties: {
      name: NAME,
      description: DESCRIPTION,
      year: { ...YEAR, required: true, indexed: true, term: 'Year' },
      rounds: { type: 'int', min: 1, max: 200, term: 'Rounds', description: 'Number of rounds (races) in the season, where a source gives it.' },
      trackTypes: {
        type: 'string', list: true, max: 100, maxItems: 20, term: 'Tracks',
        description: 'Kinds of track the season visits (short tracks, superspeedways, ...).',
      },
      note: NOTE,
    },
  },
  {
    ...named('Race', 'One race: of a season, of one class at a meeting, run or scheduled as of its source. Its id is unique across meetings.', ['schema:SportsEvent']),
    properties: {
      name: NAME,
      description: DESCRIPTION,
      year: { ...YEAR, indexed: true, term: 'Year', description: 'Null when the source does not give it (the race can still be recorded).' },
      ...dating(DATE_ANCHORS),
      status: { type: RACE_STATUS, required: true, term: 'Status', description: 'COMPLETED, or SCHEDULED as of the source date.' },
      round: { type: 'int', min: 1, max: 200, term: 'Round', description: 'Round number in its season (1 = season opener).' },
      disciplines: DISCIPLINES,
      laps: { type: 'int', min: 1, max: 10000, term: 'Laps', description: 'Scheduled or run race distance in laps.' },
      note: NOTE,
    },
  },
  {
    ...named('Meeting', 'A race meeting: one event at a venue (a TT week, a race weekend) with one or more races, often one per class.', ['schema:SportsEvent']),
    properties: {
      name: NAME,
      description: DESCRIPTION,
      year: { ...YEAR, indexed: true, term: 'Year', description: 'Null when the source does not give it.' },
      ...dating(DATE_ANCHORS),
      disciplines: DISCIPLINES,
      note: NOTE,
    },
  },
  {
    ...named('Class', 'A class within a meeting or series (Supersport, Sidecar, LMP2, Pro Stock): races and entries name it.'),
    properties: { name: NAME, description: DESCRIPTION, disciplines: DISCIPLINES, note: NOTE },
  },
  {
    ...named('Vehicle', 'A car or motorcycle as sources name it: make (its manufacturer) and model (e.g. a Toyota Camry).', ['schema:Vehicle']),
    properties: {
      name: NAME,
      description: DESCRIPTION,
      model: { type: 'string', max: 200, searchable: true, jsonld: 'schema:model', term: 'Model', description: 'The model, as the source names it ("Camry", "R6").' },
      disciplines: DISCIPLINES,
      note: NOTE,
    },
  },
  {
    ...named('Award', 'An award or honour with its awarding body (rookie of the year, a hall of fame): distinct from a "first", which is an Achievement.'),
    properties: {
      name: NAME,
      description: DESCRIPTION,
      kind: { type: AWARD_KIND, required: true, indexed: true, term: 'Kind' },
      note: NOTE,
    },
  },
  {
    ...named('Venue', 'A track or other place races are held (e.g. Daytona International Speedway).', ['schema:Place']),
    properties: { name: NAME, description: DESCRIPTION, formerNames: FORMER_NAMES, note: NOTE },
  },
  {
    label: 'Place',
    description: 'A country, state, province, region or city.',
    nameProperty: 'name',
    inSeedFiles: true,
    curated: false,
    jsonld: ['schema:Place'],
    properties: { name: NAME, kind: { type: PLACE_KIND, required: true, term: 'Kind' } },
  },
  {
    label: 'Achievement',
    description: 'A first, a win, a championship or another milestone a source credits to someone.',
    nameProperty: 'title',
    inSeedFiles: true,
    curated: true,
    properties: {
      title: TITLE,
      kind: { type: ACHIEVEMENT_KIND, required: true, indexed: true, term: 'Kind' },
      year: { ...YEAR, indexed: true, term: 'Year' },
      ...dating(DATE_ANCHORS),
      count: { type: 'int', min: 0, max: 100000, term: 'Count', description: 'How many, for counted achievements (e.g. 56 track championships).' },
      description: DESCRIPTION,
      note: NOTE,
    },
  },
  {
    label: 'Event',
    description: 'Something that happened in a career: a start, a move, an incident, a return.',
    nameProperty: 'title',
    inSeedFiles: true,
    curated: false,
    jsonld: ['schema:Event'],
    properties: {
      title: TITLE,
      kind: { type: EVENT_KIND, required: true, term: 'Kind' },
      year: { ...YEAR, term: 'Year' },
      ...dating(DATE_ANCHORS),
      age: { type: 'int', min: 0, max: 120, term: 'Age', description: "The person's age at the time, where the source gives it." },
      durationMonths: { type: 'int', min: 0, max: 1200, term: 'Months' },
      disciplines: DISCIPLINES,
      description: DESCRIPTION,
      note: NOTE,
    },
  },
  {
    label: 'Education',
    description: 'A course of study.',
    nameProperty: 'title',
    inSeedFiles: true,
    curated: false,
    properties: {
      title: { ...TITLE, searchable: false },
      description: { ...DESCRIPTION, searchable: false },
      note: NOTE,
    },
  },
  {
    label: 'Source',
    description: 'A document facts come from: stored (its full text is kept and every quote is checked against it) or cited (its address and details are kept; each claim has a locator and a short excerpt).',
    nameProperty: 'title',
    inSeedFiles: false,
    curated: false,
    jsonld: ['schema:CreativeWork'],
    properties: {
      title: { type: 'string', required: true, max: 500, jsonld: 'schema:name' },
      kind: { type: SOURCE_KIND, required: true, term: 'Kind' },
      authors: {
        type: 'string', list: true, max: 200, maxItems: 30, jsonld: 'schema:author', term: 'Authors',
        description: 'Its authors as the source names them; empty when it names none.',
      },
      published: {
        type: 'partialDate', jsonld: 'schema:datePublished', term: 'Published',
        description: 'Publication date, as precise as known ("2023"); null when the source is undated.',
      },
      url: { type: 'url', max: 2000, jsonld: 'schema:url', term: 'Address' },
      retrieved: {
        type: 'partialDate', term: 'Retrieved',
        description: 'When a cited source was read at its address (required of a cited source).',
      },
      licence: {
        type: 'string', max: 200, jsonld: 'schema:license', term: 'Licence',
        description: 'The licence the source states for its text (e.g. "CC BY-SA 4.0"); null when it states none.',
      },
      text: {
        type: 'string', max: 1_000_000, jsonld: 'schema:text',
        description: 'The full stored text of a stored source; every quote of its claims occurs in it. Null for a cited source.',
      },
      storage: {
        type: SOURCE_STORAGE, term: 'Storage', derived: 'stored when the source has its text, else cited',
        description: 'Stored (full text kept) or cited (locator and excerpt per claim).',
      },
    },
  },
];

type Relationship = Omit<RelationshipDeclaration, 'properties' | 'symmetric' | 'cardinality' | 'curated' | 'fields'>
  & Partial<Pick<RelationshipDeclaration, 'properties' | 'symmetric' | 'cardinality' | 'curated' | 'fields'>>;

/**
 * The stored `key` of a type identified by some of its properties (HELD_ROLE by its role): their
 * values joined with "|", so the loader can MERGE on one property.
 */
const identityKey = (names: readonly string[]): PropertyDeclaration => ({
  type: 'string', max: 500,
  computed: (stated) => names.map((name) => String(stated[name] ?? '')).join('|'),
  description: `Tells one relationship from another of its type between the same two nodes: ${names.join(', ')} (joined with "|").`,
});

/** The defaults: only a `note`, not symmetric, many-to-many, curated, no API fields. */
const relationship = (declaration: Relationship): RelationshipDeclaration => ({
  symmetric: false, cardinality: 'many-to-many', curated: true, fields: [], ...declaration,
  properties: {
    note: NOTE, ...declaration.properties, ...(declaration.identifiedBy ? { key: identityKey(declaration.identifiedBy) } : {}),
  },
});

/**
 * Where an achievement or event happened (a race, a season, a series): at most one of each, read as
 * the field `field` on both; `listedAs`, where given, lists the achievements on the other end.
 */
const happenedIn = (type: string, to: string, words: string, field: string, listedAs?: string): RelationshipDeclaration => relationship({
  type, description: `The ${field} an achievement or event happened ${words}.`, from: ['Achievement', 'Event'], to: [to], words,
  cardinality: 'many-to-one',
  fields: [
    { on: 'Achievement', name: field, direction: 'out' },
    { on: 'Event', name: field, direction: 'out' },
    ...(listedAs ? [{ on: to, name: listedAs, direction: 'in' as const, neighbours: ['Achievement'] }] : []),
  ],
});

const RELATIONSHIPS: RelationshipDeclaration[] = [
  relationship({
    type: 'PARENT_OF', kinship: true, description: 'A parent and their child.', from: ['Person'], to: ['Person'], words: 'parent of',
    jsonld: 'schema:children',
    fields: [
      { on: 'Person', name: 'parents', direction: 'in' },
      { on: 'Person', name: 'children', direction: 'out' },
    ],
  }),
  relationship({
    type: 'SIBLING_OF', kinship: true, description: 'Two siblings.', from: ['Person'], to: ['Person'], words: 'sibling of', symmetric: true,
    jsonld: 'schema:sibling',
    fields: [{ on: 'Person', name: 'siblings', direction: 'both' }],
  }),
  relationship({
    type: 'SPOUSE_OF', kinship: true, description: 'Two spouses.', from: ['Person'], to: ['Person'], words: 'spouse of', symmetric: true,
    jsonld: 'schema:spouse',
    fields: [{ on: 'Person', name: 'spouses', direction: 'both' }],
  }),
  relationship({
    type: 'HAS_RELATIVE',
    kinship: true,
    description: 'A kinship a source states without the people in between ("her grandfather"); read through lineage.',
    from: ['Person'], to: ['Person'], words: 'relative of',
    properties: {
      kinship: { type: KINSHIP_TERM, required: true, description: 'What `to` is to `from`.' },
      generation: {
        type: 'int', min: -10, max: 10, computed: (stated) => KINSHIP_TERMS[stated.kinship as KinshipTermName]?.generation,
        description: 'Generations the relative is above the person (+1: a parent\'s generation).' },
      inverseKinship: {
        type: 'string', max: 100, computed: (stated) => KINSHIP_TERMS[stated.kinship as KinshipTermName]?.inverse,
        description: 'The term for the way back (grandfather: grandchild).' },
    },
  }),
  relationship({
    type: 'MEMBER_OF', description: 'A person in a family.', from: ['Person'], to: ['Family'], words: 'member of', jsonld: 'schema:memberOf',
    fields: [
      { on: 'Person', name: 'families', direction: 'out' },
      { on: 'Family', name: 'members', direction: 'in' },
    ],
  }),
  relationship({
    type: 'INSPIRED_BY', description: 'Someone a person looked up to.', from: ['Person'], to: ['Person'], words: 'inspired by',
    properties: { reason: { type: 'string', max: 2000, reads: '{value}' } },
    edge: {
      name: 'Inspiration', description: 'Someone a person looked up to, and why, in the source\'s words.',
      fromField: { name: 'person', description: 'Who was inspired.' },
      toField: { name: 'inspiration', description: 'Who inspired them.' },
    },
    fields: [
      { on: 'Person', name: 'inspiredBy', direction: 'out', edge: true, description: 'People this person looked up to.' },
      { on: 'Person', name: 'inspired', direction: 'in', edge: true, description: 'People who looked up to this person.' },
    ],
  }),
  relationship({
    type: 'ASPIRES_TO', description: 'A goal a person states.', from: ['Person'], to: ['Series', 'Race'], words: 'aims for',
    properties: {
      goal: { type: 'string', required: true, max: 500, reads: '{value}', description: 'The goal, in the source\'s words ("next step", "at least a podium").' },
    },
    edge: {
      name: 'Aspiration', description: 'A goal a person states: a series to reach, a result in a race.',
      fromField: { name: 'person' }, toField: { name: 'target' },
      toUnion: { name: 'AspirationTarget', description: 'What a person aims for: a series to move up to, or a race.' },
    },
    fields: [{ on: 'Person', name: 'aspirations', direction: 'out', edge: true, description: 'Goals: series to reach, results to get.' }],
  }),
  relationship({
    type: 'DROVE_FOR', description: 'A driver driving for a team.', from: ['Person'], to: ['Team'], words: 'drove for', jsonld: 'schema:memberOf',
    properties: { years: { ...YEAR, list: true, maxItems: 100, reads: '{list}' } },
    edge: {
      name: 'TeamStint', description: 'A driver driving for a team, with the years the sources give.',
      fromField: { name: 'person' }, toField: { name: 'team' },
    },
    fields: [
      { on: 'Person', name: 'teams', direction: 'out', edge: true, description: 'Teams driven for, with years.' },
      { on: 'Team', name: 'drivers', direction: 'in', edge: true, description: 'Drivers who drove for the team, with years.' },
    ],
  }),
  relationship({
    type: 'ENTERED_SEASON', description: "A person's entry in a season.", from: ['Person'], to: ['Season'], words: 'entered',
    properties: {
      team: TEAM_OF_ENTRY,
      ...ENTRY_PROPERTIES,
      participation: { type: PARTICIPATION, reads: '{words}' },
      racesStarted: { type: 'int', min: 0, max: 1000, reads: '{value} starts' },
      finalPosition: { ...POSITION, reads: 'finished {ordinal}', description: 'Final position in the standings.' },
      points: { type: 'float', min: 0, max: 100000, reads: '{value} points', description: 'Championship points at the end of the season.' },
    },
    edge: {
      name: 'SeasonEntry', description: "A person's entry in a season: team, class, vehicle and number, full- or part-time, races started, final position, points.",
      fromField: { name: 'person' }, toField: { name: 'season' },
    },
    fields: [
      { on: 'Person', name: 'seasons', direction: 'out', edge: true, description: 'Seasons entered, oldest first, with team, position and points.' },
      { on: 'Season', name: 'entries', direction: 'in', edge: true, description: 'Who entered the season, with team, final position and points.' },
    ],
  }),
  relationship({
    type: 'ENTERED_RACE',
    description: "A person's entry in a race: the result. People sharing one car or bike (endurance co-drivers, a rally crew, a sidecar) each have one, with the same `entry`.",
    from: ['Person'], to: ['Race'], words: 'raced in',
    properties: {
      team: TEAM_OF_ENTRY,
      ...ENTRY_PROPERTIES,
      entry: {
        type: 'string', max: 100, reads: 'entry {value}',
        description: 'Names the shared entry when several people share one car or bike: the same value on each of their entries in the race (e.g. the car number).',
      },
      crewRole: { type: CREW_ROLE, reads: 'as {words}', description: 'What the person did in a shared entry.' },
      startPosition: { ...POSITION, reads: 'started {ordinal}', description: 'Starting position (35 = started P35).' },
      pole: { type: 'boolean', reads: 'pole: {value}', description: 'True when the entry started from pole position; null when unstated.' },
      finishPosition: { ...POSITION, reads: 'finished {ordinal}', description: 'Finishing (classified) position (1 = won).' },
      status: { type: RESULT_STATUS, indexed: true, reads: '{words}', description: 'How the entry ended; null when the source does not say.' },
      laps: { type: 'int', min: 0, max: 10000, reads: '{value} laps', description: 'Laps completed.' },
      gap: {
        type: 'string', max: 50, reads: 'gap {value}',
        description: 'Margin to the winner, or the winner\'s margin of victory, as the source gives it ("+1.234s", "1 lap", "by 0.2s").',
      },
      fastestLap: { type: 'boolean', reads: 'fastest lap: {value}', description: 'True when the entry set the race\'s fastest lap; null when unstated.' },
      points: { type: 'float', min: 0, max: 100000, reads: '{value} points', description: 'Championship points scored in the race.' },
    },
    edge: {
      name: 'RaceEntry',
      description: "A person's entry in a race: team, class, vehicle, number, shared crew, start, finish, status, laps, gap, pole, fastest lap and points where the source gives them.",
      fromField: { name: 'person' }, toField: { name: 'race' },
    },
    fields: [
      { on: 'Person', name: 'races', direction: 'out', edge: true, description: 'Races entered, oldest first, with start and finish.' },
      { on: 'Race', name: 'entries', direction: 'in', edge: true, description: 'Who entered, with start and finish (the results).' },
    ],
  }),
  relationship({
    type: 'OF_SERIES', description: 'A season of a series.', from: ['Season'], to: ['Series'], words: 'season of', cardinality: 'many-to-one',
    jsonld: 'schema:superEvent',
    creationArgument: { name: 'seriesId', description: 'The series (required when creating).', requiredOnCreate: true },
    fields: [
      { on: 'Season', name: 'series', direction: 'out', nonNull: true },
      { on: 'Series', name: 'seasons', direction: 'in', description: 'Seasons, oldest first.' },
    ],
  }),
  relationship({
    type: 'PART_OF_SEASON', description: 'A race of a season.', from: ['Race'], to: ['Season'], words: 'race of', cardinality: 'many-to-one',
    jsonld: 'schema:superEvent',
    creationArgument: { name: 'seasonId', description: 'The season, where the race is part of one (a club race may be of none).', requiredOnCreate: false },
    fields: [
      { on: 'Race', name: 'season', direction: 'out' },
      { on: 'Season', name: 'races', direction: 'in', description: 'Races of the season the sources mention, in date order.' },
    ],
  }),
  relationship({
    type: 'HELD_AT', description: 'Where a race or meeting was held.', from: ['Race', 'Meeting'], to: ['Venue'], words: 'held at', cardinality: 'many-to-one',
    jsonld: 'schema:location',
    creationArgument: { name: 'venueId', description: 'The venue, where the source names it.', requiredOnCreate: false },
    fields: [
      { on: 'Race', name: 'venue', direction: 'out', description: 'Null when the source does not say where it was held.' },
      { on: 'Meeting', name: 'venue', direction: 'out', description: 'Null when the source does not say where it was held.' },
      { on: 'Venue', name: 'races', direction: 'in', neighbours: ['Race'], description: 'Races held here, in date order.' },
      { on: 'Venue', name: 'meetings', direction: 'in', neighbours: ['Meeting'], description: 'Meetings held here, in date order.' },
    ],
  }),
  relationship({
    type: 'PART_OF_MEETING', description: 'A race of a meeting (one per class, or the main race).', from: ['Race'], to: ['Meeting'], words: 'race of',
    cardinality: 'many-to-one', jsonld: 'schema:superEvent',
    fields: [
      { on: 'Race', name: 'meeting', direction: 'out', description: 'The meeting it was part of, where the source says.' },
      { on: 'Meeting', name: 'races', direction: 'in', description: 'The races of the meeting (one per class).' },
    ],
  }),
  relationship({
    type: 'FOR_CLASS', description: 'A class a race was run for (a multi-class race has several).', from: ['Race'], to: ['Class'], words: 'run for',
    fields: [
      { on: 'Race', name: 'classes', direction: 'out' },
      { on: 'Class', name: 'races', direction: 'in', description: 'Races run for this class.' },
    ],
  }),
  relationship({
    type: 'MADE_BY', description: 'The make of a vehicle: its manufacturer.', from: ['Vehicle'], to: ['Organization'], words: 'made by',
    cardinality: 'many-to-one', jsonld: 'schema:manufacturer',
    fields: [
      { on: 'Vehicle', name: 'manufacturer', direction: 'out', description: 'The make (an organization of kind MANUFACTURER).' },
      { on: 'Organization', name: 'vehicles', direction: 'in', description: 'Vehicles it makes.' },
    ],
  }),
  relationship({
    type: 'LOCATED_IN', description: 'A venue or place inside a larger place.', from: ['Venue', 'Place'], to: ['Place'], words: 'in',
    jsonld: 'schema:containedInPlace',
    fields: [
      { on: 'Place', name: 'partOf', direction: 'out', description: 'The larger places this one is in (North Carolina is in the United States).' },
      { on: 'Venue', name: 'location', direction: 'out' },
      { on: 'Place', name: 'places', direction: 'in', neighbours: ['Place'] },
      { on: 'Place', name: 'venues', direction: 'in', neighbours: ['Venue'] },
    ],
  }),
  relationship({
    type: 'HEADQUARTERED_IN', description: 'Where an organization or team is based.', from: ['Organization', 'Team'], to: ['Place'],
    words: 'based in', jsonld: 'schema:location',
    fields: [
      { on: 'Organization', name: 'headquarters', direction: 'out' },
      { on: 'Team', name: 'headquarters', direction: 'out' },
    ],
  }),
  relationship({
    type: 'SANCTIONED_BY', description: 'The body that sanctions a series.', from: ['Series'], to: ['Organization'], words: 'sanctioned by',
    fields: [
      { on: 'Series', name: 'sanctionedBy', direction: 'out' },
      { on: 'Organization', name: 'sanctions', direction: 'in', description: 'Series this organization sanctions.' },
    ],
  }),
  relationship({
    type: 'PART_OF', description: 'An organization within another (a programme of NASCAR).', from: ['Organization'], to: ['Organization'],
    words: 'part of', jsonld: 'schema:parentOrganization',
    fields: [
      { on: 'Organization', name: 'partOf', direction: 'out', description: 'Organizations this one is part of (a programme of NASCAR).' },
      { on: 'Organization', name: 'parts', direction: 'in', description: 'Programmes and divisions that are part of this one.' },
    ],
  }),
  relationship({
    type: 'HELD_ROLE',
    description: 'A role a person holds in an organization, team or series over time: owner, founder, director, employee (engineer, crew chief, spotter), programme member, ambassador, mentor, official.',
    from: ['Person'], to: ['Organization', 'Team', 'Series'], words: 'held a role at', jsonld: 'schema:memberOf',
    identifiedBy: ['role'],
    properties: {
      role: { type: ORGANIZATION_ROLE, required: true, indexed: true, reads: 'as {words}', description: 'The role.' },
      title: { type: 'string', max: 200, reads: '"{value}"', description: 'The title as the source gives it ("programme director").' },
      since: SINCE,
      until: UNTIL,
    },
    edge: {
      name: 'RoleHeld', description: 'A role a person holds in an organization, team or series, with its years where the source gives them.',
      fromField: { name: 'person' }, toField: { name: 'organization', description: 'The organization, team or series.' },
      toUnion: { name: 'RoleHolder', description: 'What a person holds a role in: an organization, a team or a series.' },
    },
    fields: [
      { on: 'Person', name: 'rolesHeld', direction: 'out', edge: true, description: 'Roles in organizations, teams and series, oldest first.' },
      { on: 'Organization', name: 'people', direction: 'in', edge: true, description: 'People with a role in it (owners, directors, members...).' },
      { on: 'Team', name: 'people', direction: 'in', edge: true, description: 'People with a role in the team (owners, engineers, crew chiefs...).' },
      { on: 'Series', name: 'people', direction: 'in', edge: true, description: 'People with a role in the series (officials, directors...).' },
    ],
  }),
  relationship({
    type: 'SPONSORED', description: 'A sponsor backing a person or team.', from: ['Organization', 'Person'], to: ['Person', 'Team'], words: 'sponsored',
    properties: { since: SINCE, until: UNTIL },
    edge: {
      name: 'Sponsorship', description: 'A sponsor backing a person or team, with years where the source gives them.',
      fromField: { name: 'sponsor', description: 'The organization or person sponsoring.' }, toField: { name: 'sponsored', description: 'The person or team.' },
      toUnion: { name: 'Sponsored', description: 'Who a sponsor backs: a person or a team.' },
    },
    fields: [
      { on: 'Person', name: 'sponsors', direction: 'in', edge: true, description: 'Sponsors backing this person.' },
      { on: 'Team', name: 'sponsors', direction: 'in', edge: true, description: 'Sponsors backing this team.' },
      { on: 'Organization', name: 'sponsored', direction: 'out', edge: true, description: 'People and teams it sponsors.' },
    ],
  }),
  relationship({
    type: 'MENTORED', description: 'A person mentoring or coaching another.', from: ['Person'], to: ['Person'], words: 'mentored',
    properties: { since: SINCE, until: UNTIL },
    edge: {
      name: 'Mentorship', description: 'A person mentoring or coaching another, with years where the source gives them.',
      fromField: { name: 'mentor' }, toField: { name: 'mentee' },
    },
    fields: [
      { on: 'Person', name: 'mentors', direction: 'in', edge: true, description: 'People who mentored this person.' },
      { on: 'Person', name: 'mentees', direction: 'out', edge: true, description: 'People this person mentored.' },
    ],
  }),
  relationship({
    type: 'RECEIVED', description: 'A person receiving an award or honour.', from: ['Person'], to: ['Award'], words: 'received', jsonld: 'schema:award',
    properties: {
      years: { ...YEAR, list: true, maxItems: 100, reads: 'in {list}', description: 'The years it was received, where the source gives them (an award received twice has two).' },
    },
    edge: {
      name: 'AwardReceived', description: 'An award or honour a person received, with the years where the source gives them.',
      fromField: { name: 'person' }, toField: { name: 'award' },
    },
    fields: [
      { on: 'Person', name: 'awards', direction: 'out', edge: true, description: 'Awards and honours received, oldest first.' },
      { on: 'Award', name: 'recipients', direction: 'in', edge: true, description: 'Who received it, with years.' },
    ],
  }),
  relationship({
    type: 'AWARDED_BY', description: 'The body that gives an award (a series\'s sanctioning body, a hall of fame).', from: ['Award'], to: ['Organization'],
    words: 'awarded by', cardinality: 'many-to-one',
    fields: [
      { on: 'Award', name: 'awardedBy', direction: 'out', description: 'The awarding body, where the source names it.' },
      { on: 'Organization', name: 'awards', direction: 'in', description: 'Awards it gives.' },
    ],
  }),
  relationship({
    type: 'BORN_IN', description: 'Where a person was born.', from: ['Person'], to: ['Place'], words: 'born in', cardinality: 'many-to-one',
    jsonld: 'schema:birthPlace',
    fields: [{ on: 'Person', name: 'birthPlace', direction: 'out', description: 'Where the source says they were born.' }],
  }),
  relationship({
    type: 'NOTICED_BY', description: 'A programme or organization that noticed (recruited) a person.', from: ['Person'], to: ['Organization'],
    words: 'noticed by',
    fields: [
      { on: 'Person', name: 'noticedBy', direction: 'out', description: 'Programmes or organizations that noticed (recruited) this person.' },
      { on: 'Organization', name: 'noticed', direction: 'in', description: 'People this programme noticed.' },
    ],
  }),
  relationship({
    type: 'ACHIEVED', description: 'A person credited with an achievement.', from: ['Person'], to: ['Achievement'], words: 'achieved',
    fields: [
      { on: 'Person', name: 'achievements', direction: 'out' },
      { on: 'Achievement', name: 'achievers', direction: 'in' },
    ],
  }),
  relationship({
    type: 'EXPERIENCED', description: 'A person in an event of their career.', from: ['Person'], to: ['Event'], words: 'experienced',
    fields: [
      { on: 'Person', name: 'events', direction: 'out' },
      { on: 'Event', name: 'people', direction: 'in' },
    ],
  }),
  relationship({
    type: 'STUDIED', description: 'A person who followed a course of study.', from: ['Person'], to: ['Education'], words: 'studied',
    fields: [
      { on: 'Person', name: 'education', direction: 'out' },
      { on: 'Education', name: 'students', direction: 'in' },
    ],
  }),
  happenedIn('AT_RACE', 'Race', 'at', 'race', 'achievements'),
  happenedIn('IN_SEASON', 'Season', 'in', 'season'),
  happenedIn('IN_SERIES', 'Series', 'in', 'series', 'achievements'),
  relationship({
    type: 'TO_PLACE', description: 'Where a move went to.', from: ['Event'], to: ['Place'], words: 'to', cardinality: 'many-to-one',
    fields: [{ on: 'Event', name: 'place', direction: 'out', description: 'Where a move went to.' }],
  }),
  relationship({
    type: 'PUBLISHED_BY', description: 'The publisher of a source (a seed file names it in its `source:` section).',
    from: ['Source'], to: ['Organization'], words: 'published by', cardinality: 'many-to-one', curated: false, jsonld: 'schema:publisher',
    fields: [
      { on: 'Source', name: 'publisher', direction: 'out' },
      { on: 'Organization', name: 'published', direction: 'in', description: 'Sources it published.' },
    ],
  }),
];

export const GRAPH_MODEL: GraphModel = {
  version: 3,
  enums: [
    GENDER, PERSON_ROLE, ORGANIZATION_KIND, PLACE_KIND, DISCIPLINE, RACE_STATUS, RESULT_STATUS, CREW_ROLE, PARTICIPATION, ORGANIZATION_ROLE,
    AWARD_KIND, ACHIEVEMENT_KIND, EVENT_KIND, SOURCE_KIND, SOURCE_STORAGE, KINSHIP_TERM,
  ],
  nodes: NODES,
  relationships: RELATIONSHIPS,
};
