/**
 * A database built by main before the model was declared (commit b36cc2b: its hand-written
 * constraints file, then the graph its seed loader built, tests/fixtures/db/seed-graph-b36cc2b.json)
 * is brought to today's model by the migrations: the versions are recorded, the schema is a freshly
 * built database's, the graph is exactly what today's seed builds in an empty database (V0002
 * re-expresses the Amber Balcaen seed), and doing it again changes nothing.
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
import { SEED_FILE } from '../support/seed-files';
import { applyStatements, blankDatabase, restoreFingerprint } from '../support/schema';

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

test('a database main built at b36cc2b is migrated to today\'s model: recorded, schema as fresh, graph as today\'s seed builds it, again changes nothing', async () => {
  const db = database();
  // Fresh: an empty database started by today's code, then today's seed.
  await blankDatabase(db);
  await prepareDatabase(db);
  const fresh = await state(db);
  expect(fresh.databaseVersion).toBe(GRAPH_MODEL.version);
  // The interview: the one source the old graph was built from.
  await loadSeedFiles(db, [SEED_FILE]);
  const seeded = await graphFingerprint(db);

  // Old: main's constraints file and the graph main's loader built at b36cc2b, written back as it was.
  await blankDatabase(db);
  await applyStatements(db, OLD_CONSTRAINTS);
  await restoreFingerprint(db, OLD_GRAPH);
  expect((await graphFingerprint(db)).hash).toBe(OLD_GRAPH.hash);
  expect((await migrationStatus(db)).databaseVersion).toBe(0);

  const first = await prepareDatabase(db);
  expect(first.migrations.applied.map((m) => m.file)).toEqual(['V0001__Baseline.cypher', 'V0002__Racing_model.cypher', 'V0003__Claims_and_cited_sources.cypher']);
  const upgraded = await state(db);
  expect(upgraded).toEqual(fresh);
  // Every node, relationship, property and quote: on a difference jest shows the first that differs.
  const migrated = await graphFingerprint(db);
  expect(migrated.counts).toEqual(seeded.counts);
  expect(migrated.nodes).toEqual(seeded.nodes);
  expect(migrated.relationships).toEqual(seeded.relationships);
  // What V0002 changed, spelled out (so the comparison above cannot pass by both sides lacking it).
  const owner = seeded.relationships.filter((rel) => rel.type === 'HELD_ROLE' && rel.from === 'amber-balcaen');
  expect(owner.map((rel) => [rel.to, rel.properties.role])).toEqual([['amber-balcaen-racing-inc', 'owner']]);
  expect(seeded.relationships.some((rel) => rel.type === 'OWNS')).toBe(false);
  const move = seeded.nodes.find((node) => node.id === 'amber-balcaen-move-to-north-carolina')!;
  expect(move.properties).toMatchObject({ dateAsStated: 'about six years ago', offsetYears: -6, earliestYear: 2016, latestYear: 2018 });
  expect(move.properties.year).toBeUndefined();

  // What V0003 and the claims backfill made, spelled out: the interview's claims, as loading it writes them.
  const claim = seeded.nodes.find((node) => node.labels.includes('Claim') && node.properties.subject === 'amber-balcaen' && node.properties.property === 'name');
  expect(claim?.properties).toMatchObject({ value: 'Amber Balcaen', source: 'females-in-motorsport-amber-balcaen-2023', storage: 'stored', preferred: true, disputed: false });
  expect(migrated.nodes.filter((node) => node.labels.includes('Claim')).length).toBeGreaterThan(100);
  expect(seeded.nodes.find((node) => node.id === 'females-in-motorsport-amber-balcaen-2023')?.properties.storage).toBe('stored');

  // Loading today's seed into the migrated database finds nothing to change.
  const [summary] = await loadSeedFiles(db, [SEED_FILE]);
  expect(summary.written).toBe(false);

  const again = await prepareDatabase(db);
  expect(again.migrations.applied).toEqual([]);
  expect(again.schema.undeclared).toEqual([]);
  expect(await state(db)).toEqual(upgraded);
  expect(await graphFingerprint(db)).toEqual(migrated);
  const [{ count }] = await db.read('MATCH (m:__PitlaneMigration) RETURN count(m) AS count');
  expect(count).toBe(3);
}, 300_000); // a guard against a hang, not a measure: it builds and compares three databases
