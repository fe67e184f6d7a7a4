/**
 * Curation of what the racing model adds, through the derived mutations: meetings with one race per
 * class, classes, vehicles with their make, awards with their awarding body, a race without a year,
 * results of a shared entry, roles held (two at one team), awards received. Bad values are
 * BAD_USER_INPUT (or a GraphQL validation error for an enum) naming the field, and nothing is written.
 * Data: an invented source added here, and the invented Island Races fixture (for a race without a
 * year, tests/fixtures/racing/); every id begins with test-.
 */
import { testToken, useTestApi } from '../support/api';
import { ADD_SOURCE, asEditor } from '../support/curation';
import { loadSeedFiles } from '../../src/seed/load-seed';
import { graphSnapshot, testNeo4j } from '../support/neo4j';
import { racingFixture } from '../support/racing-fixtures';

const SOURCE = {
  id: 'test-fixture-racing-curation',
  title: 'Test fixture for curating the racing model',
  kind: 'OTHER',
  publisherId: 'females-in-motorsport',
  text: [
    'TEST FIXTURE: invented for the test suite; not a real source.',
    'The Valley Races 2023 were a motorcycle meeting at Valley Park with a Junior race and a Senior race.',
    'Both races were rounds of the 2023 Valley Championship.',
    'Vera Valley won the Junior race on a Falcon 300 built by Falcon Motors, and shared the Senior race bike number 9 with Tom Twin, finishing fifth.',
    'Vera Valley raced in a club race at Valley Park in her first season, a year the source does not give.',
    'Vera Valley owns Valley Racing and has been its team manager since 2021.',
    'She was named Junior Rookie of the Year by the Valley Motor Club in 2023.',
  ].join('\n\n'),
};
const QUOTES = {
  meeting: 'The Valley Races 2023 were a motorcycle meeting at Valley Park with a Junior race and a Senior race.',
  season: 'Both races were rounds of the 2023 Valley Championship.',
  junior: 'Vera Valley won the Junior race on a Falcon 300 built by Falcon Motors',
  senior: 'shared the Senior race bike number 9 with Tom Twin, finishing fifth.',
  clubRace: 'Vera Valley raced in a club race at Valley Park in her first season, a year the source does not give.',
  team: 'Vera Valley owns Valley Racing and has been its team manager since 2021.',
  award: 'She was named Junior Rookie of the Year by the Valley Motor Club in 2023.',
};
const cite = (quote: string) => ({ sourceId: SOURCE.id, quote });

const api = useTestApi();
const edit = (query: string, variables: Record<string, unknown>) => asEditor(api(), query, variables);
const read = async (query: string) => {
  const response = await api().query(query);
  expect(response.errors).toBeUndefined();
  return response.data as any;
};
/** Runs `mutation createX(id, input, citation)` and returns its result. */
const create = async (label: string, id: string, input: Record<string, unknown>, quote: string, selection = 'id') =>
  (await edit(`mutation($id: ID!, $input: ${label}Input!, $c: CitationInput!) { create${label}(id: $id, input: $input, citation: $c) { ${selection} } }`,
    { id, input, c: cite(quote) }))[`create${label}`];
const ADD = `mutation($input: RelationshipInput!, $c: CitationInput!) { addRelationship(input: $input, citation: $c) { type from { id } to { id } } }`;
const add = (input: Record<string, unknown>, quote: string) => edit(ADD, { input, c: cite(quote) });

beforeAll(async () => {
  await asEditor(api(), ADD_SOURCE, { input: SOURCE });
  const neo4j = await testNeo4j();
  try {
    await loadSeedFiles(neo4j.db, [racingFixture('test-fixture-island-races')]);
  } finally {
    await neo4j.close();
  }
});

