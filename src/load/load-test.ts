/**
 * The load and soak test: a throwaway embedded Neo4j with the seed graph, the API as its own
 * process (`node dist/main.js`) on loopback, and autocannon clients mixing reads and authenticated
 * writes, for a fixed time (a soak run) or a fixed number of requests after a warm-up of a fixed
 * number of requests (a run whose outcome does not depend on how fast the machine is). Then every
 * write is checked against the graph (none lost, none duplicated) and the API's memory over the run
 * is summarised.
 */
import autocannon from 'autocannon';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { Database } from '../db/database';
import { EmbeddedNeo4j, withThrowawayNeo4j } from '../db/embedded/embedded-neo4j';
import { routingUri } from '../db/neo4j-server';
import { prepareDatabase } from '../db/prepare';
import { loadSeedFiles } from '../seed/load-seed';
import { signToken } from '../auth/tokens';
import { ChildServer, startApiProcess } from '../server/child-server';
import { CREATED_PEOPLE_WITH_AUDITS } from './load.cypher';

export interface LoadOptions {
  /** Run the clients for this long: for soak runs. Give this or `requests`. */
  durationSeconds?: number;
  /** Or send exactly this many requests (after the warm-up), all answered before the run ends. */
  requests?: number;
  /** Requests sent first and not measured (JIT, Neo4j's caches warming up); their writes are checked too. */
  warmupRequests?: number;
  connections: number;
  /** One write after this many reads, per connection. */
  readsPerWrite: number;
  /** The API's Neo4j transaction timeout (NEO4J_TX_TIMEOUT_MS); default: the environment's, else 5 s. */
  txTimeoutMs?: number;
  say?: (line: string) => void;
}

/** Options that cannot make a run; `expected` makes the command line print only the message. */
export class LoadOptionsError extends Error {
  override name = 'LoadOptionsError';
  readonly expected = true;
}

const wholeNumber = (value: unknown, min: number): boolean => typeof value === 'number' && Number.isSafeInteger(value) && value >= min;

/** Checks a run's options before anything starts, and says what is wrong. */
export function checkLoadOptions(options: LoadOptions): void {
  const { durationSeconds, requests, warmupRequests, connections, readsPerWrite } = options;
  if (!wholeNumber(connections, 1)) throw new LoadOptionsError(`--connections must be a whole number of at least 1, got ${connections}`);
  if (!wholeNumber(readsPerWrite, 0)) throw new LoadOptionsError(`--reads-per-write must be a whole number of at least 0, got ${readsPerWrite}`);
  if ((durationSeconds === undefined) === (requests === undefined)) {
    throw new LoadOptionsError('give either --duration <seconds> (a soak run) or --requests <n> (a run bounded by a number of requests), not both');
  }
  if (durationSeconds !== undefined && !(typeof durationSeconds === 'number' && durationSeconds > 0 && Number.isFinite(durationSeconds))) {
    throw new LoadOptionsError(`--duration must be a number of seconds above 0, got ${durationSeconds}`);
  }
  // Each client sends its share of the requests in order (reads, then a write): with at least a
  // full cycle each, every client writes at least once.
  const cycle = connections * (readsPerWrite + 1);
  if (requests !== undefined && !wholeNumber(requests, cycle)) {
    throw new LoadOptionsError(`--requests must be a whole number of at least ${cycle} (connections × (reads-per-write + 1), so that every client writes), got ${requests}`);
  }
  if (warmupRequests !== undefined && warmupRequests !== 0 && !wholeNumber(warmupRequests, connections)) {
    throw new LoadOptionsError(`--warmup-requests must be 0 or a whole number of at least --connections (${connections}), got ${warmupRequests}`);
  }
}

/** How this run was bounded, for people to read. */
export function describeBound(options: LoadOptions): string {
  if (options.requests === undefined) return `${options.durationSeconds} s`;
  return `${options.requests} requests after ${options.warmupRequests ?? 0} warm-up requests`;
}

/** The command that repeats this run. */
export function loadCommand(options: LoadOptions): string {
  const bound = options.requests === undefined
    ? `--duration ${options.durationSeconds}`
    : `--requests ${options.requests} --warmup-requests ${options.warmupRequests ?? 0}`;
  return `npm run load -- ${bound} --connections ${options.connections} --reads-per-write ${options.readsPerWrite}`;
}

