/**
 * Query limits (graphql-armor) refuse an over-limit query before any Cypher is sent; Neo4j stops
 * statements at the transaction timeout; the connection pool is bounded.
 */
import { loadConfig } from '../../src/config/config';
import { Database } from '../../src/db/database';
import { QueryTimeoutError } from '../../src/db/errors';
import { namedQuery, namedQueryNames } from '../../src/db/cypher-files';
import { useTestApi } from '../support/api';

const api = useTestApi();
const limits = loadConfig({}).http.limits;

async function refused(query: string, message: RegExp, code = 'GRAPHQL_VALIDATION_FAILED') {
  const response = await api().query(query);
  expect(response.status).toBe(400);
  expect(response.errors?.[0].extensions?.code).toBe(code);
  expect(response.errors?.[0].message).toMatch(message);
  expect(response.data ?? null).toBeNull();
  // Refused at validation: no statement was sent to Neo4j.
  expect(response.extensions?.cypherStatements ?? 0).toBe(0);
}

/** person { parents { ... { id } } }: `levels` fields deep, counting person and id. */
function deep(levels: number): string {
  let selection = 'id';
  for (let i = 0; i < levels - 2; i += 1) selection = `parents { ${selection} }`;
  return `{ person(id: "amber-balcaen") { ${selection} } }`;
}

test(`depth over ${limits.depth}`, async () => {
  await refused(deep(limits.depth + 1), new RegExp(`depth limit of ${limits.depth} exceeded, found ${limits.depth + 1}`));
  const atTheLimit = await api().query(deep(limits.depth));
  expect(atTheLimit.errors).toBeUndefined();
});

test(`cost over ${limits.cost}`, async () => {
  const heavy = `people(first: 100) { edges { node { seasons { season { entries { person { races { race { name } } } } } } } } }`;
  const aliases = Array.from({ length: 10 }, (_, i) => `a${i}: ${heavy}`).join(' ');
  await refused(`{ ${aliases} }`, /cost/i);
});

test(`more than ${limits.aliases} aliases`, async () => {
  const aliases = Array.from({ length: limits.aliases + 1 }, (_, i) => `a${i}: person(id: "amber-balcaen") { id }`).join(' ');
  await refused(`{ ${aliases} }`, /aliases/i);
});

test(`more than ${limits.directives} directives`, async () => {
  const directives = Array.from({ length: limits.directives + 1 }, () => '@include(if: true)').join(' ');
  await refused(`{ __typename ${directives} }`, /directives/i);
});

test(`more than ${limits.tokens} tokens`, async () => {
  const fields = Array.from({ length: limits.tokens }, () => 'name').join(' ');
  await refused(`{ person(id: "amber-balcaen") { ${fields} } }`, new RegExp(`more th\\w+ ${limits.tokens} tokens`), 'GRAPHQL_PARSE_FAILED');
});

test('batched requests are refused', async () => {
  const response = await fetch(api().url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
  });
  expect(response.status).toBe(400);
});

describe('database protection', () => {
  const connection = () => ({ uri: process.env.NEO4J_URI!, user: 'neo4j', password: '', database: 'neo4j' });
  const SLOW = 'UNWIND range(1, 300000000) AS x WITH x WHERE x = -1 RETURN count(x) AS n';

  test('a statement running past the transaction timeout is stopped (QueryTimeoutError)', async () => {
    const db = await Database.connect({ ...connection(), txTimeoutMs: 300 });
    try {
      await expect(db.read(SLOW)).rejects.toBeInstanceOf(QueryTimeoutError);
      // The pool is not pinned: the next statement runs.
      expect(await db.read('RETURN 1 AS one')).toEqual([{ one: 1 }]);
    } finally {
      await db.close();
    }
  }, 30_000);

  test('the pool is bounded: with one connection, statements never overlap', async () => {
    const db = await Database.connect({ ...connection(), maxPoolSize: 1, txTimeoutMs: 10_000 });
    const observer = await Database.connect(connection());
    try {
      const probe = 'UNWIND range(1, 3000000) AS x WITH x WHERE x = -1 RETURN count(x) AS pool_probe';
      const running = Promise.all([db.read(probe), db.read(probe), db.read(probe)]);
      let most = 0;
      let settled = false;
      void running.finally(() => (settled = true));
      while (!settled) {
        const rows = await observer.read("SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS 'pool_probe' AND NOT currentQuery CONTAINS 'SHOW' RETURN count(*) AS n");
        most = Math.max(most, Number(rows[0].n));
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await running;
      expect(most).toBe(1);
    } finally {
      await db.close();
      await observer.close();
    }
  }, 60_000);
});

test('variable-length traversals have hard bounds in the Cypher itself, whatever the arguments say', () => {
  expect(namedQuery('lineage').cypher).toMatch(/\[:PARENT_OF\|SIBLING_OF\|SPOUSE_OF\|HAS_RELATIVE\*1\.\.6\]/);
  expect(namedQuery('shortest-connection').cypher).toMatch(/SHORTEST 1 \(a\) \(\(\)-\[\]-\(:!Source\)\)\{0,9\} \(\)-\[\]-\(b\)/);
  expect(namedQuery('export-subgraph').cypher).toMatch(/\(start\)-\[hops\*0\.\.5\]-\(n:Entity\)/);
  // Unbounded patterns ([*], [r*], [*..] or [*n..]) appear nowhere in the library.
  for (const name of namedQueryNames()) {
    expect(namedQuery(name).cypher).not.toMatch(/\*\s*\]|\*\d*\.\.\]/);
  }
});
