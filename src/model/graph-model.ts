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
export const PERSON_ROLE = enumOf('PersonRole', 'What a person does, as the source states it.', [
  'driver', 'entrepreneur', 'speaker', 'influencer', 'team-owner', 'engineer', 'journalist',
]);
export const ORGANIZATION_KIND = enumOf('OrganizationKind', 'What an organization is.', [
  'sanctioning-body', 'company', 'programme', 'publisher', 'other',
]);
export const PLACE_KIND = enumOf('PlaceKind', 'What a place is.', ['country', 'state', 'province', 'region', 'city']);
export const RACE_STATUS = enumOf('RaceStatus', 'Whether a race had been run as of its source.', ['completed', 'scheduled']);
export const PARTICIPATION = enumOf('Participation', 'Full-time or part-time season entry.', ['full-time', 'part-time']);
export const ACHIEVEMENT_KIND = enumOf('AchievementKind', 'What kind of milestone an achievement is.', [
  'first', 'win', 'championship', 'career-best', 'last', 'milestone',
]);
export const EVENT_KIND = enumOf('EventKind', 'What kind of event in a career.', [
  'career-start', 'discipline', 'recognition', 'debut', 'move', 'incident', 'recovery', 'return',
]);
export const SOURCE_KIND = enumOf('SourceKind', 'What kind of document a source is.', ['interview', 'article', 'book', 'results-table', 'other']);
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

const named = (label: string, description: string, jsonld?: string[]): NodeDeclaration => ({
  label, description, nameProperty: 'name', inSeedFiles: true, curated: true, jsonld,
  properties: { name: NAME, description: DESCRIPTION },
});

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
      roles: { type: PERSON_ROLE, list: true, maxItems: 10, term: 'Roles' },
    },
  },
  named('Family', 'A family of racers (e.g. the Balcaen family).'),
  named('Team', 'A racing team (e.g. Rette Jones Racing).', ['schema:SportsTeam']),
  {
    ...named('Organization', 'A company, sanctioning body, programme or publisher.', ['schema:Organization']),
    properties: { name: NAME, description: DESCRIPTION, kind: { type: ORGANIZATION_KIND, required: true, term: 'Kind' } },
  },
  {
    ...named('Series', 'A racing series (e.g. ARCA Menards Series).', ['schema:EventSeries']),
    properties: {
      name: NAME,
      description: DESCRIPTION,
      formerNames: {
        type: 'string', list: true, max: 200, maxItems: 20, searchable: true, term: 'Former names',
        description: 'Names it had before (e.g. "NASCAR Whelen All American Series").',
      },
      aliases: {
        type: 'string', list: true, max: 200, maxItems: 20, searchable: true, jsonld: 'schema:alternateName', term: 'Also called',
        description: 'Other names sources use for it.',
      },
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
    },
  },
  {
    ...named('Race', 'One race of a season, run or scheduled as of its source.', ['schema:SportsEvent']),
    properties: {
      name: NAME,
      description: DESCRIPTION,
      year: { ...YEAR, required: true, indexed: true },
      date: { type: 'partialDate', jsonld: 'schema:startDate', term: 'Date', description: 'As precise as the source: "2023", "2023-02" or "2023-04-22".' },
      status: { type: RACE_STATUS, required: true, term: 'Status', description: 'COMPLETED, or SCHEDULED as of the source date.' },
      round: { type: 'int', min: 1, max: 200, term: 'Round', description: 'Round number in its season (1 = season opener).' },
    },
  },
  named('Venue', 'A track or other place races are held (e.g. Daytona International Speedway).', ['schema:Place']),
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
      count: { type: 'int', min: 0, max: 100000, term: 'Count', description: 'How many, for counted achievements (e.g. 56 track championships).' },
      description: DESCRIPTION,
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
      year: YEAR,
      date: { type: 'partialDate', jsonld: 'schema:startDate' },
      approximate: {
        type: 'boolean', default: false,
        description: 'True when the source gives the date only roughly ("about six years ago").',
      },
      age: { type: 'int', min: 0, max: 120, term: 'Age', description: "The person's age at the time, where the source gives it." },
      durationMonths: { type: 'int', min: 0, max: 1200, term: 'Months' },
      description: DESCRIPTION,
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
    },
  },
  {
    label: 'Source',
    description: 'A document facts come from, with its full text.',
    nameProperty: 'title',
    inSeedFiles: false,
    curated: false,
    jsonld: ['schema:CreativeWork'],
    properties: {
      title: { type: 'string', required: true, max: 500, jsonld: 'schema:name' },
      kind: { type: SOURCE_KIND, required: true, term: 'Kind' },
      published: {
        type: 'partialDate', required: true, jsonld: 'schema:datePublished', term: 'Published',
        description: 'Publication date, as precise as known ("2023").',
      },
      url: { type: 'url', max: 2000, jsonld: 'schema:url', term: 'Address' },
      text: {
        type: 'string', required: true, max: 1_000_000, jsonld: 'schema:text',
        description: 'The full stored text; every quote in the graph occurs in it.',
      },
    },
  },
];