export interface LoadResult {
  options: LoadOptions;
  /** Requests answered in the warm-up (not in the figures below but the write checks). */
  warmupRequests: number;
  /** Requests answered in the measured run. */
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  errors: number;
  non2xx: number;
  graphqlErrors: number;
  writesSent: number;
  writesAcknowledged: number;
  writesFound: number;
  /** Sent but cut off by the end of the run before their response came: found or not, both are fine. */
  writesInFlightAtEnd: number;
  writesLost: number;
  writesDuplicated: number;
  rssMb: { start: number; end: number; max: number; firstThird: number; lastThird: number };
  memoryFlat: boolean;
}

const LOAD_SOURCE = {
  id: 'load-test-fixture',
  title: 'Load test fixture',
  kind: 'OTHER',
  publisherId: 'females-in-motorsport',
  published: '2026',
  text: 'LOAD TEST FIXTURE: a made-up text for the load test, not a real source. Each load-test person is a made-up driver.',
};
const QUOTE = 'Each load-test person is a made-up driver.';

const READS = [
  '{ person(id: "amber-balcaen") { name seasons { season { year series { name } } team { name } finalPosition points } } }',
  '{ people(first: 10) { totalCount edges { node { displayName raced } } } }',
  '{ lineage(personId: "amber-balcaen") { relatives { kinship generation person { displayName } } } }',
  '{ search(text: "daytona", first: 5) { score node { __typename id } } }',
];
const WRITE = 'mutation($id: ID!, $c: CitationInput!) { createPerson(id: $id, input: { description: "Load-test person" }, citation: $c) { id } }';

const average = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);

export function runLoad(options: LoadOptions): Promise<LoadResult> {
  checkLoadOptions(options);
  return withThrowawayNeo4j('load', options.say, (neo4j) => loadAgainst(neo4j, options));
}

async function loadAgainst(neo4j: EmbeddedNeo4j, options: LoadOptions): Promise<LoadResult> {
  const say = options.say ?? (() => undefined);
  const secret = randomBytes(32).toString('hex');
  let api: ChildServer | undefined;
  // Setting up is not measured: the seed loads with time to spare on a cold, busy machine.
  const db = await Database.connect({ uri: routingUri(neo4j.uri), user: 'neo4j', password: '', database: 'neo4j', txTimeoutMs: 120_000 });
  try {
    await prepareDatabase(db);
    await loadSeedFiles(db);
    const txEnv = options.txTimeoutMs === undefined ? {} : { NEO4J_TX_TIMEOUT_MS: String(options.txTimeoutMs) };
    api = await startApiProcess(routingUri(neo4j.uri), { JWT_SECRET: secret, LOG_LEVEL: 'warn', ...txEnv });
    const { url } = api;
    const token = signToken({ id: 'load-test', role: 'editor' }, secret, '1h');
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    const added = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query: 'mutation($i: SourceInput!) { addSource(input: $i) { id } }', variables: { i: LOAD_SOURCE } }) });
    if (!added.ok) throw new Error(`Could not add the load source: ${await added.text()}`);

    const acknowledged = new Set<string>();
    let graphqlErrors = 0;
    let graphqlErrorsOfWrites = 0;
    let nextId = 0;
    const rss: number[] = [api.rssMb()];
    const sampler = setInterval(() => rss.push(api!.rssMb()), 250);

    const reads = Array.from({ length: options.readsPerWrite }, (_, i) => ({
      method: 'POST' as const,
      path: '/graphql',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: READS[i % READS.length] }),
      onResponse: (status: number, body: string) => {
        if (status !== 200 || body.includes('"errors"')) graphqlErrors += 1;
      },
    }));
    const write = {
      method: 'POST' as const,
      path: '/graphql',
      headers,
      setupRequest: (request: autocannon.Request, context: object) => {
        const id = `load-person-${(nextId += 1)}`;
        (context as { id?: string }).id = id;
        return { ...request, body: JSON.stringify({ query: WRITE, variables: { id, c: { sourceId: LOAD_SOURCE.id, quote: QUOTE } } }) };
      },
      onResponse: (status: number, body: string, context: object) => {
        if (status === 200 && !body.includes('"errors"')) acknowledged.add(String((context as { id?: string }).id));
        else {
          graphqlErrors += 1;
          graphqlErrorsOfWrites += 1;
        }
      },
    };
    // A client waits for an answer as long as the API may take (its transaction timeout), and more.
    const txTimeoutMs = options.txTimeoutMs ?? (Number(process.env.NEO4J_TX_TIMEOUT_MS) || 5_000);
    const common = { url, connections: options.connections, requests: [...reads, write], timeout: Math.max(10, Math.ceil(txTimeoutMs / 1000) + 10) };
    // The warm-up's failures count like any other: only its timings are left out.
    const warmup = { requests: 0, errors: 0, non2xx: 0 };
    if (options.warmupRequests) {
      say(`Warm-up: ${options.warmupRequests} requests over ${options.connections} connections, not measured`);
      const warm = await autocannon({ ...common, amount: options.warmupRequests });
      Object.assign(warmup, { requests: warm.requests.total, errors: warm.errors + warm.timeouts, non2xx: warm.non2xx });
    }
    say(`Load: ${options.connections} connections, ${describeBound(options)}, one write per ${options.readsPerWrite} reads, against ${url}`);
    const result = await autocannon(options.requests === undefined
      ? { ...common, duration: options.durationSeconds }
      : { ...common, amount: options.requests });
    clearInterval(sampler);
    rss.push(api.rssMb());

    const found = await db.read(CREATED_PEOPLE_WITH_AUDITS);
    const foundIds = new Set(found.map((row) => row.id as string));
    const lost = [...acknowledged].filter((id) => !foundIds.has(id)).length;
    // A duplicate is a write applied twice (two audit entries), or a person no client sent.
    const duplicated = found.filter((row) => Number(row.audits) !== 1 || Number(String(row.id).split('-').pop()) > nextId).length;
    const third = Math.max(1, Math.floor(rss.length / 3));
    const firstThird = average(rss.slice(third, 2 * third));
    const lastThird = average(rss.slice(-third));
    return {
      options,
      warmupRequests: warmup.requests,
      requests: result.requests.total,
      requestsPerSecond: Math.round(result.requests.average),
      latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
      errors: warmup.errors + result.errors + result.timeouts,
      non2xx: warmup.non2xx + result.non2xx,
      graphqlErrors,
      writesSent: nextId,
      writesAcknowledged: acknowledged.size,
      writesFound: foundIds.size,
      writesInFlightAtEnd: nextId - acknowledged.size - (graphqlErrorsOfWrites),
      writesLost: lost,
      writesDuplicated: duplicated,
      rssMb: { start: rss[0], end: rss[rss.length - 1], max: Math.max(...rss), firstThird: Math.round(firstThird), lastThird: Math.round(lastThird) },
      // Flat: after warm-up, the last third of the run holds no more than 25% over the middle third.
      memoryFlat: lastThird <= firstThird * 1.25,
    };
  } finally {
    await api?.stop();
    await db.close();
  }
}

