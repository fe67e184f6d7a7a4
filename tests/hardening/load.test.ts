/**
 * A short run of `npm run load` (src/load/load-test.ts), so the load test never rots: clients mix
 * reads and authenticated writes; no request fails, no write is lost or duplicated.
 */
import { loadReport, runLoad } from '../../src/load/load-test';

test('a 4-second load run: no errors, every acknowledged write is in the graph exactly once', async () => {
  const result = await runLoad({ durationSeconds: 4, connections: 4, readsPerWrite: 3 });
  // How many requests fit in 4 s is the benchmark's business (npm run load); here, that load ran:
  // every connection got answers, and writes were acknowledged.
  expect(result.requests).toBeGreaterThanOrEqual(4);
  expect(result.writesAcknowledged).toBeGreaterThan(0);
  expect({ errors: result.errors, non2xx: result.non2xx, graphqlErrors: result.graphqlErrors })
    .toEqual({ errors: 0, non2xx: 0, graphqlErrors: 0 });
  expect(result.writesLost).toBe(0);
  expect(result.writesDuplicated).toBe(0);
  expect(result.writesFound).toBeGreaterThanOrEqual(result.writesAcknowledged);
  expect(result.writesFound).toBeLessThanOrEqual(result.writesSent);
  expect(result.rssMb.max).toBeGreaterThan(0);
  expect(loadReport(result)).toContain(`| Writes lost | 0 |`);
}, 180_000);