describe('curating the racing model, in order', () => {
  test('createVenue, createMeeting (with its venue), createClass: the meeting reads back with year, disciplines and venue', async () => {
    await create('Venue', 'test-valley-park', { name: 'Valley Park' }, QUOTES.meeting);
    const meeting = await create('Meeting', 'test-valley-races-2023', {
      name: 'Valley Races 2023', year: 2023, disciplines: ['MOTORCYCLE_ROAD_RACING'], venueId: 'test-valley-park',
    }, QUOTES.meeting, 'name year disciplines venue { id } earliestYear latestYear');
    expect(meeting).toEqual({
      name: 'Valley Races 2023', year: 2023, disciplines: ['MOTORCYCLE_ROAD_RACING'], venue: { id: 'test-valley-park' }, earliestYear: 2023, latestYear: 2023,
    });
    for (const [id, name] of [['test-class-junior', 'Junior'], ['test-class-senior', 'Senior']]) {
      expect(await create('Class', id, { name, disciplines: ['MOTORCYCLE_ROAD_RACING'] }, QUOTES.meeting, 'name disciplines'))
        .toEqual({ name, disciplines: ['MOTORCYCLE_ROAD_RACING'] });
    }
  });

  test('createVehicle with MADE_BY a manufacturer; createAward with AWARDED_BY a club', async () => {
    await create('Organization', 'test-falcon-motors', { name: 'Falcon Motors', kind: 'MANUFACTURER' }, QUOTES.junior);
    expect(await create('Vehicle', 'test-vehicle-falcon-300', { name: 'Falcon 300', model: '300' }, QUOTES.junior, 'name model'))
      .toEqual({ name: 'Falcon 300', model: '300' });
    await add({ type: 'MADE_BY', from: 'test-vehicle-falcon-300', to: 'test-falcon-motors' }, QUOTES.junior);
    await create('Organization', 'test-valley-motor-club', { name: 'Valley Motor Club', kind: 'CLUB' }, QUOTES.award);
    expect(await create('Award', 'test-award-junior-rookie', { name: 'Junior Rookie of the Year', kind: 'ROOKIE_OF_THE_YEAR' }, QUOTES.award, 'name kind'))
      .toEqual({ name: 'Junior Rookie of the Year', kind: 'ROOKIE_OF_THE_YEAR' });
    await add({ type: 'AWARDED_BY', from: 'test-award-junior-rookie', to: 'test-valley-motor-club' }, QUOTES.award);
    const { vehicle, award } = await read(`{
      vehicle: node(id: "test-vehicle-falcon-300") { ... on Vehicle { manufacturer { id kind } } }
      award: node(id: "test-award-junior-rookie") { ... on Award { awardedBy { id } } }
    }`);
    expect({ vehicle, award }).toEqual({
      vehicle: { manufacturer: { id: 'test-falcon-motors', kind: 'MANUFACTURER' } },
      award: { awardedBy: { id: 'test-valley-motor-club' } },
    });
  });

  test('createRace for each class of the meeting (rounds of a season): PART_OF_MEETING and FOR_CLASS', async () => {
    await create('Series', 'test-valley-championship', { name: 'Valley Championship', disciplines: ['MOTORCYCLE_ROAD_RACING'] }, QUOTES.season);
    await create('Season', 'test-valley-championship-2023', { name: '2023 Valley Championship', year: 2023, seriesId: 'test-valley-championship' }, QUOTES.season);
    for (const [race, klass] of [['test-valley-races-2023-junior', 'test-class-junior'], ['test-valley-races-2023-senior', 'test-class-senior']]) {
      await create('Race', race, {
        name: `Valley Races 2023 ${klass.slice(11)} race`, year: 2023, status: 'COMPLETED', disciplines: ['MOTORCYCLE_ROAD_RACING'],
        seasonId: 'test-valley-championship-2023',
      }, QUOTES.season);
      await add({ type: 'PART_OF_MEETING', from: race, to: 'test-valley-races-2023' }, QUOTES.meeting);
      await add({ type: 'FOR_CLASS', from: race, to: klass }, QUOTES.meeting);
    }
    const { meeting } = await read('{ meeting: node(id: "test-valley-races-2023") { ... on Meeting { races { id meeting { id } classes { id } } } } }');
    expect(meeting.races).toEqual(expect.arrayContaining([
      { id: 'test-valley-races-2023-junior', meeting: { id: 'test-valley-races-2023' }, classes: [{ id: 'test-class-junior' }] },
      { id: 'test-valley-races-2023-senior', meeting: { id: 'test-valley-races-2023' }, classes: [{ id: 'test-class-senior' }] },
    ]));
    expect(meeting.races).toHaveLength(2);
  });

  test('updateRace of a race with a year (and so derived years): the date is added, the years stay', async () => {
    const { updateRace } = await edit(`mutation($c: CitationInput!) {
      updateRace(id: "test-valley-races-2023-junior", input: { date: "2023-06" }, citation: $c) { year date earliestYear latestYear }
    }`, { c: cite(QUOTES.season) });
    expect(updateRace).toEqual({ year: 2023, date: '2023-06', earliestYear: 2023, latestYear: 2023 });
  });

  // A race is part of a season only where one is stated (PART_OF_SEASON's seasonId is optional).
  test('createRace without a season: a club race with no known year, only the date as stated', async () => {
    const race = await create('Race', 'test-valley-club-race', {
      name: 'Club race at Valley Park', status: 'COMPLETED', dateAsStated: 'in her first season', venueId: 'test-valley-park',
    }, QUOTES.clubRace, 'year date dateAsStated earliestYear latestYear venue { id }');
    expect(race).toEqual({ year: null, date: null, dateAsStated: 'in her first season', earliestYear: null, latestYear: null, venue: { id: 'test-valley-park' } });
  });

  test('updateRace of a race without a year (from the Island Races fixture): the change is stored, the year and derived years stay null', async () => {
    const { updateRace } = await edit(`mutation($c: CitationInput!) {
      updateRace(id: "test-harbour-club-race", input: { venueId: "test-harbour-circuit", description: "A club race at the harbour" }, citation: $c) {
        year date dateAsStated earliestYear latestYear venue { id } description
      }
    }`, { c: { sourceId: 'test-fixture-island-races', quote: 'In her first season Rosa Quick finished third in a club race at the harbour.' } });
    expect(updateRace).toEqual({
      year: null, date: null, dateAsStated: 'in her first season', earliestYear: null, latestYear: null,
      venue: { id: 'test-harbour-circuit' }, description: 'A club race at the harbour',
    });
  });

  test('race results: a win on a vehicle in a class; a shared entry with crew roles; the race reads its entries', async () => {
    await create('Person', 'test-vera-valley', { name: 'Vera Valley', roles: ['RIDER', 'TEAM_OWNER', 'TEAM_MANAGER'] }, QUOTES.junior);
    await create('Person', 'test-tom-twin', { name: 'Tom Twin', roles: ['PASSENGER'] }, QUOTES.senior);
    await add({
      type: 'ENTERED_RACE', from: 'test-vera-valley', to: 'test-valley-races-2023-junior',
      finishPosition: 1, status: 'FINISHED', class: 'test-class-junior', vehicle: 'test-vehicle-falcon-300', points: 25.5,
    }, QUOTES.junior);
    for (const [person, crewRole] of [['test-vera-valley', 'RIDER'], ['test-tom-twin', 'PASSENGER']]) {
      await add({ type: 'ENTERED_RACE', from: person, to: 'test-valley-races-2023-senior', entry: '9', number: '9', crewRole, finishPosition: 5 }, QUOTES.senior);
    }
    const { junior, senior } = await read(`{
      junior: race(id: "test-valley-races-2023-junior") { entries { person { id } finishPosition status points class { id } vehicle { id } } }
      senior: race(id: "test-valley-races-2023-senior") { entries { person { id } entry number crewRole finishPosition } }
    }`);
    expect(junior.entries).toEqual([{
      person: { id: 'test-vera-valley' }, finishPosition: 1, status: 'FINISHED', points: 25.5, class: { id: 'test-class-junior' }, vehicle: { id: 'test-vehicle-falcon-300' },
    }]);
    expect(senior.entries).toEqual(expect.arrayContaining([
      { person: { id: 'test-vera-valley' }, entry: '9', number: '9', crewRole: 'RIDER', finishPosition: 5 },
      { person: { id: 'test-tom-twin' }, entry: '9', number: '9', crewRole: 'PASSENGER', finishPosition: 5 },
    ]));
    expect(senior.entries).toHaveLength(2);
  });

  test('HELD_ROLE twice at one team, with different roles and years: two roles, both read back', async () => {
    await create('Team', 'test-valley-racing', { name: 'Valley Racing' }, QUOTES.team);
    await add({ type: 'HELD_ROLE', from: 'test-vera-valley', to: 'test-valley-racing', role: 'OWNER' }, QUOTES.team);
    await add({ type: 'HELD_ROLE', from: 'test-vera-valley', to: 'test-valley-racing', role: 'MANAGER', title: 'team manager', since: 2021 }, QUOTES.team);
    const { person } = await read('{ person(id: "test-vera-valley") { rolesHeld { organization { ... on Team { id } } role title since until } } }');
    expect(person.rolesHeld).toEqual(expect.arrayContaining([
      { organization: { id: 'test-valley-racing' }, role: 'OWNER', title: null, since: null, until: null },
      { organization: { id: 'test-valley-racing' }, role: 'MANAGER', title: 'team manager', since: 2021, until: null },
    ]));
    expect(person.rolesHeld).toHaveLength(2);
  });

  test('RECEIVED with years: the award lists its recipient, the person the award', async () => {
    await add({ type: 'RECEIVED', from: 'test-vera-valley', to: 'test-award-junior-rookie', years: [2023] }, QUOTES.award);
    const { person, award } = await read(`{
      person(id: "test-vera-valley") { awards { award { id } years } }
      award: node(id: "test-award-junior-rookie") { ... on Award { recipients { person { id } years } } }
    }`);
    expect(person.awards).toEqual([{ award: { id: 'test-award-junior-rookie' }, years: [2023] }]);
    expect(award.recipients).toEqual([{ person: { id: 'test-vera-valley' }, years: [2023] }]);
  });
});

