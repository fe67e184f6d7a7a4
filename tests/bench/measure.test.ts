/**
 * Timing in rounds: every contender gets a turn per round, every other round in reverse order, so
 * that none is always the one timed right after another (which finds Neo4j warmed). Two bare
 * HTTP servers on loopback stand for the contenders; what is asserted is the order of the turns
 * and the counts, never a time.
 */
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { timeQuestion } from '../../src/bench/measure';

/** One entry per request: which server it reached, in arrival order across both. */
const arrivals: string[] = [];
const servers: http.Server[] = [];

async function contender(name: string): Promise<{ url: string }> {
  const server = http.createServer((request, response) => {
    arrivals.push(name);
    request.resume();
    request.on('end', () => response.end('{}'));
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}` };
}

afterAll(() => Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve)))));

/** The servers' turns: runs of the same name in the arrival order. */
const turns = (names: string[]) => names.filter((name, i) => i === 0 || names[i - 1] !== name);

test('three rounds: in order, reversed, in order; each contender\'s turns merged into one count', async () => {
  const [a, b] = [await contender('a'), await contender('b')];
  const request = { path: '/', body: '{}' };
  const timings = await timeQuestion(
    [{ key: 'a', url: a.url, request }, { key: 'b', url: b.url, request }],
    { connections: 1, durationSeconds: 0.6, warmupSeconds: 0, rounds: 3 },
  );
  // a | b, then b | a, then a | b: back to back, b's two turns and a's two turns run together.
  // (Always in order, it would be a, b, a, b, a, b.)
  expect(turns(arrivals)).toEqual(['a', 'b', 'a', 'b']);
  for (const name of ['a', 'b'] as const) {
    const timing = timings.get(name)!;
    // The completed requests of all three turns: what reached the server, less at most the one
    // request per turn still in flight when a turn ended.
    const received = arrivals.filter((arrival) => arrival === name).length;
    expect(timing.requests).toBeLessThanOrEqual(received);
    expect(timing.requests).toBeGreaterThanOrEqual(received - 3);
    expect(timing.requests).toBeGreaterThan(3);
    expect(timing.errors).toBe(0);
    expect(timing.p99Ms).toBeGreaterThanOrEqual(timing.p50Ms);
  }
});
