/**
 * Neo4j goes away while the API runs: requests fail fast with SERVICE_UNAVAILABLE, /health/ready
 * turns 503, the API stays up; when Neo4j is back the API recovers by itself. A write cut off by
 * the outage is either wholly there (with its audit entry) or wholly absent.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Database } from '../../src/db/database';
import { EmbeddedNeo4j, freePort, startEmbeddedNeo4j } from '../../src/db/embedded/embedded-neo4j';
import { routingUri } from '../../src/db/neo4j-server';
import { startTestApi, TestApi, testToken } from '../support/api';
import { ADD_SOURCE, cite, FIXTURE_SOURCE } from '../support/curation';
import { seededGraph } from '../support/neo4j';

const CREATE = `mutation($id: ID!, $c: CitationInput!) { createPerson(id: $id, input: { name: "Outage Test" }, citation: $c) { id } }`;

let dataDir: string;
let port: number;
let neo4j: EmbeddedNeo4j | undefined;
let db: Database;
let api: TestApi;

const start = async () => {
  neo4j = await startEmbeddedNeo4j({ dataDir, port, say: () => undefined });
};

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pitlane-fault-test-'));
  port = await freePort();
  await start();
  db = await Database.connect({ uri: routingUri(neo4j!.uri), user: 'neo4j', password: '', database: 'neo4j' });
  await seededGraph(db);
  api = await startTestApi(db);
  const added = await api.query(ADD_SOURCE, { input: FIXTURE_SOURCE }, testToken());
  expect(added.errors).toBeUndefined();
}, 120_000);

afterAll(async () => {
  await api?.stop();
  await db?.close();
  await neo4j?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

test('outage: fail fast with 503 and ready 503, stay live; recover without a restart; writes all-or-nothing', async () => {
  const ready = () => fetch(api.url.replace('/graphql', '/health/ready')).then((r) => r.status);
  const live = () => fetch(api.url.replace('/graphql', '/health/live')).then((r) => r.status);
  expect(await ready()).toBe(200);

  // Writes in flight as Neo4j stops.
  const ids = Array.from({ length: 12 }, (_, i) => `outage-test-${i}`);
  const writes = ids.map((id) => api.query(CREATE, { id, c: cite('Jane Roe is a British racing driver.') }, testToken()));
  await neo4j!.stop();
  const results = await Promise.all(writes);

  const started = Date.now();
  const down = await api.query('{ person(id: "amber-balcaen") { name } }');
  expect(Date.now() - started).toBeLessThan(15_000);
  expect(down.status).toBe(503);
  expect(down.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
  expect(await ready()).toBe(503);
  expect(await live()).toBe(200);

  await start();
  let recovered = false;
  const deadline = Date.now() + 60_000;
  while (!recovered && Date.now() < deadline) {
    const response = await api.query('{ person(id: "amber-balcaen") { name } }');
    recovered = !response.errors && (response.data as any)?.person?.name === 'Amber Balcaen';
    if (!recovered) await new Promise((resolve) => setTimeout(resolve, 500));
  }
  expect(recovered).toBe(true);
  expect(await ready()).toBe(200);

  // Every write is all or nothing: the person exists exactly when its audit entry does, and a
  // write the client saw succeed is there.
  const rows = await db.read(`
    UNWIND $ids AS id
    RETURN id, EXISTS { MATCH (:Person {id: id}) } AS person,
           COUNT { MATCH (a:AuditEntry {operation: 'createPerson'}) WHERE id IN a.targetIds } AS audits`, { ids });
  for (const row of rows) expect(row.audits).toBe(row.person ? 1 : 0);
  results.forEach((result, i) => {
    if (!result.errors) expect(rows[i].person).toBe(true);
    else expect(result.errors[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
  });
}, 240_000);
