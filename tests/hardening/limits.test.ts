/**
 * Query limits refuse an over-limit query before any Cypher is sent, with QUERY_LIMIT_EXCEEDED
 * naming the setting, the maximum and the figure found; the cost counts page sizes from literals,
 * variables and argument defaults alike. Neo4j stops statements at the transaction timeout; the
 * connection pool is bounded.
 */
import { loadConfig } from '../../src/config/config';
import { Database } from '../../src/db/database';
import { QueryTimeoutError } from '../../src/db/errors';
import { namedQuery, namedQueryNames } from '../../src/db/cypher-files';
import { useTestApi } from '../support/api';

const api = useTestApi();
const limits = loadConfig({}).http.limits;

async function refused(query: string, limit: string, maximum: number, found: number | null, variables?: Record<string, unknown>) {
  const response = await api().query(query, variables);
  expect(response.status).toBe(400);
  expect(response.errors).toHaveLength(1);
  const [error] = response.errors!;
  expect(error.extensions).toEqual({ code: 'QUERY_LIMIT_EXCEEDED', limit, maximum, ...(found === null ? {} : { found }) });
  // Not a syntax error; the message names the setting, the maximum and what was found.
  expect(error.message).not.toMatch(/syntax/i);
  expect(error.message).toContain(limit);
  expect(error.message).toContain(`limit of ${maximum}`);
  if (found !== null) expect(error.message).toContain(` ${found},`);
  expect(response.data ?? null).toBeNull();
  // Refused before execution: the statement counter is there, and no statement was sent to Neo4j.
  expect(response.extensions?.cypherStatements).toBe(0);
}

/** person { parents(first: 1) { ... { id } } }: `levels` fields deep, counting person and id (pages of 1: the depth is tested, not the cost). */
function deep(levels: number): string {
  let selection = 'id';
  for (let i = 0; i < levels - 2; i += 1) selection = `parents(first: 1) { ${selection} }`;
  return `{ person(id: "amber-balcaen") { ${selection} } }`;
}

test(`depth over ${limits.depth}`, async () => {
  await refused(deep(limits.depth + 1), 'MAX_QUERY_DEPTH', limits.depth, limits.depth + 1);
  const atTheLimit = await api().query(deep(limits.depth));
  expect(atTheLimit.errors).toBeUndefined();
});

test(`cost over ${limits.cost}`, async () => {
  const heavy = `people(first: 100) { edges { node { seasons { season { entries { person { races { race { name } } } } } } } } }`;
  const aliases = Array.from({ length: 10 }, (_, i) => `a${i}: ${heavy}`).join(' ');
  const response = await api().query(`{ ${aliases} }`);
  expect(response.errors?.[0].extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'MAX_QUERY_COST', maximum: limits.cost });
  expect(response.extensions?.cypherStatements).toBe(0);
});

describe('the cost counts first/last from literals, variables and argument defaults alike', () => {
  // Per alias, by the documented formula (scalar 1; object 2 + 1.5 x its selections, x page size):
  // node { id name description } = 2 + 1.5 x 3 = 6.5; edges = 2 + 1.5 x 6.5 = 11.75;
  // people(first: n) = (2 + 1.5 x 11.75) x n = 19.625 n.
  const selection = 'edges { node { id name description } }';
  const costOf = (aliases: number, n: number) => Math.round(aliases * 19.625 * n);
  const document = (aliases: number, args: string, variables = '') =>
    `query${variables} { ${Array.from({ length: aliases }, (_, i) => `a${i}: people${args} { ${selection} }`).join(' ')} }`;
  // 15 aliases (the most allowed): over the limit at a page of 20 (5888), under it at 2 aliases.
  const forms = [
    { form: 'literal', build: (aliases: number) => document(aliases, '(first: 20)') },
    { form: 'variable', build: (aliases: number) => document(aliases, '(first: $n)', '($n: Int!)'), variables: { n: 20 } },
    { form: 'variable default', build: (aliases: number) => document(aliases, '(first: $n)', '($n: Int = 20)') },
    { form: 'argument default (first defaults to 20)', build: (aliases: number) => document(aliases, '') },
  ];

  test.each(forms)('$form: refused over the limit, before any Cypher', async ({ build, variables }) => {
    expect(costOf(limits.aliases, 20)).toBeGreaterThan(limits.cost);
    await refused(build(limits.aliases), 'MAX_QUERY_COST', limits.cost, costOf(limits.aliases, 20), variables);
  });

  test.each(forms)('$form: answered under the limit', async ({ build, variables }) => {
    expect(costOf(2, 20)).toBeLessThanOrEqual(limits.cost);
    const response = await api().query(build(2), variables);
    expect(response.errors).toBeUndefined();
    expect(response.status).toBe(200);
    expect(response.extensions?.cypherStatements).toBeGreaterThan(0);
  });

  test('the issue\'s query: 15 aliases of people(first: $n) with n = 100 is refused like the literal', async () => {
    const variable = document(limits.aliases, '(first: $n)', '($n: Int!)');
    await refused(variable, 'MAX_QUERY_COST', limits.cost, costOf(limits.aliases, 100), { n: 100 });
    await refused(document(limits.aliases, '(first: 100)'), 'MAX_QUERY_COST', limits.cost, costOf(limits.aliases, 100));
  });
});

test(`more than ${limits.aliases} aliases`, async () => {
  const aliases = Array.from({ length: limits.aliases + 1 }, (_, i) => `a${i}: person(id: "amber-balcaen") { id }`).join(' ');
  await refused(`{ ${aliases} }`, 'MAX_ALIASES', limits.aliases, limits.aliases + 1);
});

test(`more than ${limits.directives} directives`, async () => {
  // One directive per field, so that the document is otherwise valid.
  const fields = Array.from({ length: limits.directives + 1 }, () => '__typename @include(if: true)').join(' ');
  await refused(`{ ${fields} }`, 'MAX_DIRECTIVES', limits.directives, limits.directives + 1);
});

test(`more than ${limits.tokens} tokens`, async () => {
  const fields = Array.from({ length: limits.tokens }, () => 'name').join(' ');
  // graphql-js stops parsing at the limit, so only "more than" is known: no `found`.
  await refused(`{ person(id: "amber-balcaen") { ${fields} } }`, 'MAX_TOKENS', limits.tokens, null);
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
