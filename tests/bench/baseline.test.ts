/**
 * This API against an earlier version of it. Against an earlier report: the report's tables read
 * back as they were written, and this API's ratios to raw Cypher judged against the baseline's,
 * each against its own run's floor. Against an earlier build in the same run: both over that run's
 * floor, the build's rows in the report under its name.
 */
import {
  baselineSection, compareWithBaseline, reportedFigures, runBaselineFigures, runFigures,
} from '../../src/bench/baseline';
import { benchReport } from '../../src/bench/report';
import { BenchResult, ContenderFigures, QuestionResult } from '../../src/bench/run-bench';

const figures = (p50Ms: number, requestsPerSecond: number): ContenderFigures =>
  ({ requests: requestsPerSecond * 10, requestsPerSecond, p50Ms, p99Ms: p50Ms * 3, errors: 0, statements: 1 });

const question = (title: string, raw: [number, number], api: [number, number], peerFailed = false): QuestionResult => ({
  key: title.toLowerCase(), title, answer: [], failures: peerFailed ? { 'neo4j-graphql': 'HTTP 200: memory limit' } : {},
  figures: { 'raw-cypher': figures(...raw), 'pitlane-api': figures(...api), ...(peerFailed ? {} : { 'neo4j-graphql': figures(raw[0] * 2, raw[1] / 2) }) },
});

function run(people: number[], questions: QuestionResult[]): BenchResult {
  return {
    options: { scales: people, connections: 8, durationSeconds: 10, warmupSeconds: 2, rounds: 2, seed: 1 },
    startedAt: new Date('2026-11-30T00:00:00Z'),
    scales: people.map((n) => ({ people: n, load: { nodes: 1, relationships: 1, seconds: 1, elementsPerSecond: 2 }, questions, peakRssMb: { 'raw-cypher': 1, 'pitlane-api': 1, 'neo4j-graphql': 1 } })),
  };
}

test("a report's tables read back as the run's figures, a failed peer left out", () => {
  const result = run([1000, 100_000], [question('Lineage', [10, 100], [14, 90]), question('People, page 50', [5, 400], [9, 250], true)]);
  const read = reportedFigures(benchReport(result));
  expect(read).toEqual(runFigures(result));
  expect(read).toHaveLength(2 * (3 + 2));
  expect(read).toContainEqual({ people: 100_000, question: 'People, page 50', contender: 'pitlane-api', p50Ms: 9, p99Ms: 27, requestsPerSecond: 250 });
});

test('ratios are judged against each run\'s own raw Cypher: a machine twice as slow is no regression; 10% is the allowance', () => {
  const before = runFigures(run([10_000], [question('Lineage', [10, 100], [20, 50]), question('Search', [10, 100], [10, 100])]));
  // Everything twice as slow, and the API's search 15% slower still (ratio 1.15 against 1.00).
  const now = runFigures(run([10_000], [question('Lineage', [20, 50], [40, 25]), question('Search', [20, 50], [23, 43])]));
  const checks = compareWithBaseline(now, before);
  expect(checks.map((check) => [check.target, check.met])).toEqual([
    ['Lineage, at 10k: p50 ratio to raw Cypher within 10% of the baseline\'s', true],
    ['Lineage, at 10k: throughput ratio to raw Cypher within 10% of the baseline\'s', true],
    ['Search, at 10k: p50 ratio to raw Cypher within 10% of the baseline\'s', false],
    ['Search, at 10k: throughput ratio to raw Cypher within 10% of the baseline\'s', false],
  ]);
  expect(checks[2].detail).toBe('1.15× (23 vs 20 ms) against 1.00× (10 vs 10 ms)');
  expect(baselineSection(checks, 'c83b4a6')).toContain('4 checks, 2 missed.');
});

test('a question or scale only one run has is not compared; a file without tables is refused', () => {
  const before = runFigures(run([10_000], [question('Lineage', [10, 100], [20, 50])]));
  const now = runFigures(run([10_000, 100_000], [question('Lineage', [10, 100], [20, 50]), question('New', [10, 100], [90, 10])]));
  expect(compareWithBaseline(now, before).map((check) => check.target)).toEqual([
    'Lineage, at 10k: p50 ratio to raw Cypher within 10% of the baseline\'s',
    'Lineage, at 10k: throughput ratio to raw Cypher within 10% of the baseline\'s',
  ]);
  expect(() => reportedFigures('# Notes\n\nNothing measured.')).toThrow(/no benchmark tables/);
});

test('an earlier build in the same run is judged over the same raw Cypher; its rows are named and not read back as this API', () => {
  const withBaseline = (title: string, raw: [number, number], api: [number, number], before: [number, number]): QuestionResult => {
    const q = question(title, raw, api);
    return { ...q, figures: { ...q.figures, 'pitlane-baseline': figures(...before) } };
  };
  const result: BenchResult = {
    ...run([100_000], [
      // 5% slower than the earlier build: within the allowance. 20% slower: not.
      withBaseline('Lineage', [10, 100], [21, 48], [20, 50]),
      withBaseline('Search', [10, 100], [24, 40], [20, 50]),
    ]),
    options: { scales: [100_000], connections: 8, durationSeconds: 10, warmupSeconds: 2, rounds: 2, seed: 1, baseline: { root: '/tmp/before', name: 'c83b4a6' } },
  };
  const checks = compareWithBaseline(runFigures(result), runBaselineFigures(result));
  expect(checks.map((check) => [check.target, check.met])).toEqual([
    ['Lineage, at 100k: p50 ratio to raw Cypher within 10% of the baseline\'s', true],
    ['Lineage, at 100k: throughput ratio to raw Cypher within 10% of the baseline\'s', true],
    ['Search, at 100k: p50 ratio to raw Cypher within 10% of the baseline\'s', false],
    ['Search, at 100k: throughput ratio to raw Cypher within 10% of the baseline\'s', false],
  ]);
  expect(checks[2].detail).toBe('2.40× (24 vs 10 ms) against 2.00× (20 vs 10 ms)');
  expect(baselineSection(checks, 'c83b4a6', 'run')).toContain('both contenders of this run over the\nsame graph');

  const report = benchReport(result);
  expect(report).toContain('| Search | Pitlane API at c83b4a6 | 20 (2.00×) | 60 (2.00×) | 50 (0.50×) | 1 | 0 |');
  expect(report).toContain('--baseline-build <a built checkout of c83b4a6>');
  // Read back, the report's own API rows are this API's, never the earlier build's.
  const read = reportedFigures(report);
  expect(read.filter((f) => f.contender === 'pitlane-api').map((f) => f.p50Ms)).toEqual([21, 24]);
});
