/**
 * Errors are values with codes: bad arguments name the argument (BAD_USER_INPUT); a Neo4j that is
 * down gives SERVICE_UNAVAILABLE with HTTP 503, quickly, and never a stack trace.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Database } from '../../src/db/database';
import { startEmbeddedNeo4j } from '../../src/db/embedded/embedded-neo4j';
import { startTestApi, useTestApi } from '../support/api';

describe('bad arguments', () => {
  const api = useTestApi();

  test.each([
    { query: '{ people(first: -1) { totalCount } }', argument: 'first' },
    { query: '{ people(first: 101) { totalCount } }', argument: 'first' },
    { query: '{ people(filter: { gender: ROBOT }) { totalCount } }', argument: 'filter.gender' },
    { query: 'query($f: PersonFilter) { people(filter: $f) { totalCount } }', argument: '$f', variables: { f: { gender: 'ROBOT' } } },
    { query: '{ people(after: "not-a-cursor") { totalCount } }', argument: 'after' },
    { query: '{ people(filter: { yearFrom: 2020, yearTo: 2010 }) { totalCount } }', argument: 'yearTo (2010) must not be before yearFrom (2020)' },
    { query: '{ people(filter: { yearFrom: 1066 }) { totalCount } }', argument: 'yearFrom' },
    { query: '{ lineage(personId: "amber-balcaen", maxDepth: 99) { relatives { kinship } } }', argument: 'maxDepth' },
    { query: '{ connection(fromId: "a", toId: "b", maxLength: 0) { length } }', argument: 'maxLength' },
    { query: '{ search(text: "") { score } }', argument: 'text' },
    { query: '{ search(text: "amber", first: 1000) { score } }', argument: 'first' },
    { query: '{ races(filter: { status: FINISHED }) { totalCount } }', argument: 'filter.status' },
  ] as { query: string; argument: string; variables?: Record<string, unknown> }[])('$query → BAD_USER_INPUT naming $argument, and no Cypher sent', async ({ query, argument, variables }) => {
    const response = await api().query(query, variables);
    expect(response.errors).toHaveLength(1);
    const [error] = response.errors!;
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain(argument);
    expect(error.extensions).not.toHaveProperty('stacktrace');
    expect(response.extensions?.cypherStatements ?? 0).toBe(0);
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
