/**
 * The graph's version (src/db/graph-version.cypher.ts): every write transaction that changes data
 * raises it once, in that transaction (Database.writeTransaction), whoever writes: the seed loader,
 * a retraction, a reset, a migration's statement. Reads, schema changes and writes that change
 * nothing leave it. The fingerprint of the graph does not see it.
 * (A curation mutation raising it over the API: tests/server/http-cache.test.ts.)
 */
import path from 'node:path';
import { readGraphVersion } from '../../src/db/database';
import { graphFingerprint } from '../../src/db/fingerprint';
import { GRAPH_VERSION_LABEL } from '../../src/db/graph-version.cypher';
import { prepareDatabase } from '../../src/db/prepare';
import { loadSeedFiles } from '../../src/seed/load-seed';
import { resetGraph } from '../../src/seed/reset';
import { retractSource } from '../../src/seed/retract';
import { emptyGraph, graphCounts, useTestDatabase } from '../support/neo4j';

const database = useTestDatabase({ seeded: false });
const FIXTURES = path.join(__dirname, '../fixtures/retraction');
const A = path.join(FIXTURES, 'test-fixture-source-a.yaml');
const B = path.join(FIXTURES, 'test-fixture-source-b.yaml');

async function version(): Promise<number> {
  const read = await readGraphVersion(database());
  if (!read) throw new Error('the graph has no version node');
  return read.version;
}

beforeAll(async () => {
  await emptyGraph(database());
});

test('a reset raises the version and keeps its node; the emptied graph counts nothing else', async () => {
  const before = await version();
  await resetGraph(database());
  expect(await version()).toBe(before + 1);
  expect(await graphCounts(database())).toEqual({ nodes: 0, relationships: 0 });
  expect(await database().read(`MATCH (v:${GRAPH_VERSION_LABEL}) RETURN count(v) AS count`)).toEqual([{ count: 1 }]);
});

test('loading a seed file raises the version once per file; loading it again changes nothing and leaves it', async () => {
  const before = await version();
  const [loaded] = await loadSeedFiles(database(), [A]);
  expect(loaded.written).toBe(true);
  expect(await version()).toBe(before + 1);
  const [again] = await loadSeedFiles(database(), [A]);
  expect(again.written).toBe(false);
  expect(await version()).toBe(before + 1);
});

test('a retraction raises the version when applied, not in its dry run', async () => {
  await loadSeedFiles(database(), [B]);
  const before = await version();
  await retractSource(database(), 'test-fixture-source-b', { apply: false, actor: 'version-test', role: 'editor' });
  expect(await version()).toBe(before);
  const retracted = await retractSource(database(), 'test-fixture-source-b', { apply: true, actor: 'version-test', role: 'editor' });
  expect(retracted.claimsRemoved).toBeGreaterThan(0);
  expect(await version()).toBe(before + 1);
});

test('reads, writes that change nothing and schema changes leave the version', async () => {
  const before = await version();
  await database().read('MATCH (p:Person) RETURN count(p) AS people');
  await database().write("MATCH (p:Person {id: 'nobody-has-this-id'}) SET p.name = 'x'");
  await database().write('CREATE INDEX graph_version_test IF NOT EXISTS FOR (n:GraphVersionTest) ON (n.name)');
  await database().write('DROP INDEX graph_version_test IF EXISTS');
  expect(await version()).toBe(before);
});

test('the raise commits with its transaction: a transaction that fails after writing leaves the version', async () => {
  const before = await version();
  await expect(database().writeTransaction(async (tx) => {
    await tx.run("CREATE (:GraphVersionTest {id: 'rolled-back'})");
    throw new Error('the work failed');
  })).rejects.toThrow('the work failed');
  expect(await database().read("MATCH (n:GraphVersionTest) RETURN n")).toEqual([]);
  expect(await version()).toBe(before);
});

test('concurrent writes each raise it: none is lost', async () => {
  const before = await version();
  await Promise.all(Array.from({ length: 6 }, (_, i) => database().write('CREATE (:GraphVersionTest {id: $id})', { id: `concurrent-${i}` })));
  expect(await version()).toBe(before + 6);
  await database().write('MATCH (n:GraphVersionTest) DELETE n');
  expect(await version()).toBe(before + 7);
});

test('a migration run raises it; an up-to-date start does not', async () => {
  await database().write("MATCH (m:__PitlaneMigration {version: 3}) DELETE m");
  const before = await version();
  const migrated = await prepareDatabase(database());
  expect(migrated.migrations.applied.map((m) => m.version)).toEqual([3]);
  expect(await version()).toBeGreaterThan(before);
  const after = await version();
  expect((await prepareDatabase(database())).migrations.applied).toEqual([]);
  expect(await version()).toBe(after);
});

test("the graph's fingerprint does not see the version", async () => {
  const before = await graphFingerprint(database());
  await database().bumpGraphVersion();
  expect(await graphFingerprint(database())).toEqual(before);
  expect(before.nodes.some((node) => node.labels.includes(GRAPH_VERSION_LABEL))).toBe(false);
});
