/**
 * A short run of `npm run load` (src/load/load-test.ts), so the load test never rots: clients mix
 * reads and authenticated writes; no request fails, no write is lost or duplicated. The run is
 * bounded by a number of requests after a warm-up of a number of requests, never by time, so its
 * outcome does not depend on how fast (or how cold, or how busy) the machine is.
 */
import { checkLoadOptions, loadReport, runLoad } from '../../src/load/load-test';
import { distScript, startNode } from '../support/processes';

const CONNECTIONS = 4;
const READS_PER_WRITE = 3;
const WARMUP = 40;
const REQUESTS = 80;

/**
 * Writes a count-bounded run sends: autocannon gives each client an equal share of the requests
 * (the first ones one more when they do not divide), and each client cycles through
 * READS_PER_WRITE reads, then one write.
 */
function writesIn(requests: number): number {
  let writes = 0;
  for (let client = 0; client < CONNECTIONS; client += 1) {
    const share = Math.floor(requests / CONNECTIONS) + (client < requests % CONNECTIONS ? 1 : 0);
    writes += Math.floor(share / (READS_PER_WRITE + 1));
  }
  return writes;
}

test('a run of 80 requests after 40 warm-up requests: all answered, every write acknowledged and in the graph once', async () => {
  const result = await runLoad({ requests: REQUESTS, warmupRequests: WARMUP, connections: CONNECTIONS, readsPerWrite: READS_PER_WRITE, txTimeoutMs: 60_000 });
  expect({ warmupRequests: result.warmupRequests, requests: result.requests }).toEqual({ warmupRequests: WARMUP, requests: REQUESTS });
  expect({ errors: result.errors, non2xx: result.non2xx, graphqlErrors: result.graphqlErrors })
    .toEqual({ errors: 0, non2xx: 0, graphqlErrors: 0 });
  const writes = writesIn(WARMUP) + writesIn(REQUESTS);
  expect(writes).toBe(28);
  expect(result.writesAcknowledged).toBe(writes);
  expect(result.writesFound).toBe(writes);
  expect(result.writesLost).toBe(0);
  expect(result.writesDuplicated).toBe(0);
  expect(result.rssMb.max).toBeGreaterThan(0);
  const report = loadReport(result);
  expect(report).toContain('| Writes lost | 0 |');
  expect(report).toContain(`| Run | ${REQUESTS} requests after ${WARMUP} warm-up requests |`);
  expect(report).toContain(`npm run load -- --requests ${REQUESTS} --warmup-requests ${WARMUP} --connections ${CONNECTIONS} --reads-per-write ${READS_PER_WRITE}`);
}, 600_000);

test.each([
  [{ connections: 4, readsPerWrite: 3 }, /give either --duration <seconds> \(a soak run\) or --requests <n>/],
  [{ durationSeconds: 5, requests: 100, connections: 4, readsPerWrite: 3 }, /not both/],
  [{ requests: 15, connections: 4, readsPerWrite: 3 }, /--requests must be a whole number of at least 16 \(connections × \(reads-per-write \+ 1\), so that every client writes\), got 15/],
  [{ requests: 100, warmupRequests: 3, connections: 4, readsPerWrite: 3 }, /--warmup-requests must be 0 or a whole number of at least --connections \(4\), got 3/],
  [{ durationSeconds: 0, connections: 4, readsPerWrite: 3 }, /--duration must be a number of seconds above 0, got 0/],
  [{ durationSeconds: 5, connections: 0, readsPerWrite: 3 }, /--connections must be a whole number of at least 1, got 0/],
])('options %j are refused before anything starts', (options, message) => {
  expect(() => checkLoadOptions(options)).toThrow(message);
});

test('`npm run load` refuses --duration together with --requests, in one line, before starting anything', async () => {
  const cli = startNode(distScript('cli/load.js'), ['--duration', '5', '--requests', '100'], process.env);
  expect(await cli.exited).toBe(1);
  expect(cli.output().trim().split('\n')).toEqual([
    'Error: give either --duration <seconds> (a soak run) or --requests <n> (a run bounded by a number of requests), not both',
  ]);
}, 60_000);
