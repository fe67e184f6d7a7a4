import { LAYERS, LayerShares } from '../../src/bench/profile/cpu-profile';
import { keepingFindings, profileReport } from '../../src/bench/profile/profile-report';
import { QuestionResult } from '../../src/bench/run-bench';

const timing = (p50Ms: number, statements: number, cpuMsPerRequest?: number, databaseCpuMsPerRequest?: number) => ({
  requests: 100, requestsPerSecond: 10, p50Ms, p99Ms: 2 * p50Ms, errors: 0, statements, cpuMsPerRequest, databaseCpuMsPerRequest,
});

const question: QuestionResult = {
  key: 'person-nested',
  title: 'A person with seasons, series and teams',
  answer: [],
  figures: { 'raw-cypher': timing(10, 1, 0.5, 2), 'pitlane-api': timing(40, 4, 3.25, 6.5) },
  failures: {},
};

const shares: LayerShares = {
  micros: { ...Object.fromEntries(LAYERS.map((layer) => [layer, 0])), idle: 600, driver: 300, http: 100 } as LayerShares['micros'],
  totalMicros: 1000,
  frames: new Map([['NodeChannel.write (neo4j-driver-bolt-connection/lib/channel/node/node-channel.js)', 250], ['end (node:_http_outgoing)', 100]]),
};

const report = profileReport({
  people: 10_000, connections: 8, durationSeconds: 10, warmupSeconds: 2, seed: 7, date: new Date('2026-12-01T12:00:00Z'), versions: 'v', machine: 'm',
}, [{ question, shares }]);

test('the costs table gives p50 against raw, statements, and CPU per request of the API and of Neo4j beside raw Cypher\'s', () => {
  expect(report).toContain('| A person with seasons, series and teams | 40 (4.00×) | 4 (1) | 3.25 (0.50) | 6.50 (2.00) |');
});

test('the layers table gives idle as a share of the turn and each layer as a share of the busy time', () => {
  // Busy is 400 µs: driver 300 (75%), http 100 (25%).
  expect(report).toMatch(/\| A person with seasons, series and teams \| 60% \| 25% \| 0% \| 0% \| 0% \| 0% \| 0% \| 75% \|/);
  expect(report).toContain('driver 75%, http 25%');
});

test('the hottest frames are listed with their share of the busy time', () => {
  expect(report).toContain('| `NodeChannel.write (neo4j-driver-bolt-connection/lib/channel/node/node-channel.js)` | 62.5% |');
  expect(report).toContain('npm run bench:profile -- --scale 10k --connections 8 --duration 10 --warmup 2 --seed 7');
});

test('findings written by hand under an earlier report are kept below a new one; nothing else of it is', () => {
  const earlier = `# Old report\n\n| old | table |\n\n## Findings (written by hand, 2026-12-01)\n\nThe driver writes a lot.\n`;
  const kept = keepingFindings(report, earlier);
  expect(kept.startsWith(report.trimEnd())).toBe(true);
  expect(kept.endsWith('## Findings (written by hand, 2026-12-01)\n\nThe driver writes a lot.\n')).toBe(true);
  expect(kept).not.toContain('| old | table |');
  expect(keepingFindings(report, '# Old report without findings\n')).toBe(report);
});