export function loadReport(result: LoadResult): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const ok = result.errors === 0 && result.non2xx === 0 && result.graphqlErrors === 0 && result.writesLost === 0 && result.writesDuplicated === 0;
  return `# Load and soak test

Generated by \`${loadCommand(result.options)}\`
on ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, embedded Neo4j 5.26 Community.
The API runs as its own process (\`node dist/main.js\`, NODE_ENV=production) on 127.0.0.1; autocannon
clients mix reads (a person with seasons, a people page, a lineage, a search) with authenticated
\`createPerson\` writes. Afterwards every acknowledged write is looked up in the graph.

| Measure | Value |
| --- | --- |
| Run | ${describeBound(result.options)} |
| Warm-up requests (not measured) | ${result.warmupRequests} |
| Connections | ${result.options.connections} |
| Requests | ${result.requests} |
| Requests per second (mean) | ${result.requestsPerSecond} |
| Latency p50 / p90 / p99 / max | ${result.latencyMs.p50} / ${result.latencyMs.p90} / ${result.latencyMs.p99} / ${result.latencyMs.max} ms |
| Transport errors and timeouts | ${result.errors} |
| Non-2xx responses | ${result.non2xx} |
| GraphQL errors | ${result.graphqlErrors} |
| Writes sent | ${result.writesSent} |
| Writes acknowledged | ${result.writesAcknowledged} |
| Writes in flight when the run ended (no response) | ${result.writesInFlightAtEnd} |
| Writes found in the graph | ${result.writesFound} (every acknowledged one${result.writesFound > result.writesAcknowledged ? ', plus in-flight ones that committed' : ''}) |
| Writes lost | ${result.writesLost} |
| Writes duplicated | ${result.writesDuplicated} |
| API RSS start / end / max | ${result.rssMb.start} / ${result.rssMb.end} / ${result.rssMb.max} MB |
| API RSS middle third / last third (mean) | ${result.rssMb.firstThird} / ${result.rssMb.lastThird} MB (${result.memoryFlat ? 'flat' : 'growing'}) |

Verdict: ${ok ? 'no errors, no lost or duplicated writes' : 'FAILED: see the figures above'}${result.memoryFlat ? ', memory flat.' : ', memory grew.'}
`;
}
