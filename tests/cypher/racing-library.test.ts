/**
 * The library's queries over racing beyond one career (results by discipline with classes, vehicles
 * and shared crews; roles over time; awards by their awarding body), run on the invented racing
 * fixtures (tests/fixtures/racing/) loaded on top of the seed graph.
 */
import { namedQuery } from '../../src/db/cypher-files';
import { ADMIN_TX_TIMEOUT_MS } from '../../src/db/database';
import { useRacingGraph } from '../support/racing-graph';

const database = useRacingGraph();

// What is tested is the answer, not the speed: a query's first planning on a busy test machine can
// outlast the server's default transaction timeout.
const run = (name: string, params: Record<string, unknown>) =>
  database().withTransactionTimeout(ADMIN_TX_TIMEOUT_MS).read(namedQuery(name).cypher, params);

type Crew = { personId: string; crewRole: string | null }[];

describe('results-by-discipline', () => {
  test('road racing: the meeting\'s three races and the race with no year (last), each with its class', async () => {
    const rows = await run('results-by-discipline', { discipline: 'motorcycle-road-racing', personId: null });
    expect(rows.map((r) => [r.raceId, r.personId])).toEqual([
      ['test-island-races-2019-sidecar', 'test-ida-side'],
      ['test-island-races-2019-sidecar', 'test-rosa-quick'],
      ['test-island-races-2019-superbike', 'test-rosa-quick'],
      ['test-island-races-2019-supersport', 'test-rosa-quick'],
      ['test-harbour-club-race', 'test-rosa-quick'],
    ]);
    expect(rows.slice(0, 4).map((r) => [r.year, r.meeting, r.venue])).toEqual(Array(4).fill([2019, 'Island Races 2019', 'Harbour Circuit']));
    // The entries name no class: each race's one class (FOR_CLASS) stands for it.
    expect(rows.map((r) => r.classId)).toEqual([
      'test-class-sidecar', 'test-class-sidecar', 'test-class-superbike', 'test-class-supersport', null,
    ]);
    expect(rows[4]).toMatchObject({ year: null, dateAsStated: 'in her first season', finishPosition: 3, meeting: null });
  });

  test('one person\'s results: a win from pole, a retirement, and a sidecar shared with her passenger', async () => {
    const rows = await run('results-by-discipline', { discipline: 'motorcycle-road-racing', personId: 'test-rosa-quick' });
    const byRace = Object.fromEntries(rows.map((r) => [r.raceId, r]));
    expect(rows).toHaveLength(4);
    expect(byRace['test-island-races-2019-supersport']).toMatchObject({
      finishPosition: 1, pole: true, fastestLap: true, gap: 'by 2.1s', crew: [],
    });
    expect(byRace['test-island-races-2019-superbike']).toMatchObject({ status: 'dnf', laps: 3, finishPosition: null });
    const sidecar = byRace['test-island-races-2019-sidecar'];
    expect(sidecar).toMatchObject({ entry: '4', crewRole: 'rider', finishPosition: 2 });
    expect((sidecar.crew as Crew).map((c) => [c.personId, c.crewRole])).toEqual([['test-ida-side', 'passenger']]);
    expect(sidecar.sources).toEqual(['test-fixture-island-races']);
    expect(sidecar.quotes).toEqual([expect.stringContaining('with Ida Side as her passenger')]);
  });

  test('an endurance car: three drivers on one entry, with class, vehicle and its make', async () => {
    const rows = await run('results-by-discipline', { discipline: 'sports-car', personId: null });
    expect(rows.map((r) => r.personId)).toEqual(['test-ada-long', 'test-bea-long', 'test-cy-long']);
    for (const row of rows) {
      expect(row).toMatchObject({
        raceId: 'test-six-hours-2021', year: 2021, classId: 'test-class-prototype', class: 'Prototype',
        vehicleId: 'test-vehicle-arrow-p2', vehicle: 'Arrow P2', make: 'Arrow Cars', number: '22', status: 'dnf', laps: 140,
      });
      expect((row.crew as Crew).map((c) => c.personId)).toEqual(
        ['test-ada-long', 'test-bea-long', 'test-cy-long'].filter((id) => id !== row.personId),
      );
    }
  });

  test('a rally crew: driver and co-driver on one entry; other disciplines and people are left out', async () => {
    const rows = await run('results-by-discipline', { discipline: 'rally', personId: null });
    expect(rows.map((r) => [r.personId, r.crewRole, (r.crew as Crew).map((c) => c.personId)])).toEqual([
      ['test-lena-notes', 'co-driver', ['test-nora-gravel']],
      ['test-nora-gravel', 'driver', ['test-lena-notes']],
    ]);
    expect(rows.map((r) => r.finishPosition)).toEqual([3, 3]);
    expect(await run('results-by-discipline', { discipline: 'rally', personId: 'test-rosa-quick' })).toEqual([]);
    expect(await run('results-by-discipline', { discipline: 'drag', personId: null })).toEqual([]);
  });
});

describe('roles-over-time', () => {
  test('Maria Boss: driver for Team Sparrow, then its owner, then programme director, in order of year', async () => {
    const rows = await run('roles-over-time', { personId: 'test-maria-boss' });
    expect(rows.map((r) => [r.kind, r.role, r.withId, r.since, r.until])).toEqual([
      ['team', 'driver', 'test-team-sparrow', 1995, 1999],
      ['role', 'owner', 'test-team-sparrow', 2003, 2012],
      ['role', 'director', 'test-young-drivers-programme', 2013, null],
    ]);
    expect(rows.map((r) => r.withLabel)).toEqual(['Team', 'Team', 'Organization']);
    expect(rows[0].years).toEqual([1995, 1996, 1997, 1998, 1999]);
    expect(rows[2]).toMatchObject({ title: 'programme director', with: 'Young Drivers Programme' });
    expect(rows[1].quotes).toEqual(['She owned Team Sparrow from 2003 until 2012.']);
  });

  test('a person with no roles, and no such person, give no rows', async () => {
    expect(await run('roles-over-time', { personId: 'test-ida-side' })).toEqual([]);
    expect(await run('roles-over-time', { personId: 'no-such-person' })).toEqual([]);
  });
});

describe('awards-by-body', () => {
  test('the Racing Club: its rookie of the year award, Maria Boss in 1995, with the evidence of both facts', async () => {
    const rows = await run('awards-by-body', { bodyId: 'test-racing-club' });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ bodyId: 'test-racing-club', body: 'Racing Club', bodyKind: 'club', awardCount: 1, recipientCount: 1 });
    const [award] = rows[0].awards as { awardId: string; kind: string; bodyQuotes: string[]; recipients: { personId: string; years: number[]; quotes: string[] }[] }[];
    expect(award).toMatchObject({ awardId: 'test-award-rookie', kind: 'rookie-of-the-year' });
    expect(award.bodyQuotes).toEqual(['was named rookie of the year by the Racing Club in 1995.']);
    expect(award.recipients.map((r) => [r.personId, r.years])).toEqual([['test-maria-boss', [1995]]]);
    expect(award.recipients[0].quotes).toEqual(['was named rookie of the year by the Racing Club in 1995.']);
  });

  test('every body with awards when no bodyId is given; a body that gives none has no row', async () => {
    const rows = await run('awards-by-body', { bodyId: null });
    expect(rows.map((r) => r.bodyId)).toContain('test-racing-club');
    expect(rows.every((r) => (r.awardCount as number) > 0)).toBe(true);
    expect(await run('awards-by-body', { bodyId: 'test-young-drivers-programme' })).toEqual([]);
  });
});
