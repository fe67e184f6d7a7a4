/**
 * The migration runner (src/db/migrations/migrate.ts), on migration folders written for each test:
 * applies in version order and records each; refuses a changed file, a missing migration of the
 * model's version, a database migrated by newer code and a held lock; stops at a failing statement
 * without recording it; and a drifted index is refused until a migration drops it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MIGRATIONS_DIR } from '../../src/db/migrations/migration-files';
import { migrate, MigrationError, migrationStatus } from '../../src/db/migrations/migrate';
import { prepareDatabase } from '../../src/db/prepare';
import { applySchema, SchemaDriftError } from '../../src/db/schema';
import { MIGRATION_SCHEMA } from '../../src/db/schema-declaration';
import { createStatement } from '../../src/db/schema.cypher';
import { GRAPH_MODEL } from '../../src/model/graph-model';
import { emptyGraph, useTestDatabase } from '../support/neo4j';
import { blankDatabase } from '../support/schema';

afterAll(async () => {
  // Leave the database as every other test expects it: migrated by the real migrations, with the schema.
  await blankDatabase(database());
  await prepareDatabase(database());
});

const database = useTestDatabase({ seeded: false });

const BASELINE = fs.readFileSync(path.join(MIGRATIONS_DIR, 'V0001__Baseline.cypher'), 'utf8');
const atVersion = (version: number) => ({ ...GRAPH_MODEL, version });

function folder(files: Record<string, string>): string {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'pitlane-migrations-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(directory, name), text);
  return directory;
}

const probe = async (): Promise<string[]> =>
  (await database().read('MATCH (p:MigrationProbe) RETURN p.step AS step ORDER BY step')).map((row) => String(row.step));

beforeEach(async () => {
  await blankDatabase(database());
});

test('applies pending migrations in version order, each recorded; a second run applies none', async () => {
  const directory = folder({
    'V0001__Baseline.cypher': BASELINE,
    'V0002__Add_probe.cypher': "// a comment\nMERGE (:MigrationProbe {step: 'two'});\nCREATE INDEX migration_probe_step IF NOT EXISTS FOR (n:MigrationProbe) ON (n.step);",
    'V0010__Second_probe.cypher': "MERGE (:MigrationProbe {step: 'ten'})",
  });
  const result = await migrate(database(), atVersion(10), { directory, installedBy: 'migration-test' });
  expect(result.applied.map((m) => [m.version, m.description])).toEqual([[1, 'Baseline'], [2, 'Add probe'], [10, 'Second probe']]);
  expect(await probe()).toEqual(['ten', 'two']);
  const status = await migrationStatus(database(), atVersion(10), directory);
  expect(status.databaseVersion).toBe(10);
  expect(status.pending).toEqual([]);
  expect(status.applied.map((m) => [m.version, m.file, m.installedBy, m.checksum.length])).toEqual([
    [1, 'V0001__Baseline.cypher', 'migration-test', 64], [2, 'V0002__Add_probe.cypher', 'migration-test', 64], [10, 'V0010__Second_probe.cypher', 'migration-test', 64],
  ]);
  expect(status.applied.every((m) => !Number.isNaN(Date.parse(m.installedOn)))).toBe(true);

  expect((await migrate(database(), atVersion(10), { directory })).applied).toEqual([]);
  expect(await probe()).toEqual(['ten', 'two']);
  // Nothing left behind: no lock.
  expect(await database().read('MATCH (l:__PitlaneMigrationLock) RETURN l')).toEqual([]);
});

test('an applied migration whose file changed is refused, and nothing runs', async () => {
  const directory = folder({ 'V0001__Baseline.cypher': BASELINE, 'V0002__Add_probe.cypher': "MERGE (:MigrationProbe {step: 'two'})" });
  await migrate(database(), atVersion(2), { directory });
  fs.writeFileSync(path.join(directory, 'V0002__Add_probe.cypher'), "MERGE (:MigrationProbe {step: 'TWO'})");
  fs.writeFileSync(path.join(directory, 'V0003__Later.cypher'), "MERGE (:MigrationProbe {step: 'three'})");
  const refused = migrate(database(), atVersion(3), { directory });
  await expect(refused).rejects.toThrow(MigrationError);
  await expect(migrate(database(), atVersion(3), { directory })).rejects.toThrow(/V0002__Add_probe\.cypher changed after it was applied/);
  expect(await probe()).toEqual(['two']);
});

test('a model version without its migration, or a database migrated by newer code, is refused', async () => {
  const directory = folder({ 'V0001__Baseline.cypher': BASELINE });
  await expect(migrate(database(), atVersion(2), { directory })).rejects.toThrow(/version 2, but cypher\/migrations\/ has no migration of that version\. Add V0002__/);
  const newer = folder({ 'V0001__Baseline.cypher': BASELINE, 'V0002__Add_probe.cypher': "MERGE (:MigrationProbe {step: 'two'})" });
  await migrate(database(), atVersion(2), { directory: newer });
  await expect(migrate(database(), atVersion(1), { directory })).rejects.toThrow(/at migration 2 \(V0002__Add_probe\.cypher\), which this code does not have/);
  await expect(migrate(database(), atVersion(1), { directory: newer })).rejects.toThrow(/V0002__Add_probe\.cypher is newer than the graph model/);
});

test('a misnamed migration file is refused, naming it', async () => {
  const directory = folder({ 'V0001__Baseline.cypher': BASELINE, 'add-probe.cypher': 'RETURN 1' });
  await expect(migrate(database(), atVersion(1), { directory })).rejects.toThrow(/add-probe\.cypher: a migration is named V<version>__<Description>\.cypher/);
});

test('a failing statement stops the migration: it is not recorded, the earlier ones are', async () => {
  const directory = folder({
    'V0001__Baseline.cypher': BASELINE,
    'V0002__Broken.cypher': "MERGE (:MigrationProbe {step: 'two'});\nTHIS IS NOT CYPHER;",
  });
  await expect(migrate(database(), atVersion(2), { directory })).rejects.toThrow(/V0002__Broken\.cypher, statement 2 of 2 failed: .*\nThe database stays at version 1/s);
  const status = await migrationStatus(database(), atVersion(2), directory);
  expect([status.databaseVersion, status.pending.map((m) => m.version)]).toEqual([1, [2]]);
  expect(await database().read('MATCH (l:__PitlaneMigrationLock) RETURN l')).toEqual([]);
});

test('while another process holds the lock, migrating is refused, saying who holds it', async () => {
  const directory = folder({ 'V0001__Baseline.cypher': BASELINE });
  for (const item of MIGRATION_SCHEMA) await database().write(createStatement(item));
  await database().write("CREATE (:__PitlaneMigrationLock {id: 'lock', owner: 'other-host pid 42', since: datetime()})");
  await expect(migrate(database(), atVersion(1), { directory, lockAttempts: 1 })).rejects.toThrow(/Another process is migrating this database \(other-host pid 42, since .*npm run migrate -- --unlock/);
  expect((await migrationStatus(database(), atVersion(1), directory)).databaseVersion).toBe(0);
  await database().write('MATCH (l:__PitlaneMigrationLock) DELETE l');
  expect((await migrate(database(), atVersion(1), { directory, lockAttempts: 1 })).applied.map((m) => m.version)).toEqual([1]);
});

test('an index whose definition changed is refused with the DROP to migrate; the migration that drops it lets the start through', async () => {
  await emptyGraph(database());
  await database().write('DROP INDEX person_name IF EXISTS');
  await database().write('CREATE INDEX person_name FOR (n:Person) ON (n.name, n.gender)');
  const refused = applySchema(database());
  await expect(refused).rejects.toThrow(SchemaDriftError);
  await expect(applySchema(database())).rejects.toThrow(/person_name: the database has RANGE NODE Person\(name, gender\); the model declares range \(:Person\)\.name[^]*DROP INDEX person_name IF EXISTS;/);

  // The real migrations (the database has them), then one more that drops the drifted index.
  const next = GRAPH_MODEL.version + 1;
  const real = Object.fromEntries(fs.readdirSync(MIGRATIONS_DIR).filter((file) => file.endsWith('.cypher'))
    .map((file) => [file, fs.readFileSync(path.join(MIGRATIONS_DIR, file), 'utf8')]));
  const directory = folder({ ...real, [`V${String(next).padStart(4, '0')}__Person_name_index.cypher`]: 'DROP INDEX person_name IF EXISTS;' });
  const prepared = await prepareDatabase(database(), atVersion(next), { directory });
  expect(prepared.migrations.applied.map((m) => m.version)).toEqual([next]);
  const [index] = await database().read("SHOW INDEXES YIELD name, properties WHERE name = 'person_name' RETURN properties");
  expect(index.properties).toEqual(['name']);
});
