/**
 * Errors are values with codes: bad arguments name the argument in `extensions.argument`
 * (BAD_USER_INPUT, HTTP 400 whoever finds the mistake); a Neo4j that is down gives
 * SERVICE_UNAVAILABLE with HTTP 503, quickly, and never a stack trace.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Database } from '../../src/db/database';
import { startEmbeddedNeo4j } from '../../src/db/embedded/embedded-neo4j';
import { startTestApi, useTestApi } from '../support/api';

describe('bad arguments', () => {
  const api = useTestApi();

  // `argument`: extensions.argument (null: a variable's value is wrong; the message names the
  // variable). `says`: what the message contains.
  test.each([
    { query: '{ people(first: -1) { totalCount } }', argument: 'first', says: 'first' },
    { query: '{ people(first: 101) { totalCount } }', argument: 'first', says: 'first' },
    { query: '{ people(filter: { gender: ROBOT }) { totalCount } }', argument: 'filter.gender', says: 'filter.gender' },
    { query: 'query($f: PersonFilter) { people(filter: $f) { totalCount } }', argument: null, says: '$f', variables: { f: { gender: 'ROBOT' } } },
    { query: '{ people(after: "not-a-cursor") { totalCount } }', argument: 'after', says: 'after' },
    { query: '{ people(filter: { yearFrom: 2020, yearTo: 2010 }) { totalCount } }', argument: 'filter.yearTo', says: 'yearTo (2010) must not be before yearFrom (2020)' },
    { query: '{ people(filter: { yearFrom: 1066 }) { totalCount } }', argument: 'filter.yearFrom', says: 'yearFrom' },
    { query: '{ lineage(personId: "amber-balcaen", maxDepth: 99) { relatives { kinship } } }', argument: 'maxDepth', says: 'maxDepth' },
    { query: '{ connection(fromId: "a", toId: "b", maxLength: 0) { length } }', argument: 'maxLength', says: 'maxLength' },
    { query: '{ search(text: "") { score } }', argument: 'text', says: 'text' },
    { query: '{ search(text: "amber", first: 1000) { score } }', argument: 'first', says: 'first' },
    { query: '{ races(filter: { status: FINISHED }) { totalCount } }', argument: 'filter.status', says: 'filter.status' },
    // Two wrong arguments: one error, `argument` names the first, the message both.
    { query: '{ search(text: "", first: 1000) { score } }', argument: 'text', says: 'first' },
  ] as { query: string; argument: string | null; says: string; variables?: Record<string, unknown> }[])('$query → BAD_USER_INPUT, extensions.argument $argument, HTTP 400, no Cypher sent', async ({ query, argument, says, variables }) => {
    const response = await api().query(query, variables);
    expect(response.errors).toHaveLength(1);
    const [error] = response.errors!;
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain(says);
    // One name for the argument, always a string: `argument`, never `arguments`.
    expect(error.extensions?.argument ?? null).toEqual(argument);
    expect(error.extensions).not.toHaveProperty('arguments');
    expect(error.extensions).not.toHaveProperty('stacktrace');
    expect(response.status).toBe(400);
    expect(response.extensions?.cypherStatements).toBe(0);
  });
});

describe('one HTTP status rule', () => {
  const api = useTestApi();

  // Who finds the mistake (graphql-js validating, graphql-js coercing variables, a class-validator
  // rule, a resolver) makes no difference: wrong arguments or variables are HTTP 400.
  test.each([
    { mistake: 'enum literal (graphql-js, validation)', query: '{ people(filter: { gender: ROBOT }) { totalCount } }', status: 400, code: 'BAD_USER_INPUT' },
    { mistake: 'enum in a variable (graphql-js, coercion)', query: 'query($g: Gender) { people(filter: { gender: $g }) { totalCount } }', variables: { g: 'ROBOT' }, status: 400, code: 'BAD_USER_INPUT' },
    { mistake: 'missing required variable (graphql-js, coercion)', query: 'query($n: Int!) { people(first: $n) { totalCount } }', status: 400, code: 'BAD_USER_INPUT' },
    { mistake: 'out of range literal (class-validator)', query: '{ people(first: -1) { totalCount } }', status: 400, code: 'BAD_USER_INPUT' },
    { mistake: 'out of range variable (class-validator)', query: 'query($n: Int!) { people(first: $n) { totalCount } }', variables: { n: -1 }, status: 400, code: 'BAD_USER_INPUT' },
    { mistake: 'bad cursor (resolver)', query: '{ people(after: "not-a-cursor") { totalCount } }', status: 400, code: 'BAD_USER_INPUT' },
    { mistake: 'bad cursor in a variable (resolver)', query: 'query($c: String) { people(after: $c) { totalCount } }', variables: { c: 'not-a-cursor' }, status: 400, code: 'BAD_USER_INPUT' },
    { mistake: 'a wrong argument next to a good field', query: '{ person(id: "amber-balcaen") { name } people(first: -1) { totalCount } }', status: 400, code: 'BAD_USER_INPUT' },
    { mistake: 'unknown field (graphql-js, validation)', query: '{ person(id: "amber-balcaen") { nickname } }', status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
    { mistake: 'malformed document', query: '{ person(id: ', status: 400, code: 'GRAPHQL_PARSE_FAILED' },
    { mistake: 'unknown id (the question is fine, the answer is no)', query: '{ lineage(personId: "nobody-at-all") { relatives { kinship } } }', status: 200, code: 'NOT_FOUND' },
    { mistake: 'unknown id in a single-entity lookup', query: '{ person(id: "nobody-at-all") { name } }', status: 200, code: 'NOT_FOUND' },
  ] as { mistake: string; query: string; variables?: Record<string, unknown>; status: number; code: string }[])('$mistake → HTTP $status, $code', async ({ query, variables, status, code }) => {
    const response = await api().query(query, variables);
    expect(response.errors?.map((e) => e.extensions?.code)).toEqual([code]);
    expect(response.status).toBe(status);
  });
});

describe('Neo4j down', () => {
  test('requests fail fast with SERVICE_UNAVAILABLE and HTTP 503, without a stack trace', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pitlane-down-test-'));
    const neo4j = await startEmbeddedNeo4j({ dataDir, port: 0, say: () => undefined });
    const db = await Database.connect({ uri: neo4j.uri, user: 'neo4j', password: '', database: 'neo4j' });
    const downApi = await startTestApi(db);
    try {
      const up = await downApi.query('{ person(id: "anyone") { id } }');
      expect(up).toMatchObject({ status: 200, data: { person: null } });

      await neo4j.stop();
      const started = Date.now();
      const down = await downApi.query('{ person(id: "anyone") { id } }');
      // Fail fast: within the driver's retry budget (5 s) plus a connection attempt, not a hang.
      expect(Date.now() - started).toBeLessThan(15_000);
      expect(down.status).toBe(503);
      expect(down.errors).toEqual([
        expect.objectContaining({ message: 'The graph database is unavailable. Try again shortly.', extensions: { code: 'SERVICE_UNAVAILABLE' } }),
      ]);
      const ready = await fetch(downApi.url.replace('/graphql', '/health/ready'));
      expect(ready.status).toBe(503);
    } finally {
      await downApi.stop();
      await db.close();
      await neo4j.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
