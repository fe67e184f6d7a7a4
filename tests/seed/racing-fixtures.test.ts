/**
 * The invented racing fixtures (tests/fixtures/racing/) are valid seed files and load into the
 * graph as the model means them: a meeting with one race per class, a race without a year, shared
 * entries of an endurance car, a rally crew and a sidecar, roles held over time and an award with its
 * awarding body. Loaded alone into an emptied graph, which is emptied again afterwards (the files
 * after this one start from the graph they need, as useTestDatabase does).
 */
import { loadSeedFiles, validateSeedFiles } from '../../src/seed/load-seed';
import { Neo4jServer } from '../../src/db/neo4j-server';
import { SeedError } from '../../src/seed/seed-file';
import { emptyGraph, graphSnapshot, testNeo4j } from '../support/neo4j';
import { RACING_FIXTURES, racingFixtureWith } from '../support/racing-fixtures';

let neo4j: Neo4jServer | undefined;
const db = () => neo4j!.db;
const read = (query: string, params: Record<string, unknown> = {}) => db().read(query, params);

beforeAll(async () => {
  neo4j = await testNeo4j();
  await emptyGraph(neo4j.db);
  await loadSeedFiles(neo4j.db, RACING_FIXTURES);
});
afterAll(async () => {
  if (neo4j) await emptyGraph(neo4j.db);
  await neo4j?.close();
});

test('there are four fixtures and each validates', async () => {
  expect(RACING_FIXTURES.map((file) => file.split('/').pop())).toEqual([
    'test-fixture-forest-rally.yaml', 'test-fixture-island-races.yaml', 'test-fixture-six-hours.yaml', 'test-fixture-team-boss.yaml',
  ]);
  const parsed = await validateSeedFiles(db(), RACING_FIXTURES);
  expect(parsed.map((seed) => seed.data.source.id)).toEqual([
    'test-fixture-forest-rally', 'test-fixture-island-races', 'test-fixture-six-hours', 'test-fixture-team-boss',
  ]);
});

test('loading them again changes nothing', async () => {
  const summaries = await loadSeedFiles(db(), RACING_FIXTURES);
  expect(summaries.map((summary) => summary.written)).toEqual([false, false, false, false]);
});

test('a copy whose crew disagree on their result is refused, naming the race, the entry and the property, and nothing is written', async () => {
  const before = await graphSnapshot(db());
  const file = racingFixtureWith('test-fixture-forest-rally', 'crewRole: co-driver\n    finishPosition: 3', 'crewRole: co-driver\n    finishPosition: 2');
  const error = await loadSeedFiles(db(), [file]).then(() => undefined, (thrown: unknown) => thrown);
  expect(error).toBeInstanceOf(SeedError);
  expect((error as SeedError).message).toMatch(
    /test-fixture-forest-rally\.yaml: relationships\[1\]\.finishPosition \(line \d+\): entry "7" in Race "test-forest-rally-2022" \(ENTERED_RACE\): finishPosition is 2 here but 3/,
  );
  expect(await graphSnapshot(db())).toEqual(before);
});

test('the meeting has three races, each for its own class, held at the harbour circuit', async () => {
  const rows = await read(`
    MATCH (meeting:Meeting {id: 'test-island-races-2019'})-[:HELD_AT]->(venue:Venue)
    MATCH (race:Race)-[:PART_OF_MEETING]->(meeting)
    MATCH (race)-[:FOR_CLASS]->(class:Class)
    RETURN meeting.year AS year, meeting.disciplines AS disciplines, venue.id AS venue,
           count(DISTINCT race) AS races, count(DISTINCT class) AS classes, collect(race.id + ' ' + class.id) AS pairs`);
  expect(rows).toHaveLength(1);
  const [row] = rows;
  expect(row).toMatchObject({ year: 2019, disciplines: ['motorcycle-road-racing'], venue: 'test-harbour-circuit', races: 3, classes: 3 });
  expect([...(row.pairs as string[])].sort()).toEqual([
    'test-island-races-2019-sidecar test-class-sidecar',
    'test-island-races-2019-superbike test-class-superbike',
    'test-island-races-2019-supersport test-class-supersport',
  ]);
});

test('the meeting\'s results: a win from pole with the fastest lap, a retirement', async () => {
  const [win] = await read(`
    MATCH (:Person {id: 'test-rosa-quick'})-[entry:ENTERED_RACE]->(:Race {id: 'test-island-races-2019-supersport'})
    RETURN entry.finishPosition AS finish, entry.pole AS pole, entry.fastestLap AS fastestLap, entry.gap AS gap`);
  expect(win).toEqual({ finish: 1, pole: true, fastestLap: true, gap: 'by 2.1s' });
  const [retired] = await read(`
    MATCH (:Person {id: 'test-rosa-quick'})-[entry:ENTERED_RACE]->(:Race {id: 'test-island-races-2019-superbike'})
    RETURN entry.status AS status, entry.laps AS laps, entry.finishPosition AS finish`);
  expect(retired).toEqual({ status: 'dnf', laps: 3, finish: null });
});

test('the race without a known year exists, with year null and the date as stated', async () => {
  const rows = await read(`
    MATCH (race:Race {id: 'test-harbour-club-race'})<-[entry:ENTERED_RACE]-(:Person {id: 'test-rosa-quick'})
    RETURN race.year AS year, race.date AS date, race.dateAsStated AS asStated, race.status AS status, entry.finishPosition AS finish`);
  expect(rows).toEqual([{ year: null, date: null, asStated: 'in her first season', status: 'completed', finish: 3 }]);
});

