/**
 * What the benchmark measures, the same way for every contender:
 * - latency and throughput: autocannon at a fixed number of connections, after a warm-up;
 * - Cypher statements per request: counted by Neo4j itself (db.stats query collection), so no
 *   contender's own bookkeeping is trusted;
 * - the answer: one request, parsed, for the cross-check.
 */
import autocannon from 'autocannon';
import { Database } from '../db/database';
import { CLEAR_QUERY_STATS, COLLECT_QUERY_STATS, COUNT_COLLECTED_STATEMENTS, STOP_QUERY_STATS } from './bench.cypher';
import { ContenderRequest } from './questions';

export interface Timing {
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
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

export async function time(
  baseUrl: string,
  request: ContenderRequest,
  options: { connections: number; durationSeconds: number; warmupSeconds: number },
): Promise<Timing> {
  const run = (duration: number) =>
    autocannon({
      url: baseUrl + request.path,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: request.body,
      connections: options.connections,
      duration,
    });
  if (options.warmupSeconds > 0) await run(options.warmupSeconds);
  const result = await run(options.durationSeconds);
  return {
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.total / options.durationSeconds),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

/**
 * How many Cypher statements Neo4j ran for one request. Neo4j collects query executions
 * asynchronously, so we read until two reads agree.
 */
export async function countStatements(db: Database, send: () => Promise<unknown>): Promise<number> {
  await db.write(STOP_QUERY_STATS);
  await db.write(CLEAR_QUERY_STATS);
  await db.write(COLLECT_QUERY_STATS);
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
}
