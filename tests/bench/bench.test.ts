/**
 * A tiny `npm run bench`, so the benchmark never rots: all contenders start (this build stands in
 * for the earlier build a real comparison runs beside it), answer every question alike (the run
 * stops otherwise), and the figures and report come out. Times are not asserted (that is the
 * benchmark's job); statement counts are, since they do not depend on speed.
 */
import { PROJECT_ROOT } from '../../src/config/config';
import { baselineBuild } from '../../src/bench/contenders/baseline-build';
import { benchReport, checkTargets } from '../../src/bench/report';
import { contendersOf, runBench } from '../../src/bench/run-bench';
import { BASELINE_API } from '../../src/bench/questions';
import { emptyGraph, useTestDatabase } from '../support/neo4j';

const db = useTestDatabase({ seeded: false });

test('four contenders, one synthetic graph, the same answers; statements counted by Neo4j', async () => {
  await emptyGraph(db());
  const result = await runBench({
    baseline: baselineBuild(PROJECT_ROOT, 'this build'),
    scales: [1100],
    connections: 2,
    durationSeconds: 1,
    warmupSeconds: 0,
    rounds: 2,
    seed: 11,
    neo4jUri: process.env.NEO4J_URI,
  });
  const [scale] = result.scales;
  expect(scale.people).toBe(1100);
  // Counting statements turns Neo4j's query collection on; it is off again before anything is timed.
  const [queries] = await db().read("CALL db.stats.status() YIELD section, status WHERE section = 'QUERIES' RETURN status");
  expect(queries.status).toBe('idle');
  expect(scale.questions.map((q) => q.key)).toEqual([
    'person-nested', 'people-page-1', 'people-page-50', 'lineage', 'shortest-connection', 'search', 'people-results',
    'team-page', 'season-standings', 'neighbourhood', 'disputed-fact',
  ]);
  for (const question of scale.questions) {
    // At this size every contender answers every question.
    expect(question.failures).toEqual({});
    expect(contendersOf(result.options)).toEqual(['raw-cypher', 'pitlane-api', BASELINE_API, 'neo4j-graphql']);
    for (const name of contendersOf(result.options)) {
      const figures = question.figures[name]!;
      expect([question.key, name, figures.errors]).toEqual([question.key, name, 0]);
      expect(figures.requests).toBeGreaterThan(0);
      expect(figures.p99Ms).toBeGreaterThanOrEqual(figures.p50Ms);
    }
    // The floor is one hand-written statement per question.
    expect([question.key, question.figures['raw-cypher'].statements]).toEqual([question.key, 1]);
  }
  const api = (key: string) => scale.questions.find((q) => q.key === key)!.figures['pitlane-api'];
  // Keyset pages: page 50 sends what page 1 sends.
  expect(api('people-page-50').statements).toBe(api('people-page-1').statements);
  // Lineage and paths: one statement each, the library's query with the nodes it names.
  expect(api('lineage').statements).toBe(1);
  expect(api('shortest-connection').statements).toBe(1);
  // Batched: a list of 100 people with their results is a few statements, not one per person.
  expect(api('people-results').statements).toBeLessThanOrEqual(4);
  // Pages several levels deep are batched per field and level, never a statement per entry.
  expect(api('team-page').statements).toBeLessThanOrEqual(7); // team, entries, season, series, person, families, parents
  expect(api('season-standings').statements).toBeLessThanOrEqual(5); // season, series, entries, person, team
  expect(api('disputed-fact').statements).toBeLessThanOrEqual(3); // person, claims, sources
  expect(api('neighbourhood').statements).toBeGreaterThan(1);
  // The new questions' answers, agreed by all contenders, are not empty ones.
  const answer = (key: string) => scale.questions.find((q) => q.key === key)!.answer;
  const [teamName, teamEntries] = answer('team-page') as [string, string[]];
  expect(teamName).toMatch(/^\S+ \S+ \d+$/);
  // Several seasons' entries, each person with a family, and those born into it with their parents.
  expect(new Set(teamEntries.map((e) => e.split('|')[0])).size).toBeGreaterThanOrEqual(2);
  for (const entry of teamEntries) expect(entry).toMatch(/\|syn-family-\d+\|(syn-person-\d+(,syn-person-\d+)?)?$/);
  expect(teamEntries.some((entry) => /\|syn-person-\d+(,syn-person-\d+)?$/.test(entry))).toBe(true);
  const [, , standings] = answer('season-standings') as [number, string, string[]];
  expect(standings.length).toBeGreaterThanOrEqual(5);
  expect(standings.slice(0, 3).map((line) => line.split('|')[0])).toEqual(['1', '2', '3']);
  const [neighbours, claims, conflicts] = answer('neighbourhood') as string[][];
  expect(neighbours.length).toBeGreaterThan(5);
  expect(claims.filter((c) => c.startsWith('born|'))).toHaveLength(2);
  expect(conflicts).toEqual(['born|2 claims']);
  const [born, bornClaims] = answer('disputed-fact') as [string, string[]];
  expect(bornClaims).toHaveLength(2);
  expect(bornClaims.find((c) => c.includes('|true|true|'))).toMatch(new RegExp(`^${born}\\|syn-benchmark-data\\|`));
  // The same build asked the same GraphQL sends the same statements, give or take one: DataLoader
  // batches the loads asked for in the same tick, and where branches of a query that share a loader
  // (the sources of a neighbourhood's many fields, a person's seasons and teams) get Neo4j's answers
  // in different ticks, one batch goes as two statements.
  for (const question of scale.questions) {
    const [api, baseline] = [question.figures['pitlane-api'].statements, question.figures[BASELINE_API]!.statements];
    expect([question.key, Math.abs(baseline - api) <= 1]).toEqual([question.key, true]);
  }
  for (const name of contendersOf(result.options)) expect(scale.peakRssMb[name]).toBeGreaterThan(20);

  const report = benchReport(result);
  expect(report).toContain('All data here is synthetic');
  expect(report).toContain('npm run bench -- --scales 1100 --connections 2 --duration 1 --warmup 0 --rounds 2 --seed 11');
  for (const label of ['raw Cypher (neo4j-driver)', 'Pitlane API', '@neo4j/graphql', 'Pitlane API at this build']) expect(report).toContain(label);
  // Three targets per question (p50, statements per root field, throughput), page 50 against page 1, and peak memory.
  for (const question of scale.questions) expect([question.key, question.rootFields! >= 1]).toEqual([question.key, true]);
  expect(checkTargets(result)).toHaveLength(scale.questions.length * 3 + 2);
}, 300_000);
