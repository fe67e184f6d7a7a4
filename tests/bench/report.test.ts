/**
 * The report states what was measured, including a peer's failure, and judges the targets
 * from the figures alone.
 */
import { reportedFigures } from '../../src/bench/baseline';
import { benchReport, checkTargets, growthSection, peopleLabel } from '../../src/bench/report';
import { BenchResult, ContenderFigures, figuresOf, QuestionResult } from '../../src/bench/run-bench';

const figures = (p50Ms: number, requestsPerSecond: number, statements = 1): ContenderFigures =>
  ({ requests: requestsPerSecond * 10, requestsPerSecond, p50Ms, p99Ms: p50Ms * 2, errors: 0, statements });

function result(people: number, questions: QuestionResult[]): BenchResult['scales'][number] {
  return { people, load: { nodes: 10, relationships: 20, seconds: 1, elementsPerSecond: 30 }, questions, peakRssMb: { 'raw-cypher': 100, 'pitlane-api': 150, 'neo4j-graphql': 200 } };
}

const lineage = (apiP99: number): QuestionResult => ({
  key: 'lineage', title: 'Lineage', answer: [], failures: {},
  figures: { 'raw-cypher': figures(10, 100), 'pitlane-api': { ...figures(14, 90), p99Ms: apiP99 }, 'neo4j-graphql': figures(12, 95) },
});
const connection: QuestionResult = {
  key: 'shortest-connection', title: 'Connection', answer: 3, failures: {},
  figures: { 'raw-cypher': figures(10, 100), 'pitlane-api': figures(20, 50), 'neo4j-graphql': figures(15, 60) },
};
const deepPage: QuestionResult = {
  key: 'people-page-50', title: 'People, page 50', answer: ['a'], failures: { 'neo4j-graphql': 'HTTP 200: transaction memory limit reached' },
  figures: { 'raw-cypher': figures(10, 100), 'pitlane-api': figures(12, 80) },
};

/** A question whose API p99 is `apiP99` (raw Cypher and the peer as usual). */
const withP99 = (key: string, title: string, apiP99: number): QuestionResult => ({
  key, title, answer: [], failures: {},
  figures: { 'raw-cypher': figures(10, 100), 'pitlane-api': { ...figures(12, 90), p99Ms: apiP99 }, 'neo4j-graphql': figures(12, 95) },
});

const run: BenchResult = {
  options: { scales: [1000, 10000], connections: 4, durationSeconds: 5, warmupSeconds: 1, rounds: 1, seed: 3 },
  startedAt: new Date('2026-11-24T00:00:00Z'),
  scales: [result(1000, [lineage(30), connection]), result(10000, [lineage(60), connection, deepPage])],
};

test('targets are judged from the figures: p50 against raw Cypher, throughput against the peer, p99 across scales', () => {
  const checks = checkTargets(run);
  const find = (text: string) => checks.find((c) => c.target.includes(text))!;
  expect(find('Lineage, at 1k: p50').met).toBe(true); // 14 ms ≤ 1.5 × 10 ms
  expect(find('Connection, at 1k: p50').met).toBe(false); // 20 ms > 15 ms
  expect(find('Lineage, at 1k: throughput').met).toBe(false); // 90 < 95 req/s
  expect(find('Connection, at 10k: throughput').met).toBe(false);
  // A peer that failed cannot beat us; the failure is the detail.
  expect(find('People, page 50, at 10k: throughput')).toMatchObject({ met: true, detail: expect.stringContaining('memory limit') });
  // Lineage p99 doubled from 1k to 10k; the connection's stayed put.
  expect(find('Lineage: p99 at 10k ≤ 1.2× p99 at 1k')).toMatchObject({ met: false, detail: '60 ms vs 30 ms (2.00×)' });
  expect(find('Connection: p99 at 10k ≤ 1.2× p99 at 1k').met).toBe(true);
  // Page 50 was asked at 10k only: nothing to grow from.
  expect(checks.filter((c) => c.target.includes('People, page 50: p99'))).toEqual([]);
});

test('every question is held to p99 growth of at most 1.2× from each scale to the next, with no allowance', () => {
  const scales = [10_000, 100_000, 1_000_000];
  // Team page: 20 → 24 ms (exactly 1.2×, met), 24 → 29 ms (1.21×, missed); search stays at 20 ms.
  const teamPageP99 = [20, 24, 29];
  const growth: BenchResult = {
    ...run,
    options: { ...run.options, scales },
    scales: scales.map((people, i) => result(people, [withP99('team-page', 'Team page', teamPageP99[i]), withP99('search', 'Search', 20)])),
  };
  const checks = checkTargets(growth).filter((c) => c.target.includes('p99 at'));
  expect(checks.map((c) => [c.target, c.met])).toEqual([
    ['Team page: p99 at 100k ≤ 1.2× p99 at 10k', true],
    ['Search: p99 at 100k ≤ 1.2× p99 at 10k', true],
    ['Team page: p99 at 1M ≤ 1.2× p99 at 100k', false],
    ['Search: p99 at 1M ≤ 1.2× p99 at 100k', true],
  ]);
  const section = growthSection(growth);
  expect(section).toContain('| Question | Contender | 10k: p50 / p99 ms | 100k: p50 / p99 ms | 1M: p50 / p99 ms | p99 100k ÷ 10k | p99 1M ÷ 100k |');
  expect(section).toContain('| Team page | Pitlane API | 12 / 20 | 12 / 24 | 12 / 29 | 1.20× | 1.21× |');
  expect(section).toContain('| Search | raw Cypher (neo4j-driver) | 10 / 20 | 10 / 20 | 10 / 20 | 1.00× | 1.00× |');
  // The report reads back at every scale, 1M included (for --baseline comparisons).
  const report = benchReport(growth);
  expect(report).toContain('## 1M people (synthetic)');
  expect(new Set(reportedFigures(report).map((f) => f.people))).toEqual(new Set([10_000, 100_000, 1_000_000]));
  expect(report).toContain('--scales 10k,100k,1M');
});

