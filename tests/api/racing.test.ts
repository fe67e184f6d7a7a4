/**
 * The racing the model spans, read through GraphQL: a meeting with one race per class and their
 * results, a race without a year, shared entries (an endurance car's three drivers, a rally crew),
 * roles held over time, awards with their awarding body, the filters on them, and a timeline that
 * places roles, awards and a date given by age. Data: the invented fixtures (tests/fixtures/racing/),
 * loaded alone into an emptied graph, which is emptied again afterwards (the files after this one
 * start from the graph they need, as useTestApi does).
 */
import { Neo4jServer } from '../../src/db/neo4j-server';
import { loadSeedFiles } from '../../src/seed/load-seed';
import { startTestApi, testHttpConfig, TestApi } from '../support/api';
import { emptyGraph, testNeo4j } from '../support/neo4j';
import { RACING_FIXTURES } from '../support/racing-fixtures';

let neo4j: Neo4jServer | undefined;
let api: TestApi | undefined;
beforeAll(async () => {
  neo4j = await testNeo4j();
  await emptyGraph(neo4j.db);
  await loadSeedFiles(neo4j.db, RACING_FIXTURES);
  // These queries read the racing data, not the limits: their nested lists, each a page of 20 by
  // default, cost more than MAX_QUERY_COST counts for them (tests/graph/nested-pagination.test.ts).
  api = await startTestApi(neo4j.db, { http: testHttpConfig({ MAX_QUERY_COST: '100000' }) });
});
afterAll(async () => {
  await api?.stop();
  if (neo4j) await emptyGraph(neo4j.db);
  await neo4j?.close();
});

async function data(query: string, variables?: Record<string, unknown>): Promise<any> {
  const response = await api!.query(query, variables);
  expect(response.errors).toBeUndefined();
  return response.data;
}

const ids = (connection: { edges: { node: { id: string } }[] }) => connection.edges.map((edge) => edge.node.id).sort();

describe('a meeting with one race per class', () => {
  const MEETING = `{
    meeting(id: "test-island-races-2019") {
      name year disciplines venue { id }
      races {
        id classes { id }
        entries { person { id } finishPosition won status laps pole fastestLap gap entry crewRole }
      }
    }
  }`;

  test('the meeting has its venue and its three races, each for its own class', async () => {
    const { meeting } = await data(MEETING);
    expect(meeting).toMatchObject({ name: 'Island Races 2019', year: 2019, disciplines: ['MOTORCYCLE_ROAD_RACING'], venue: { id: 'test-harbour-circuit' } });
    expect(meeting.races.map((race: any) => [race.id, race.classes.map((c: any) => c.id)]).sort()).toEqual([
      ['test-island-races-2019-sidecar', ['test-class-sidecar']],
      ['test-island-races-2019-superbike', ['test-class-superbike']],
      ['test-island-races-2019-supersport', ['test-class-supersport']],
    ]);
  });

  test('results: a win from pole with the fastest lap and its margin; a retirement after 3 laps', async () => {
    const { meeting } = await data(MEETING);
    const race = (id: string) => meeting.races.find((r: any) => r.id === id);
    expect(race('test-island-races-2019-supersport').entries).toEqual([{
      person: { id: 'test-rosa-quick' }, finishPosition: 1, won: true, status: null, laps: null,
      pole: true, fastestLap: true, gap: 'by 2.1s', entry: null, crewRole: null,
    }]);
    expect(race('test-island-races-2019-superbike').entries).toEqual([expect.objectContaining({
      person: { id: 'test-rosa-quick' }, finishPosition: null, won: false, status: 'DNF', laps: 3,
    })]);
  });

  test('the sidecar outfit: rider and passenger share one entry and one result', async () => {
    const { meeting } = await data(MEETING);
    const sidecar = meeting.races.find((r: any) => r.id === 'test-island-races-2019-sidecar');
    expect(sidecar.entries.map((e: any) => [e.person.id, e.crewRole, e.entry, e.finishPosition]).sort()).toEqual([
      ['test-ida-side', 'PASSENGER', '4', 2],
      ['test-rosa-quick', 'RIDER', '4', 2],
    ]);
  });

  test('races(filter: {meetingId}) and races(filter: {classId}) list the meeting\'s and the class\'s races', async () => {
    const { byMeeting, byClass } = await data(`{
      byMeeting: races(filter: { meetingId: "test-island-races-2019" }) { totalCount edges { node { id } } }
      byClass: races(filter: { classId: "test-class-sidecar" }) { totalCount edges { node { id } } }
    }`);
    expect(ids(byMeeting)).toEqual(['test-island-races-2019-sidecar', 'test-island-races-2019-superbike', 'test-island-races-2019-supersport']);
    expect(byMeeting.totalCount).toBe(3);
    expect(ids(byClass)).toEqual(['test-island-races-2019-sidecar']);
  });

  test('meetings, classes and vehicles have root lists with their filters', async () => {
    const { meetings, classes, vehicles, none } = await data(`{
      meetings(filter: { discipline: MOTORCYCLE_ROAD_RACING, venueId: "test-harbour-circuit" }) { edges { node { id } } }
      classes(filter: { discipline: SPORTS_CAR }) { edges { node { id } } }
      vehicles(filter: { manufacturerId: "test-arrow-cars" }) { edges { node { id ... on Vehicle { model manufacturer { name } } } } }
      none: meetings(filter: { discipline: RALLY }) { totalCount }
    }`);
    expect(ids(meetings)).toEqual(['test-island-races-2019']);
    expect(ids(classes)).toEqual(['test-class-prototype']);
    expect(vehicles.edges).toEqual([{ node: { id: 'test-vehicle-arrow-p2', model: 'P2', manufacturer: { name: 'Arrow Cars' } } }]);
    expect(none.totalCount).toBe(0);
  });
});

