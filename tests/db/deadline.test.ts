/**
 * The request deadline (src/db/deadline.ts) cuts off a Neo4j that does not answer (see
 * tests/hardening/neo4j-supervision.test.ts), but not the statements a live Neo4j is working on:
 * a long read runs to its end, and the transaction timeout still reports QUERY_TIMEOUT.
 */
import { Database } from '../../src/db/database';
import { DatabaseUnavailableError, QueryTimeoutError } from '../../src/db/errors';

const connection = () => ({ uri: process.env.NEO4J_URI!, user: 'neo4j', password: '', database: 'neo4j' });
/**
 * Counts through $rows rows: once its plan is cached, Neo4j answers the statement at once, and its
 * one row comes much later. (Planning it the first time can itself take over a second on a loaded
 * machine: a live server that is silent that long is indistinguishable from a stopped one.)
 */
const LONG = 'UNWIND range(1, $rows) AS x WITH x WHERE x = -1 RETURN count(x) AS n';

test('a long read that Neo4j answered runs past the request deadline to its result', async () => {
  const deadlineMs = 1_500;
  const db = await Database.connect({ ...connection(), txTimeoutMs: 120_000 });
  try {
    await db.read(LONG, { rows: 10 }); // plans and caches the statement
    const started = Date.now();
    expect(await db.withRequestDeadline(deadlineMs).read(LONG, { rows: 50_000_000 })).toEqual([{ n: 0 }]);
    // The precondition of this test: the read lasted longer than the deadline.
    expect(Date.now() - started).toBeGreaterThan(deadlineMs);
  } finally {
    await db.close();
  }
}, 180_000);

test('the transaction timeout still stops a statement, reported as QueryTimeoutError, not unavailable', async () => {
  const db = await Database.connect({ ...connection(), requestDeadlineMs: 10_000, txTimeoutMs: 300 });
  try {
    const failure = await db.read(LONG, { rows: 300_000_000 }).then(() => undefined, (error: unknown) => error);
    expect(failure).toBeInstanceOf(QueryTimeoutError);
    expect(failure).not.toBeInstanceOf(DatabaseUnavailableError);
    expect(await db.read('RETURN 1 AS one')).toEqual([{ one: 1 }]);
  } finally {
    await db.close();
  }
}, 60_000);