type Relationship = Omit<RelationshipDeclaration, 'properties' | 'symmetric' | 'cardinality' | 'curated' | 'fields'>
  & Partial<Pick<RelationshipDeclaration, 'properties' | 'symmetric' | 'cardinality' | 'curated' | 'fields'>>;

/** The defaults: no properties, not symmetric, many-to-many, curated, no API fields. */
const relationship = (declaration: Relationship): RelationshipDeclaration => ({
  properties: {}, symmetric: false, cardinality: 'many-to-many', curated: true, fields: [], ...declaration,
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
      participation: { type: PARTICIPATION, reads: '{words}' },
      racesStarted: { type: 'int', min: 0, max: 1000, reads: '{value} starts' },
      finalPosition: { ...POSITION, reads: 'finished {ordinal}', description: 'Final position in the standings.' },
      points: { type: 'int', min: 0, max: 100000, reads: '{value} points', description: 'Championship points at the end of the season.' },
    },
    edge: {
      name: 'SeasonEntry', description: "A person's entry in a season: team, full- or part-time, races started, final position, points.",
      fromField: { name: 'person' }, toField: { name: 'season' },
    },
    fields: [
      { on: 'Person', name: 'seasons', direction: 'out', edge: true, description: 'Seasons entered, oldest first, with team, position and points.' },
      { on: 'Season', name: 'entries', direction: 'in', edge: true, description: 'Who entered the season, with team, final position and points.' },
    ],
  }),
  relationship({
    type: 'ENTERED_RACE', description: "A person's entry in a race: the result.", from: ['Person'], to: ['Race'], words: 'raced in',
    properties: {
      team: TEAM_OF_ENTRY,
      startPosition: { ...POSITION, reads: 'started {ordinal}', description: 'Starting position (35 = started P35).' },
      finishPosition: { ...POSITION, reads: 'finished {ordinal}', description: 'Finishing position (1 = won).' },
      note: { type: 'string', max: 500, reads: '{value}', description: 'What the source says of the result when it gives no position.' },
    },
    edge: {
      name: 'RaceEntry', description: "A person's entry in a race: team, start and finish where the source gives them.",
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
    creationArgument: { name: 'seasonId', description: 'The season (required when creating).', requiredOnCreate: true },
    fields: [
      { on: 'Race', name: 'season', direction: 'out' },
      { on: 'Season', name: 'races', direction: 'in', description: 'Races of the season the sources mention, in date order.' },
    ],
  }),
  relationship({
    type: 'HELD_AT', description: 'Where a race was held.', from: ['Race'], to: ['Venue'], words: 'held at', cardinality: 'many-to-one',
    jsonld: 'schema:location',
    creationArgument: { name: 'venueId', description: 'The venue, where the source names it.', requiredOnCreate: false },
    fields: [
      { on: 'Race', name: 'venue', direction: 'out', description: 'Null when the source does not say where it was held.' },
      { on: 'Venue', name: 'races', direction: 'in', description: 'Races held here, in date order.' },
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
    type: 'OWNS', description: 'A person owning a company.', from: ['Person'], to: ['Organization'], words: 'owns',
    fields: [
      { on: 'Person', name: 'owns', direction: 'out', description: 'Companies this person owns.' },
      { on: 'Organization', name: 'owners', direction: 'in', description: 'People who own it (for companies).' },
    ],
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
  version: 1,
  enums: [GENDER, PERSON_ROLE, ORGANIZATION_KIND, PLACE_KIND, RACE_STATUS, PARTICIPATION, ACHIEVEMENT_KIND, EVENT_KIND, SOURCE_KIND, KINSHIP_TERM],
  nodes: NODES,
  relationships: RELATIONSHIPS,
};