describe('invalid values of the racing model are refused, naming the field, and nothing is written', () => {
  const mutation = (query: string, variables: Record<string, unknown>) => ({ query, variables });
  const relationship = (input: Record<string, unknown>, quote = QUOTES.team) => mutation(ADD, { input, c: cite(quote) });
  const race = (input: Record<string, unknown>) => mutation(
    'mutation($input: RaceInput!, $c: CitationInput!) { createRace(id: "test-bad-race", input: $input, citation: $c) { id } }',
    { input: { name: 'Bad race', status: 'COMPLETED', seasonId: 'test-valley-championship-2023', ...input }, c: cite(QUOTES.clubRace) },
  );
  const cases: { name: string; code: string; message: RegExp; request: { query: string; variables: Record<string, unknown> } }[] = [
    {
      name: 'an unknown role', code: 'BAD_USER_INPUT', message: /"BOSS".*OrganizationRole/,
      request: relationship({ type: 'HELD_ROLE', from: 'test-vera-valley', to: 'test-valley-racing', role: 'BOSS' }),
    },
    {
      name: 'HELD_ROLE without a role', code: 'BAD_USER_INPUT', message: /"input\.role"/,
      request: relationship({ type: 'HELD_ROLE', from: 'test-vera-valley', to: 'test-valley-racing', since: 2021 }),
    },
    {
      name: 'HELD_ROLE until before the first year of the model', code: 'BAD_USER_INPUT', message: /until must not be less than 1880/,
      request: relationship({ type: 'HELD_ROLE', from: 'test-vera-valley', to: 'test-valley-racing', role: 'OWNER', until: 1700 }),
    },
    {
      name: 'HELD_ROLE to a person', code: 'BAD_USER_INPUT', message: /"input\.to" is a Person; HELD_ROLE ends at Organization or Team or Series/,
      request: relationship({ type: 'HELD_ROLE', from: 'test-vera-valley', to: 'test-tom-twin', role: 'OWNER' }),
    },
    {
      name: 'RECEIVED of a team', code: 'BAD_USER_INPUT', message: /"input\.to" is a Team; RECEIVED ends at Award/,
      request: relationship({ type: 'RECEIVED', from: 'test-vera-valley', to: 'test-valley-racing', years: [2023] }, QUOTES.award),
    },
    {
      name: 'ENTERED_RACE with a class that is a vehicle', code: 'BAD_USER_INPUT', message: /"input\.class" names no Class/,
      request: relationship({ type: 'ENTERED_RACE', from: 'test-tom-twin', to: 'test-valley-races-2023-junior', class: 'test-vehicle-falcon-300' }, QUOTES.junior),
    },
    {
      name: 'ENTERED_RACE with a status not in the enum', code: 'BAD_USER_INPUT', message: /"CRASHED".*ResultStatus/,
      request: relationship({ type: 'ENTERED_RACE', from: 'test-tom-twin', to: 'test-valley-races-2023-junior', status: 'CRASHED' }, QUOTES.junior),
    },
    {
      name: 'FOR_CLASS to a meeting', code: 'BAD_USER_INPUT', message: /"input\.to" is a Meeting; FOR_CLASS ends at Class/,
      request: relationship({ type: 'FOR_CLASS', from: 'test-valley-races-2023-junior', to: 'test-valley-races-2023' }, QUOTES.meeting),
    },
    {
      name: 'a property PART_OF_MEETING does not take', code: 'BAD_USER_INPUT', message: /"input\.role" is not a property of PART_OF_MEETING/,
      request: relationship({ type: 'PART_OF_MEETING', from: 'test-harbour-club-race', to: 'test-valley-races-2023', role: 'OWNER' }, QUOTES.meeting),
    },
    { name: 'offsetYears out of range', code: 'BAD_USER_INPUT', message: /offsetYears must not be greater than 150/, request: race({ relativeTo: 'test-vera-valley', offsetYears: 151 }) },
    { name: 'offsetYears without relativeTo', code: 'BAD_USER_INPUT', message: /"input\.relativeTo" offsetYears is given without relativeTo/, request: race({ offsetYears: 2 }) },
    { name: 'a date outside its year', code: 'BAD_USER_INPUT', message: /"input\.date" date "2022-05" is not in year 2023/, request: race({ year: 2023, date: '2022-05' }) },
    {
      name: 'a meeting discipline not in the enum', code: 'BAD_USER_INPUT', message: /"SKIING".*Discipline/,
      request: mutation('mutation($c: CitationInput!) { updateMeeting(id: "test-valley-races-2023", input: { disciplines: [SKIING] }, citation: $c) { id } }', { c: cite(QUOTES.meeting) }),
    },
    {
      name: 'updateRace to a date outside the stored year', code: 'BAD_USER_INPUT', message: /"input\.date" date "2019" is not in year 2023/,
      request: mutation('mutation($c: CitationInput!) { updateRace(id: "test-valley-races-2023-junior", input: { date: "2019" }, citation: $c) { id } }', { c: cite(QUOTES.junior) }),
    },
  ];

  test.each(cases)('$name → $code naming it; nothing written', async ({ code, message, request }) => {
    const neo4j = await testNeo4j();
    try {
      const before = await graphSnapshot(neo4j.db);
      const response = await api().query(request.query, request.variables, testToken('editor'));
      expect(response.errors).toHaveLength(1);
      expect(response.errors?.[0].extensions?.code).toBe(code);
      expect(response.errors?.[0].message).toMatch(message);
      expect(await graphSnapshot(neo4j.db)).toEqual(before);
    } finally {
      await neo4j.close();
    }
  });

  // A node's reference property must name a node of a label it allows, as in seed files.
  test('relativeTo a team → BAD_USER_INPUT naming input.relativeTo; nothing written', async () => {
    const neo4j = await testNeo4j();
    try {
      const before = await graphSnapshot(neo4j.db);
      const response = await api().query(
        'mutation($input: RaceInput!, $c: CitationInput!) { createRace(id: "test-bad-race", input: $input, citation: $c) { id } }',
        { input: { name: 'Bad race', status: 'COMPLETED', seasonId: 'test-valley-championship-2023', relativeTo: 'test-valley-racing', offsetYears: 2 }, c: cite(QUOTES.clubRace) },
        testToken('editor'),
      );
      expect(response.errors?.[0].message).toMatch(/"input\.relativeTo"/);
      expect(await graphSnapshot(neo4j.db)).toEqual(before);
    } finally {
      await neo4j.close();
    }
  });
});

