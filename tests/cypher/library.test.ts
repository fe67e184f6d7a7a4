/**
 * The analysts' Cypher library: each named query says what it answers and takes, runs on the seed
 * graph with the answers the interview gives, and runs from the command line as a table.
 */
import neo4j, { ProfiledPlan } from 'neo4j-driver';
import { namedQuery, namedQueryNames } from '../../src/db/cypher-files';
import { toCypherValue } from '../../src/db/database';
import { graphCounts, useTestDatabase } from '../support/neo4j';
import { distScript, startNode } from '../support/processes';

const database = useTestDatabase();

const run = (name: string, params: Record<string, unknown>) => database().read(namedQuery(name).cypher, params);

/** Runs a library query under PROFILE: its rows and the plan's total database hits. */
async function profiled(name: string, params: Record<string, unknown>): Promise<{ rows: number; dbHits: number }> {
  const db = database();
  const session = db.driver.session({ database: db.databaseName, defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.run(`PROFILE\n${namedQuery(name).cypher}`, toCypherValue(params) as Record<string, unknown>);
    const total = (plan: ProfiledPlan): number => plan.dbHits + plan.children.reduce((sum, child) => sum + total(child), 0);
    if (!result.summary.profile) throw new Error('PROFILE returned no profiled plan');
    return { rows: result.records.length, dbHits: total(result.summary.profile) };
  } finally {
    await session.close();
  }
}

const SOURCE_ID = 'females-in-motorsport-amber-balcaen-2023';

describe('the named queries in cypher/', () => {
  test('the library holds the queries analysts ask for, each with a header and declared parameters', () => {
    expect(namedQueryNames()).toEqual(expect.arrayContaining([
      'lineage', 'shortest-connection', 'timeline', 'driver-results', 'womens-firsts', 'teams-and-series', 'career-summary',
      'results-by-discipline', 'roles-over-time', 'awards-by-body', 'disputed-facts', 'claims-of-source',
    ]));
    for (const name of namedQueryNames()) {
      const query = namedQuery(name);
      expect(query.summary).toMatch(new RegExp(`^${name}: .{20,}`));
      const used = new Set([...query.cypher.replace(/^\/\/.*$/gm, '').matchAll(/\$(\w+)/g)].map((m) => m[1]));
      expect([...used].sort()).toEqual(query.params.map((p) => p.name).sort());
    }
  });

  test('lineage: maxDepth 1 still finds the stated relations and the father', async () => {
    const rows = await run('lineage', { personId: 'amber-balcaen', maxDepth: 1 });
    expect(rows.map((r) => r.kinship).sort()).toEqual(['cousin', 'father', 'grandfather', 'uncle']);
  });

  test('lineage: seen from her father, the relations chain through her', async () => {
    const rows = await run('lineage', { personId: 'mike-balcaen', maxDepth: 2 });
    const kinship = Object.fromEntries(rows.map((r) => [r.relativeId, [r.kinship, r.generation]]));
    expect(kinship['amber-balcaen']).toEqual(['daughter', -1]);
    // Her grandfather is his father or his father-in-law: the source does not say, so neither is claimed.
    expect(kinship['lou-kennedy-sr']).toEqual(["daughter's grandfather", 1]);
  });

  test('shortest-connection: Amber Balcaen to Danica Patrick is one INSPIRED_BY, with its quote', async () => {
    const [path] = await run('shortest-connection', { fromId: 'amber-balcaen', toId: 'danica-patrick', maxLength: null });
    expect(path.length).toBe(1);
    expect(path.relationships).toEqual([expect.objectContaining({
      type: 'INSPIRED_BY', from: 'amber-balcaen', to: 'danica-patrick',
      quotes: [expect.stringContaining('until I saw Danica Patrick racing there')],
    })]);
  });

  test('shortest-connection: no path within maxLength gives no row', async () => {
    expect(await run('shortest-connection', { fromId: 'lou-kennedy-sr', toId: 'talladega-superspeedway', maxLength: 1 })).toEqual([]);
  });

  test('shortest-connection: a Source may be an end of the path, never a node in between', async () => {
    const [toPublisher] = await run('shortest-connection', { fromId: SOURCE_ID, toId: 'females-in-motorsport', maxLength: null });
    expect(toPublisher.nodeIds).toEqual([SOURCE_ID, 'females-in-motorsport']);
    expect(toPublisher.relationships).toEqual([expect.objectContaining({ type: 'PUBLISHED_BY', from: SOURCE_ID, to: 'females-in-motorsport' })]);
    // Her nodes cite the source only in their provenance lists: no relationship reaches it.
    expect(await run('shortest-connection', { fromId: 'amber-balcaen', toId: SOURCE_ID, maxLength: 10 })).toEqual([]);
  });

  test('shortest-connection to or from a Source searches, it does not enumerate paths: db hits within a small multiple of the graph size', async () => {
    const { nodes, relationships } = await graphCounts(database());
    // A breadth-first search touches each node and relationship a few times at most; enumerating
    // every path of up to 10 relationships (the old plan) took millions of hits on this graph.
    const bound = 3 * (nodes + relationships);
    const measured = [];
    for (const [fromId, toId] of [['amber-balcaen', SOURCE_ID], [SOURCE_ID, 'amber-balcaen'], [SOURCE_ID, 'females-in-motorsport']]) {
      measured.push({ fromId, toId, ...(await profiled('shortest-connection', { fromId, toId, maxLength: 10 })) });
    }
    // Listed when over the bound, with the pair and its hits.
    expect(measured.filter((m) => !(m.dbHits > 0 && m.dbHits < bound))).toEqual([]);
    expect(measured.map((m) => m.rows)).toEqual([0, 0, 1]);
  });

  test('timeline: career start first, then seasons, races and events in order of year', async () => {
    const rows = await run('timeline', { personId: 'amber-balcaen' });
    expect(rows[0]).toMatchObject({ kind: 'career-start', age: 10, year: null });
    const years = rows.map((r) => r.year).filter((y) => y !== null) as number[];
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(rows.map((r) => r.kind)).toEqual(expect.arrayContaining(['debut', 'win', 'move', 'incident', 'return', 'season']));
    // "About six years ago" in a 2023 interview: no stated year, placed by the years the graph derives.
    expect(rows.find((r) => r.kind === 'move')).toMatchObject({
      year: null, dateAsStated: 'about six years ago', approximate: true, earliestYear: 2016, latestYear: 2018,
    });
  });

  test('driver-results: 2022 season with its races', async () => {
    const [season] = await run('driver-results', { personId: 'amber-balcaen', year: 2022 });
    expect(season).toMatchObject({ year: 2022, series: 'ARCA Menards Series', team: 'Rette Jones Racing', finalPosition: 7, points: 774, rounds: 20 });
    expect((season.races as { venue: string }[]).map((r) => r.venue).sort()).toEqual(['Charlotte', 'Daytona International Speedway']);
  });

  test("womens-firsts: Amber Balcaen's 2016 first; Danica Patrick's lasts by kind", async () => {
    const firsts = await run('womens-firsts', { kind: null });
    // The interview's 2016 first; Wikipedia's two of Ashley Force Hood (2004, 2008); Chip Chick's Manitoba first (no year, last).
    expect(firsts.map((r) => [r.year, r.driver])).toEqual([[2004, 'Ashley Force Hood'], [2008, 'Ashley Force Hood'], [2016, 'Amber Balcaen'], [null, 'Amber Balcaen']]);
    const lasts = await run('womens-firsts', { kind: 'last' });
    expect(lasts.map((r) => [r.year, r.driver])).toEqual([[2012, 'Danica Patrick'], [2018, 'Danica Patrick']]);
  });

  test('teams-and-series: the teams she drove for and the series she raced in', async () => {
    const rows = await run('teams-and-series', { personId: 'amber-balcaen' });
    expect(rows.filter((r) => r.kind === 'team').map((r) => [r.name, r.years])).toEqual([
      ['CM Driver Development', [2015]], ['Rette Jones Racing', [2022]], ['Venturini Motorsports', [2023]],
    ]);
    expect(rows.filter((r) => r.kind === 'series').map((r) => r.id)).toEqual([
      'nascar-advance-auto-parts-weekly-series', 'powri-midget-racing-series', 'arca-menards-series-west', 'arca-menards-series',
    ]);
  });

  test('career-summary: ARCA starts add the stated 20 of 2022 to the one known 2023 race; best finish 6th', async () => {
    const rows = await run('career-summary', { personIds: ['amber-balcaen'] });
    const arca = rows.find((r) => r.seriesId === 'arca-menards-series');
    expect(arca).toMatchObject({ years: [2022, 2023], starts: 21, wins: 0, bestFinish: 6 });
    const weekly = rows.find((r) => r.seriesId === 'nascar-advance-auto-parts-weekly-series');
    expect(weekly).toMatchObject({ wins: 1, bestFinish: 1 });
    const powri = rows.find((r) => r.seriesId === 'powri-midget-racing-series');
    expect(powri?.starts).toBeNull();
  });
});

describe('npm run cypher', () => {
  test('runs a named query with --param and prints a table', async () => {
    const cli = startNode(distScript('cli/cypher.js'), ['lineage', '--param', 'personId=amber-balcaen', '--param', 'maxDepth=2'], process.env);
    expect(await cli.exited).toBe(0);
    const lines = cli.output().split('\n');
    expect(lines[0]).toMatch(/^relativeId\s+\|\s+name\s+\|\s+kinship/);
    expect(lines.find((l) => l.startsWith('lou-kennedy-sr'))).toMatch(/\| grandfather\s+\|/);
    expect(cli.output()).toContain('(4 rows)');
  }, 60_000);

  test('--json prints the rows as JSON', async () => {
    const cli = startNode(distScript('cli/cypher.js'), ['teams-and-series', '-p', 'personId=amber-balcaen', '--json'], process.env);
    expect(await cli.exited).toBe(0);
    const rows = JSON.parse(cli.output()) as { name: string }[];
    expect(rows.map((r) => r.name)).toContain('Rette Jones Racing');
  }, 60_000);

  test.each([
    [['lineage'], /"lineage" needs --param personId=<string>/],
    [['lineage', '-p', 'personId=amber-balcaen', '-p', 'maxDepth=two'], /--param maxDepth must be a whole number, got "two"/],
    [['lineage', '-p', 'person=amber-balcaen'], /"lineage" has no parameter "person"/],
    [['no-such-query'], /No query named "no-such-query"/],
  ])('%j is refused with a clear message', async (args, message) => {
    const cli = startNode(distScript('cli/cypher.js'), args, process.env);
    expect(await cli.exited).toBe(1);
    expect(cli.output()).toMatch(message);
  }, 60_000);

  test('--list names every query with its parameters', async () => {
    const cli = startNode(distScript('cli/cypher.js'), ['--list'], process.env);
    expect(await cli.exited).toBe(0);
    for (const name of namedQueryNames()) expect(cli.output()).toContain(`${name}\n`);
    expect(cli.output()).toContain('params: personId: string, maxDepth?: integer');
  }, 60_000);
});
