/**
 * The load and soak test: a throwaway embedded Neo4j with the seed graph, the API as its own
 * process (`node dist/main.js`) on loopback, and autocannon clients mixing reads and authenticated
 * writes for a fixed time. Then every write is checked against the graph (none lost, none
 * duplicated) and the API's memory over the run is summarised.
 */
import autocannon from 'autocannon';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { Database } from '../db/database';
import { EmbeddedNeo4j, withThrowawayNeo4j } from '../db/embedded/embedded-neo4j';
import { routingUri } from '../db/neo4j-server';
import { applySchema } from '../db/schema';
import { loadSeedFiles } from '../seed/load-seed';
import { signToken } from '../auth/tokens';
import { ChildServer, startApiProcess } from '../server/child-server';

export interface LoadOptions {
  durationSeconds: number;
  connections: number;
  /** One write after this many reads, per connection. */
  readsPerWrite: number;
  say?: (line: string) => void;
}

export interface LoadResult {
  options: LoadOptions;
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
  return withThrowawayNeo4j('load', options.say, (neo4j) => loadAgainst(neo4j, options));
}

async function loadAgainst(neo4j: EmbeddedNeo4j, options: LoadOptions): Promise<LoadResult> {
  const say = options.say ?? (() => undefined);
  const secret = randomBytes(32).toString('hex');
  let api: ChildServer | undefined;
  const db = await Database.connect({ uri: routingUri(neo4j.uri), user: 'neo4j', password: '', database: 'neo4j' });
  try {
    await applySchema(db);
    await loadSeedFiles(db);
    api = await startApiProcess(routingUri(neo4j.uri), { JWT_SECRET: secret, LOG_LEVEL: 'warn' });
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
    say(`Load: ${options.connections} connections for ${options.durationSeconds} s, one write per ${options.readsPerWrite} reads, against ${url}`);
    const result = await autocannon({
      url,
      connections: options.connections,
      duration: options.durationSeconds,
      requests: [...reads, write],
    });
    clearInterval(sampler);
    rss.push(api.rssMb());

    const found = await db.read(`
      MATCH (p:Person) WHERE p.id STARTS WITH 'load-person-'
      RETURN p.id AS id, COUNT { MATCH (a:AuditEntry {operation: 'createPerson'}) WHERE p.id IN a.targetIds } AS audits`);
    const foundIds = new Set(found.map((row) => row.id as string));
    const lost = [...acknowledged].filter((id) => !foundIds.has(id)).length;
    // A duplicate is a write applied twice (two audit entries), or a person no client sent.
    const duplicated = found.filter((row) => Number(row.audits) !== 1 || Number(String(row.id).split('-').pop()) > nextId).length;
    const third = Math.max(1, Math.floor(rss.length / 3));
    const firstThird = average(rss.slice(third, 2 * third));
    const lastThird = average(rss.slice(-third));
    return {
      options,
      requests: result.requests.total,
      requestsPerSecond: Math.round(result.requests.average),
      latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
      errors: result.errors + result.timeouts,
      non2xx: result.non2xx,
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

Generated by \`npm run load -- --duration ${result.options.durationSeconds} --connections ${result.options.connections} --reads-per-write ${result.options.readsPerWrite}\`
on ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, embedded Neo4j 5.26 Community.
The API runs as its own process (\`node dist/main.js\`, NODE_ENV=production) on 127.0.0.1; autocannon
clients mix reads (a person with seasons, a people page, a lineage, a search) with authenticated
\`createPerson\` writes. Afterwards every acknowledged write is looked up in the graph.

| Measure | Value |
| --- | --- |
| Duration | ${result.options.durationSeconds} s |
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