describe('a race without a year', () => {
  test('reads with year null and its date as stated; listed after the dated races, and paged through', async () => {
    const { race } = await data('{ race(id: "test-harbour-club-race") { year dateAsStated entries { person { id } finishPosition } } }');
    expect(race).toEqual({ year: null, dateAsStated: 'in her first season', entries: [{ person: { id: 'test-rosa-quick' }, finishPosition: 3 }] });
    const { races } = await data('{ races(filter: { discipline: MOTORCYCLE_ROAD_RACING }) { edges { node { id } } } }');
    expect(races.edges.map((edge: any) => edge.node.id).at(-1)).toBe('test-harbour-club-race');
    // The undated race is on a page of its own after the dated ones, in both orders.
    for (const orderBy of ['YEAR_ASC', 'YEAR_DESC']) {
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: any = (await data('query($after: String, $orderBy: YearOrder) { races(first: 2, after: $after, orderBy: $orderBy) { edges { node { id } } pageInfo { hasNextPage endCursor } } }', { after, orderBy })).races;
        seen.push(...page.edges.map((edge: any) => edge.node.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(seen).toHaveLength(6);
      expect(new Set(seen).size).toBe(6);
      expect(seen.at(-1)).toBe('test-harbour-club-race');
    }
  });
});

describe('shared entries', () => {
  test('the endurance car: three drivers, one entry, with class, vehicle, number and result', async () => {
    const { race } = await data(`{
      race(id: "test-six-hours-2021") {
        classes { id }
        entries { person { id } entry number crewRole class { id } vehicle { id manufacturer { id } } status laps }
      }
    }`);
    expect(race.classes).toEqual([{ id: 'test-class-prototype' }]);
    expect(race.entries.map((e: any) => e.person.id).sort()).toEqual(['test-ada-long', 'test-bea-long', 'test-cy-long']);
    for (const entry of race.entries) {
      expect(entry).toMatchObject({
        entry: '22', number: '22', crewRole: 'DRIVER', class: { id: 'test-class-prototype' },
        vehicle: { id: 'test-vehicle-arrow-p2', manufacturer: { id: 'test-arrow-cars' } }, status: 'DNF', laps: 140,
      });
    }
  });

  test('the rally crew: driver and co-driver, one entry, third', async () => {
    const { race } = await data('{ race(id: "test-forest-rally-2022") { year entries { person { id } crewRole entry finishPosition } } }');
    expect(race.year).toBe(2022);
    expect(race.entries.map((e: any) => [e.person.id, e.crewRole, e.entry, e.finishPosition]).sort()).toEqual([
      ['test-lena-notes', 'CO_DRIVER', '7', 3],
      ['test-nora-gravel', 'DRIVER', '7', 3],
    ]);
  });
});

describe('roles held and awards', () => {
  test("Maria Boss's roles, oldest first, with their years; her award with its awarding body", async () => {
    const { person } = await data(`{
      person(id: "test-maria-boss") {
        birthName nicknames born
        rolesHeld { role title since until organization { __typename ... on Team { id } ... on Organization { id } } }
        awards { years award { id kind awardedBy { id } } }
      }
    }`);
    expect(person).toMatchObject({ birthName: 'Maria Small', nicknames: ['The Boss'], born: '1975' });
    expect(person.rolesHeld).toEqual([
      { role: 'OWNER', title: null, since: 2003, until: 2012, organization: { __typename: 'Team', id: 'test-team-sparrow' } },
      { role: 'DIRECTOR', title: 'programme director', since: 2013, until: null, organization: { __typename: 'Organization', id: 'test-young-drivers-programme' } },
    ]);
    expect(person.awards).toEqual([{ years: [1995], award: { id: 'test-award-rookie', kind: 'ROOKIE_OF_THE_YEAR', awardedBy: { id: 'test-racing-club' } } }]);
  });

  test('the team and the organization list the people with a role in them', async () => {
    const { team, organization } = await data(`{
      team(id: "test-team-sparrow") { people { role person { id } } drivers { years person { id } } }
      organization(id: "test-young-drivers-programme") { people { role title person { id } } }
    }`);
    expect(team.people).toEqual([{ role: 'OWNER', person: { id: 'test-maria-boss' } }]);
    expect(team.drivers).toEqual([{ years: [1995, 1996, 1997, 1998, 1999], person: { id: 'test-maria-boss' } }]);
    expect(organization.people).toEqual([{ role: 'DIRECTOR', title: 'programme director', person: { id: 'test-maria-boss' } }]);
  });
});

describe('filters', () => {
  test('people by role: riders; co-drivers; team owners', async () => {
    const { riders, coDrivers, owners } = await data(`{
      riders: people(filter: { role: RIDER }) { totalCount edges { node { id } } }
      coDrivers: people(filter: { role: CO_DRIVER }) { edges { node { id } } }
      owners: people(filter: { role: TEAM_OWNER }) { edges { node { id } } }
    }`);
    expect(ids(riders)).toEqual(['test-rosa-quick']);
    expect(riders.totalCount).toBe(1);
    expect(ids(coDrivers)).toEqual(['test-lena-notes']);
    expect(ids(owners)).toEqual(['test-maria-boss']);
  });

  test('people by award and by discipline (of their race, its meeting or its series)', async () => {
    const { awarded, rally, endurance, roadRacing } = await data(`{
      awarded: people(filter: { awardId: "test-award-rookie" }) { edges { node { id } } }
      rally: people(filter: { discipline: RALLY }) { edges { node { id } } }
      endurance: people(filter: { discipline: SPORTS_CAR }) { edges { node { id } } }
      roadRacing: people(filter: { discipline: MOTORCYCLE_ROAD_RACING }) { edges { node { id } } }
    }`);
    expect(ids(awarded)).toEqual(['test-maria-boss']);
    expect(ids(rally)).toEqual(['test-lena-notes', 'test-nora-gravel']);
    expect(ids(endurance)).toEqual(['test-ada-long', 'test-bea-long', 'test-cy-long']);
    expect(ids(roadRacing)).toEqual(['test-ida-side', 'test-rosa-quick']);
  });

  test('races by discipline', async () => {
    const { rally, endurance } = await data(`{
      rally: races(filter: { discipline: RALLY }) { totalCount edges { node { id } } }
      endurance: races(filter: { discipline: SPORTS_CAR, yearFrom: 2021, yearTo: 2021 }) { edges { node { id } } }
    }`);
    expect(ids(rally)).toEqual(['test-forest-rally-2022']);
    expect(rally.totalCount).toBe(1);
    expect(ids(endurance)).toEqual(['test-six-hours-2021']);
  });

  test('awards by awarding body and kind; an unknown body gives none', async () => {
    const { byBody, byKind, otherKind, otherBody } = await data(`{
      byBody: awards(filter: { awardedById: "test-racing-club" }) { totalCount edges { node { id ... on Award { name recipients { person { id } } } } } }
      byKind: awards(filter: { kind: ROOKIE_OF_THE_YEAR }) { edges { node { id } } }
      otherKind: awards(filter: { kind: HALL_OF_FAME }) { totalCount }
      otherBody: awards(filter: { awardedById: "test-arrow-cars" }) { totalCount }
    }`);
    expect(byBody.totalCount).toBe(1);
    expect(byBody.edges).toEqual([{ node: { id: 'test-award-rookie', name: 'Racing Club rookie of the year', recipients: [{ person: { id: 'test-maria-boss' } }] } }]);
    expect(ids(byKind)).toEqual(['test-award-rookie']);
    expect(otherKind.totalCount).toBe(0);
    expect(otherBody.totalCount).toBe(0);
  });

  test('series by discipline reads the list property; a bad discipline is refused naming it', async () => {
    const { seriesList } = await data('{ seriesList(filter: { discipline: RALLY }) { totalCount } }');
    expect(seriesList.totalCount).toBe(0);
    const response = await api!.query('{ people(filter: { role: PILOT }) { totalCount } }');
    expect(response.errors?.[0].message).toMatch(/PILOT/);
  });
});

describe("Maria Boss's timeline", () => {
  const TIMELINE = `{
    timeline(personId: "test-maria-boss") {
      kind title year earliestYear latestYear dateAsStated approximate detail subject { id } sources { quote }
    }
  }`;

  test('her driving years, then owner, then director; the award in its year; each with evidence', async () => {
    const { timeline } = await data(TIMELINE);
    const kinds = timeline.map((entry: any) => `${entry.kind} ${entry.subject.id}`);
    const at = (key: string) => kinds.indexOf(key);
    expect(at('TEAM_STINT test-team-sparrow')).toBeGreaterThanOrEqual(0);
    expect(at('TEAM_STINT test-team-sparrow')).toBeLessThan(at('ROLE test-team-sparrow'));
    expect(at('ROLE test-team-sparrow')).toBeLessThan(at('ROLE test-young-drivers-programme'));
    expect(timeline.find((entry: any) => entry.kind === 'TEAM_STINT')).toMatchObject({
      title: 'Drove for Team Sparrow', year: null, earliestYear: 1995, latestYear: 1999,
    });
    expect(timeline.find((entry: any) => entry.subject.id === 'test-team-sparrow' && entry.kind === 'ROLE')).toMatchObject({
      title: 'Owner, Team Sparrow', year: 2003, earliestYear: 2003, latestYear: 2012, detail: 'from 2003, until 2012',
    });
    expect(timeline.find((entry: any) => entry.subject.id === 'test-young-drivers-programme')).toMatchObject({
      title: 'Programme director, Young Drivers Programme', year: 2013, earliestYear: 2013, latestYear: null, detail: 'as director, from 2013',
    });
    expect(timeline.find((entry: any) => entry.kind === 'AWARD')).toMatchObject({
      title: 'Racing Club rookie of the year', year: 1995, detail: 'awarded by Racing Club',
    });
    expect(timeline.every((entry: any) => entry.sources.length > 0)).toBe(true);
  });

  test('the years read in order, by the year or else the derived earliest year', async () => {
    const { timeline } = await data(TIMELINE);
    const placed = timeline.map((entry: any) => entry.year ?? entry.earliestYear).filter((year: number | null) => year !== null);
    expect(placed).toEqual([...placed].sort((a: number, b: number) => a - b));
  });

  test('"at 14" keeps the source\'s words, and is placed by the years derived from her birth (1975 + 14)', async () => {
    const { timeline } = await data(TIMELINE);
    const start = timeline.find((entry: any) => entry.kind === 'CAREER_START');
    expect(start).toMatchObject({ title: 'Started racing karts at 14', dateAsStated: 'at 14', year: null, approximate: false });
    // An age spans two years; 1989 puts it before her driving years.
    expect(start).toMatchObject({ earliestYear: 1989, latestYear: 1990 });
    expect(timeline[0]).toBe(start);
  });
});

describe('race entries in a timeline', () => {
  test('class, crew role, status, laps, pole and fastest lap in the detail; the meeting named; the yearless race first', async () => {
    const { timeline } = await data('{ timeline(personId: "test-rosa-quick") { kind title year earliestYear dateAsStated detail subject { id } } }');
    const bySubject = (id: string) => timeline.find((entry: any) => entry.subject.id === id);
    expect(timeline[0]).toMatchObject({ subject: { id: 'test-harbour-club-race' }, year: null, dateAsStated: 'in her first season', detail: 'finished 3' });
    expect(bySubject('test-island-races-2019-supersport')).toMatchObject({
      kind: 'WIN', year: 2019, detail: 'at Island Races 2019, from pole, finished 1, gap by 2.1s, fastest lap',
    });
    expect(bySubject('test-island-races-2019-superbike')).toMatchObject({ kind: 'RACE', detail: 'at Island Races 2019, did not finish, 3 laps' });
    expect(bySubject('test-island-races-2019-sidecar')).toMatchObject({ kind: 'RACE', detail: 'at Island Races 2019, as rider, finished 2' });
    const { timeline: ada } = await data('{ timeline(personId: "test-ada-long") { detail } }');
    expect(ada).toEqual([{ detail: 'Prototype class, Arrow P2, no. 22, as driver, did not finish, 140 laps' }]);
  });
});