test('the endurance entry: three drivers share entry 22, with its class, vehicle, status and laps', async () => {
  const rows = await read(`
    MATCH (person:Person)-[entry:ENTERED_RACE]->(:Race {id: 'test-six-hours-2021'})
    RETURN person.id AS person, entry.entry AS entry, entry.number AS number, entry.crewRole AS crewRole, entry.class AS class,
           entry.vehicle AS vehicle, entry.status AS status, entry.laps AS laps
    ORDER BY person`);
  const shared = { entry: '22', number: '22', crewRole: 'driver', class: 'test-class-prototype', vehicle: 'test-vehicle-arrow-p2', status: 'dnf', laps: 140 };
  expect(rows).toEqual(['test-ada-long', 'test-bea-long', 'test-cy-long'].map((person) => ({ person, ...shared })));
  const [vehicle] = await read(`
    MATCH (vehicle:Vehicle {id: 'test-vehicle-arrow-p2'})-[:MADE_BY]->(make:Organization)
    MATCH (:Race {id: 'test-six-hours-2021'})-[:FOR_CLASS]->(class:Class)
    RETURN vehicle.model AS model, make.id AS make, make.kind AS kind, collect(class.id) AS classes`);
  expect(vehicle).toEqual({ model: 'P2', make: 'test-arrow-cars', kind: 'manufacturer', classes: ['test-class-prototype'] });
});

test('crews: a rally driver and co-driver, a sidecar rider and passenger, each sharing one entry and its result', async () => {
  const rows = await read(`
    MATCH (person:Person)-[entry:ENTERED_RACE]->(race:Race)
    WHERE race.id IN ['test-forest-rally-2022', 'test-island-races-2019-sidecar']
    RETURN race.id AS race, person.id AS person, entry.entry AS entry, entry.crewRole AS crewRole, entry.finishPosition AS finish
    ORDER BY race, person`);
  expect(rows).toEqual([
    { race: 'test-forest-rally-2022', person: 'test-lena-notes', entry: '7', crewRole: 'co-driver', finish: 3 },
    { race: 'test-forest-rally-2022', person: 'test-nora-gravel', entry: '7', crewRole: 'driver', finish: 3 },
    { race: 'test-island-races-2019-sidecar', person: 'test-ida-side', entry: '4', crewRole: 'passenger', finish: 2 },
    { race: 'test-island-races-2019-sidecar', person: 'test-rosa-quick', entry: '4', crewRole: 'rider', finish: 2 },
  ]);
  const [lena] = await read("MATCH (p:Person {id: 'test-lena-notes'}) RETURN p.roles AS roles");
  expect(lena.roles).toEqual(['co-driver']);
});

test('maria\'s names, and the roles she held: owner of her old team, then programme director', async () => {
  const [maria] = await read(`
    MATCH (p:Person {id: 'test-maria-boss'})
    RETURN p.born AS born, p.birthName AS birthName, p.nicknames AS nicknames, p.roles AS roles`);
  expect(maria).toEqual({ born: '1975', birthName: 'Maria Small', nicknames: ['The Boss'], roles: ['driver', 'team-owner'] });
  const roles = await read(`
    MATCH (:Person {id: 'test-maria-boss'})-[role:HELD_ROLE]->(holder)
    RETURN holder.id AS at, role.role AS role, role.title AS title, role.since AS since, role.until AS until
    ORDER BY since`);
  expect(roles).toEqual([
    { at: 'test-team-sparrow', role: 'owner', title: null, since: 2003, until: 2012 },
    { at: 'test-young-drivers-programme', role: 'director', title: 'programme director', since: 2013, until: null },
  ]);
  const [stint] = await read("MATCH (:Person {id: 'test-maria-boss'})-[d:DROVE_FOR]->(:Team {id: 'test-team-sparrow'}) RETURN d.years AS years");
  expect(stint.years).toEqual([1995, 1996, 1997, 1998, 1999]);
});

test('maria\'s award, with the years received and its awarding body', async () => {
  const rows = await read(`
    MATCH (:Person {id: 'test-maria-boss'})-[received:RECEIVED]->(award:Award)-[:AWARDED_BY]->(body:Organization)
    RETURN award.id AS award, award.kind AS kind, received.years AS years, body.id AS body, body.kind AS bodyKind`);
  expect(rows).toEqual([{ award: 'test-award-rookie', kind: 'rookie-of-the-year', years: [1995], body: 'test-racing-club', bodyKind: 'club' }]);
});

test('the event dated by age keeps the words and the anchor as stated', async () => {
  const [event] = await read(`
    MATCH (:Person {id: 'test-maria-boss'})-[:EXPERIENCED]->(event:Event {id: 'test-maria-boss-first-race'})
    RETURN event.dateAsStated AS asStated, event.relativeTo AS relativeTo, event.offsetYears AS offset, event.year AS year, event.disciplines AS disciplines`);
  expect(event).toEqual({ asStated: 'at 14', relativeTo: 'test-maria-boss', offset: 14, year: null, disciplines: ['karting'] });
});

test('derived years: the event "at 14" of a person born in 1975 has earliestYear 1989 and latestYear 1990', async () => {
  // An age spans two calendar years; a stated year gives both; no year stated leaves both unknown.
  const rows = await read(`
    MATCH (n:Entity) WHERE n.id IN ['test-maria-boss-first-race', 'test-six-hours-2021', 'test-island-races-2019', 'test-harbour-club-race']
    RETURN n.id AS id, n.earliestYear AS earliest, n.latestYear AS latest ORDER BY id`);
  expect(rows).toEqual([
    { id: 'test-harbour-club-race', earliest: null, latest: null },
    { id: 'test-island-races-2019', earliest: 2019, latest: 2019 },
    { id: 'test-maria-boss-first-race', earliest: 1989, latest: 1990 },
    { id: 'test-six-hours-2021', earliest: 2021, latest: 2021 },
  ]);
});
