/**
 * What the benchmark measures, the same way for every contender:
 * - latency and throughput: autocannon at a fixed number of connections, after a warm-up, in rounds
 *   that change the contenders' order;
 * - Cypher statements per request: counted by Neo4j itself (db.stats query collection), so no
 *   contender's own bookkeeping is trusted;
 * - the answer: one request, parsed, for the cross-check.
 */
import autocannon from 'autocannon';
import { Database } from '../db/database';
import { CLEAR_QUERY_STATS, COLLECT_QUERY_STATS, COUNT_COLLECTED_STATEMENTS, STOP_QUERY_STATS } from './bench.cypher';
import { cpuMillisOf } from './process-cpu';
import { ContenderRequest } from './questions';

export interface Timing {
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  /** CPU the contender's process used per timed request, in ms (when its pid is known, on Linux). */
  cpuMsPerRequest?: number;
  /** CPU Neo4j used per timed request of this contender, in ms (when Neo4j's pid is known). */
  databaseCpuMsPerRequest?: number;
}

/** One request; throws with the contender's own error message when it fails. */
export async function ask(baseUrl: string, request: ContenderRequest): Promise<unknown> {
  const response = await fetch(baseUrl + request.path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: request.body,
    signal: AbortSignal.timeout(120_000),
  });
  const text = await response.text();
  const body = JSON.parse(text) as { errors?: { message: string }[]; error?: string };
  const message = body.errors?.[0]?.message ?? body.error;
  if (!response.ok || message) throw new Error(`HTTP ${response.status}: ${message ?? text.slice(0, 300)}`);
  return body;
}

export interface TimingOptions {
  connections: number;
  /** Timed seconds per contender, spread over the rounds. */
  durationSeconds: number;
  /** Untimed seconds before each contender's turn in each round. */
  warmupSeconds: number;
  /** How many turns each contender gets; every other round runs the contenders in reverse order. */
  rounds: number;
  /** Neo4j's process, when it runs on this machine: its CPU per request is measured too. */
  databasePid?: number;
}

/** A contender's server and its request for the question being timed. */
export interface TimedTarget<K extends string> {
  key: K;
  url: string;
  request: ContenderRequest;
  /** The contender's server process: its CPU per request is measured. */
  pid?: number;
}

/** autocannon.aggregateResult: documented in autocannon's README, missing from @types/autocannon. */
const aggregateResult = (autocannon as unknown as {
  aggregateResult(results: autocannon.Result[], options: { url: string; connections: number }): autocannon.Result;
}).aggregateResult;

function load(target: TimedTarget<string>, connections: number, seconds: number, keepRaw: boolean): Promise<autocannon.Result> {
  return autocannon({
    url: target.url + target.request.path,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: target.request.body,
    connections,
    duration: seconds,
    // The raw histograms of each turn, merged per contender afterwards.
    skipAggregateResult: keepRaw,
  });
}

/**
 * Latency and throughput of one question for each contender, in rounds: each round gives every
 * contender a warm-up and a turn, and every other round goes in reverse order. Whoever is timed
 * right after another contender finds Neo4j's caches and JIT warmed by it (measured: the second of
 * two identical APIs timed back to back was 10 to 25% faster, whichever it was), so no contender
 * may always go first. A contender's turns are merged into one latency histogram.
 */
export async function timeQuestion<K extends string>(targets: TimedTarget<K>[], options: TimingOptions): Promise<Map<K, Timing>> {
  const rounds = Math.max(1, options.rounds);
  const turns = new Map<K, autocannon.Result[]>(targets.map((target) => [target.key, []]));
  // CPU used during the timed turns (not the warm-ups), by the contender and by Neo4j; null once unknown.
  const cpu = new Map<K, { server: number | null; database: number | null }>(targets.map((t) => [t.key, { server: 0, database: 0 }]));
  const add = (total: number | null, before: number | null, after: number | null) => (total === null || before === null || after === null ? null : total + after - before);
  for (let round = 0; round < rounds; round += 1) {
    for (const target of round % 2 === 0 ? targets : [...targets].reverse()) {
      if (options.warmupSeconds > 0) await load(target, options.connections, options.warmupSeconds, false);
      const cpuNow = () => ({
        server: target.pid === undefined ? null : cpuMillisOf(target.pid),
        database: options.databasePid === undefined ? null : cpuMillisOf(options.databasePid),
      });
      const before = cpuNow();
      turns.get(target.key)!.push(await load(target, options.connections, options.durationSeconds / rounds, true));
      const after = cpuNow();
      const used = cpu.get(target.key)!;
      cpu.set(target.key, { server: add(used.server, before.server, after.server), database: add(used.database, before.database, after.database) });
    }
  }
  return new Map(targets.map((target): [K, Timing] => {
    const result = aggregateResult(turns.get(target.key)!, { url: target.url + target.request.path, connections: options.connections });
    const completed = result.requests.total;
    const used = cpu.get(target.key)!;
    const perRequest = (ms: number | null) => (ms === null || completed === 0 ? undefined : Math.round((ms / completed) * 100) / 100);
    const server = perRequest(used.server);
    const database = perRequest(used.database);
    return [target.key, {
      requests: completed,
      requestsPerSecond: Math.round(completed / options.durationSeconds),
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      errors: result.errors + result.timeouts + result.non2xx,
      ...(server === undefined ? {} : { cpuMsPerRequest: server }),
      ...(database === undefined ? {} : { databaseCpuMsPerRequest: database }),
    }];
  }));
}

/**
 * How many Cypher statements Neo4j ran for one request. Neo4j collects query executions
 * asynchronously, so we read until two reads agree. The collection is stopped and cleared before
 * this returns: left running, it would record every query of the timed runs that follow, a cost
 * inside Neo4j that the questions timed first would pay and the later ones not.
 */
export async function countStatements(db: Database, send: () => Promise<unknown>): Promise<number> {
  await db.write(STOP_QUERY_STATS);
  await db.write(CLEAR_QUERY_STATS);
  await db.write(COLLECT_QUERY_STATS);
  try {
    await send();
    let previous = -1;
    for (let attempt = 0; attempt < 20; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      const [{ statements }] = await db.read(COUNT_COLLECTED_STATEMENTS);
      const count = Number(statements);
      if (count === previous && count > 0) return count;
      previous = count;
    }
    return previous;
  } finally {
    await db.write(STOP_QUERY_STATS);
    await db.write(CLEAR_QUERY_STATS);
  }
}