test('one scale has no growth to report', () => {
  expect(growthSection({ ...run, scales: [run.scales[0]] })).toBe('');
  expect(checkTargets({ ...run, scales: [run.scales[0]] }).some((c) => c.target.includes('p99 at'))).toBe(false);
  expect([peopleLabel(1100), peopleLabel(10_000), peopleLabel(1_000_000), peopleLabel(2_500_000)]).toEqual(['1100', '10k', '1M', '2500k']);
});

test('a failed peer shows as failed in the table, with its reason', () => {
  const report = benchReport(run);
  expect(report).toContain('| People, page 50 | @neo4j/graphql | failed: HTTP 200: transaction memory limit reached |');
  expect(report).toContain('| Lineage | Pitlane API | 14 (1.40×) |');
  expect(report).toContain('npm run bench -- --scales 1k,10k --connections 4 --duration 5 --warmup 1 --rounds 1 --seed 3');
});

test('statements per request are held to the request\'s root fields, and peak memory to the peer\'s', () => {
  const compiled: QuestionResult = { ...lineage(20), key: 'person-nested', title: 'Person', rootFields: 1 };
  const twoStatements: QuestionResult = { ...connection, rootFields: 1, figures: { ...connection.figures, 'pitlane-api': figures(20, 50, 2) } };
  const heavy = { ...result(1000, [compiled, twoStatements]), peakRssMb: { 'raw-cypher': 100, 'pitlane-api': 250, 'neo4j-graphql': 200 } };
  const checks = checkTargets({ ...run, scales: [result(1000, [compiled, twoStatements, lineage(30)]), { ...heavy, people: 10_000 }] });
  const find = (text: string) => checks.filter((c) => c.target.includes(text));
  expect(find('Person, at 1k: statements per request = root fields')).toEqual([{ target: expect.any(String), met: true, detail: '1 statements, 1 root field' }]);
  expect(find('Connection, at 1k: statements per request = root fields')[0]).toMatchObject({ met: false, detail: '2 statements, 1 root field' });
  // A report from before root fields were recorded has no such check.
  expect(find('Lineage, at 1k: statements')).toEqual([]);
  expect(find('Peak memory at 1k')[0]).toMatchObject({ met: true, detail: '150 MB vs 200 MB' });
  expect(find('Peak memory at 10k')[0]).toMatchObject({ met: false, detail: '250 MB vs 200 MB' });
});

describe('a peer none of whose requests finished within its timed turns', () => {
  const zero = { requests: 0, requestsPerSecond: 0, p50Ms: 0, p99Ms: 0, errors: 0 };
  const timings = new Map([['raw-cypher', figures(10, 100)], ['pitlane-api', figures(200, 5)], ['neo4j-graphql', zero]] as const);

  test('has a failure saying so, not figures of zero milliseconds; the report shows it as such', () => {
    const failures: QuestionResult['failures'] = {};
    const timed = figuresOf(timings, { 'raw-cypher': 1, 'pitlane-api': 1, 'neo4j-graphql': 2 }, failures, { rounds: 2, durationSeconds: 10 });
    expect(Object.keys(timed).sort()).toEqual(['pitlane-api', 'raw-cypher']);
    expect(timed['pitlane-api']).toMatchObject({ p50Ms: 200, statements: 1 });
    expect(failures).toEqual({ 'neo4j-graphql': 'no request completed within its timed turns (2 × 5 s)' });
    const question: QuestionResult = { key: 'team-page', title: 'A team page', answer: [], failures, figures: timed as QuestionResult['figures'] };
    const report = benchReport({ ...run, scales: [result(1000, [question])] });
    expect(report).toContain('| A team page | @neo4j/graphql | failed: no request completed within its timed turns (2 × 5 s) |');
    expect(report).not.toContain('0 (0.00×)');
  });

  test('this API or raw Cypher completing nothing keeps its figures: theirs are never dropped', () => {
    const failures: QuestionResult['failures'] = {};
    const slowApi = new Map([['raw-cypher', figures(10, 100)], ['pitlane-api', zero]] as const);
    expect(figuresOf(slowApi, {}, failures, { rounds: 1, durationSeconds: 5 })['pitlane-api']).toMatchObject({ requests: 0, statements: 0 });
    expect(failures).toEqual({});
  });
});
