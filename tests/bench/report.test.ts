/**
 * The report states what was measured, including a peer's failure, and judges the targets
 * from the figures alone.
 */
import { benchReport, checkTargets } from '../../src/bench/report';
import { BenchResult, ContenderFigures, QuestionResult } from '../../src/bench/run-bench';

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
  expect(find('lineage p99 at 10k')).toMatchObject({ met: false, detail: '60 ms vs 30 ms (2.00×)' });
  expect(find('shortest-connection p99 at 10k').met).toBe(true);
});

test('a failed peer shows as failed in the table, with its reason', () => {
  const report = benchReport(run);
  expect(report).toContain('| People, page 50 | @neo4j/graphql | failed: HTTP 200: transaction memory limit reached |');
  expect(report).toContain('| Lineage | Pitlane API | 14 (1.40×) |');
  expect(report).toContain('npm run bench -- --scales 1k,10k --connections 4 --duration 5 --warmup 1 --rounds 1 --seed 3');
});