describe('derived years follow a curated change along a chain of relative dates', () => {
  test('a race "at 14" and one two years after it get their years when the person\'s birth is curated', async () => {
    const years = 'earliestYear latestYear';
    await create('Person', 'test-ida-early', { name: 'Ida Early' }, QUOTES.clubRace);
    expect(await create('Race', 'test-ida-early-first-race', {
      name: 'Ida Early\'s first race', status: 'COMPLETED', dateAsStated: 'at 14', relativeTo: 'test-ida-early', offsetYears: 14,
    }, QUOTES.clubRace, years)).toEqual({ earliestYear: null, latestYear: null });
    expect(await create('Race', 'test-ida-early-second-race', {
      name: 'Ida Early\'s race two years later', status: 'COMPLETED', dateAsStated: 'two years later', relativeTo: 'test-ida-early-first-race', offsetYears: 2,
    }, QUOTES.clubRace, years)).toEqual({ earliestYear: null, latestYear: null });

    await edit('mutation($c: CitationInput!) { updatePerson(id: "test-ida-early", input: { born: "1980" }, citation: $c) { id } }', { c: cite(QUOTES.clubRace) });
    const data = await read(`{
      first: race(id: "test-ida-early-first-race") { ${years} }
      second: race(id: "test-ida-early-second-race") { ${years} }
    }`);
    // An age spans two calendar years: born 1980, at 14 is 1994 or 1995; two years later, 1996 or 1997.
    expect(data).toEqual({ first: { earliestYear: 1994, latestYear: 1995 }, second: { earliestYear: 1996, latestYear: 1997 } });
  });
});
