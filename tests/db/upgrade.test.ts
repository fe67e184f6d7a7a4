/**
 * A database built by main before the model was declared (commit b36cc2b: its hand-written
 * constraints file, then the seed) is brought to model version 1 by the migrations: the version is
 * recorded, the graph is unchanged, the schema is a freshly built database's, and doing it again
 * changes nothing. And today's seed loads to the graph main built (tests/fixtures/db/seed-graph-b36cc2b.json).
 */
import fs from 'node:fs';
import path from 'node:path';
import { Database } from '../../src/db/database';
import { graphFingerprint, GraphFingerprint } from '../../src/db/fingerprint';
import { migrationStatus } from '../../src/db/migrations/migrate';
import { prepareDatabase } from '../../src/db/prepare';
import { databaseSchema } from '../../src/db/schema-state';
import { GRAPH_MODEL } from '../../src/model/graph-model';
import { loadSeedFiles } from '../../src/seed/load-seed';
import { useTestDatabase } from '../support/neo4j';
import { applyStatements, blankDatabase } from '../support/schema';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'db');
const OLD_CONSTRAINTS = fs.readFileSync(path.join(FIXTURES, 'constraints-b36cc2b.cypher'), 'utf8');
/** The graph main at b36cc2b built from the seed files, as graphFingerprint reads it. */
const OLD_GRAPH = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'seed-graph-b36cc2b.json'), 'utf8')) as GraphFingerprint;

// Before useTestDatabase: hooks run in the order they are declared, and it closes the connection.
afterAll(async () => {
  // Leave the database as every other test expects it: migrated, with the schema.
  await blankDatabase(database());
  await prepareDatabase(database());
});

const database = useTestDatabase({ seeded: false });

/** What a start leaves: the migration records (without their times) and the schema. */
async function state(db: Database) {
  const { applied, databaseVersion } = await migrationStatus(db);
  return {
    databaseVersion,
    applied: applied.map(({ version, file, checksum }) => ({ version, file, checksum })),
    schema: await databaseSchema(db),
  };
}

test('today\'s seed files load to the graph main built at b36cc2b (every node, relationship, property and quote)', async () => {
  await blankDatabase(database());
  await prepareDatabase(database());
  await loadSeedFiles(database());
  const graph = await graphFingerprint(database());
  expect(graph.counts).toEqual(OLD_GRAPH.counts);
  // On a difference, the first differing node or relationship is what jest shows.
  expect(graph.nodes).toEqual(OLD_GRAPH.nodes);
  expect(graph.relationships).toEqual(OLD_GRAPH.relationships);
  expect(graph.hash).toBe(OLD_GRAPH.hash);
});

test('a database main built at b36cc2b is migrated to version 1: recorded, graph unchanged, schema as fresh, again changes nothing', async () => {
  const db = database();
  // Fresh: an empty database started by today's code.
  await blankDatabase(db);
  await prepareDatabase(db);
  const fresh = await state(db);
  expect(fresh.databaseVersion).toBe(GRAPH_MODEL.version);

  // Old: main's constraints file, then the seed (the load statements did not change).
  await blankDatabase(db);
  await applyStatements(db, OLD_CONSTRAINTS);
  await loadSeedFiles(db);
  const before = await graphFingerprint(db);
  expect(before.hash).toBe(OLD_GRAPH.hash);
  expect((await migrationStatus(db)).databaseVersion).toBe(0);

  const first = await prepareDatabase(db);
  expect(first.migrations.applied.map((m) => m.file)).toEqual(['V0001__Baseline.cypher']);
  const upgraded = await state(db);
  expect(upgraded).toEqual(fresh);
  expect(await graphFingerprint(db)).toEqual(before);

  const again = await prepareDatabase(db);
  expect(again.migrations.applied).toEqual([]);
  expect(again.schema.undeclared).toEqual([]);
  expect(await state(db)).toEqual(upgraded);
  expect(await graphFingerprint(db)).toEqual(before);
  const [{ count }] = await db.read('MATCH (m:__PitlaneMigration) RETURN count(m) AS count');
  expect(count).toBe(1);
});
