/**
 * Brings a database to the graph model's version by applying the migrations of cypher/migrations/
 * it has not had yet, in version order, each recorded in the database as a :__PitlaneMigration
 * node (version, description, file, checksum, when, by whom). It follows neo4j-migrations'
 * conventions (Michael Simons), which we could not use as such: it is Java, and the API image
 * (Dockerfile) has no Java, yet must migrate the Neo4j it is pointed at (NEO4J_URI) at start.
 *
 * - Each statement runs in its own transaction (Neo4j does not mix schema and data changes in one);
 *   a migration is recorded once all its statements succeeded. A migration that fails part-way is
 *   run again from its first statement, so its statements are written to be repeatable
 *   (IF EXISTS, IF NOT EXISTS, MERGE).
 * - A migration's file must not change once applied: the runner refuses to run when its checksum
 *   differs from the recorded one (a further change is a new migration).
 * - One process migrates at a time: a lock node, unique by constraint, is taken first and removed
 *   after; a second process waits for it (a bounded number of attempts), then gives up saying who
 *   holds it.
 * - The last migration's version is the model's version: code whose model has no migration of its
 *   version, or a database migrated by newer code, is refused.
 */
import os from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { Neo4jError } from 'neo4j-driver';
import { GraphModel } from '../../model/declaration';
import { GRAPH_MODEL } from '../../model/graph-model';
import { ADMIN_TX_TIMEOUT_MS, CypherRunner, Database } from '../database';
import { MIGRATION_SCHEMA } from '../schema-declaration';
import { createStatement } from '../schema.cypher';
import { MIGRATIONS_DIR, MigrationFile, readMigrations } from './migration-files';
import { APPLIED_MIGRATIONS, LOCK_HOLDER, RECORD_MIGRATION, RELEASE_LOCK, TAKE_LOCK } from './migrations.cypher';

/** A migration as the database records it. */
export interface AppliedMigration {
  version: number;
  description: string;
  file: string;
  checksum: string;
  installedOn: string;
  installedBy: string;
}

export interface MigrationStatus {
  modelVersion: number;
  /** The highest applied version; 0 for a database never migrated. */
  databaseVersion: number;
  applied: AppliedMigration[];
  pending: MigrationFile[];
}

export interface MigrateOptions {
  directory?: string;
  /** How often to try the lock before giving up (default 60, a second apart). */
  lockAttempts?: number;
  /** Recorded as installedBy. */
  installedBy?: string;
  say?: (line: string) => void;
}

/** The migrations and the database disagree: nothing was run. */
export class MigrationError extends Error {
  override name = 'MigrationError';
  readonly expected = true;
}

const LOCK_RETRY_MS = 1_000;

async function appliedMigrations(db: CypherRunner): Promise<AppliedMigration[]> {
  return (await db.read(APPLIED_MIGRATIONS)).map((row) => ({
    version: Number(row.version), description: String(row.description), file: String(row.file),
    checksum: String(row.checksum), installedOn: String(row.installedOn), installedBy: String(row.installedBy),
  }));
}

/** Compares the files with the records; throws when they cannot go together. */
function checkHistory(model: GraphModel, files: MigrationFile[], applied: AppliedMigration[]): MigrationFile[] {
  const last = files.at(-1);
  if (!last || last.version < model.version) {
    throw new MigrationError(`The graph model is at version ${model.version}, but cypher/migrations/ has no migration of that version. `
      + `Add V${String(model.version).padStart(4, '0')}__<What_changed>.cypher (see "Migrations" in README.md).`);
  }
  if (last.version > model.version) {
    throw new MigrationError(`Migration ${last.file} is newer than the graph model (version ${model.version}): bump GRAPH_MODEL.version with the model change it belongs to.`);
  }
  const byVersion = new Map(files.map((file) => [file.version, file]));
  for (const record of applied) {
    const file = byVersion.get(record.version);
    if (!file) {
      throw new MigrationError(`The database is at migration ${record.version} (${record.file}), which this code does not have: it was migrated by newer code. Run that version, or restore the database.`);
    }
    if (file.checksum !== record.checksum) {
      throw new MigrationError(`${file.file} changed after it was applied to this database (on ${record.installedOn}): checksum ${record.checksum.slice(0, 12)}, now ${file.checksum.slice(0, 12)}. `
        + 'Restore the file as it was; a further change to the database is a new migration.');
    }
  }
  const highest = Math.max(0, ...applied.map((record) => record.version));
  const pending = files.filter((file) => !applied.some((record) => record.version === file.version));
  const early = pending.find((file) => file.version < highest);
  if (early) throw new MigrationError(`${early.file} is older than the database's version (${highest}) but was never applied to it: give it a version after ${highest}.`);
  return pending;
}

/** What has been applied and what would be, without changing anything. */
export async function migrationStatus(db: CypherRunner, model: GraphModel = GRAPH_MODEL, directory: string = MIGRATIONS_DIR): Promise<MigrationStatus> {
  const files = readMigrations(directory);
  const applied = await appliedMigrations(db);
  const pending = checkHistory(model, files, applied);
  return { modelVersion: model.version, databaseVersion: Math.max(0, ...applied.map((record) => record.version)), applied, pending };
}

const isConstraintViolation = (error: unknown): boolean =>
  error instanceof Neo4jError && error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed';

async function takeLock(db: CypherRunner, owner: string, attempts: number): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await db.write(TAKE_LOCK, { owner });
      return;
    } catch (error) {
      if (!isConstraintViolation(error)) throw error;
      if (attempt >= attempts) {
        const [holder] = await db.read(LOCK_HOLDER);
        throw new MigrationError(`Another process is migrating this database (${holder?.owner ?? 'unknown'}, since ${holder?.since ?? 'unknown'}). `
          + 'Wait for it; if that process no longer runs, remove its lock with `npm run migrate -- --unlock`.');
      }
      await sleep(LOCK_RETRY_MS);
    }
  }
}

export interface MigrationResult {
  /** The migrations this call applied, in order. */
  applied: MigrationFile[];
  version: number;
}

/** Applies the pending migrations (none: nothing is written but the lock's coming and going). */
export async function migrate(database: Database, model: GraphModel = GRAPH_MODEL, options: MigrateOptions = {}): Promise<MigrationResult> {
  const db = database.withTransactionTimeout(ADMIN_TX_TIMEOUT_MS);
  const directory = options.directory ?? MIGRATIONS_DIR;
  // The runner's own constraints come first: the lock relies on one.
  for (const item of MIGRATION_SCHEMA) await db.write(createStatement(item));
  // Checked before the lock too, so a plain mismatch is reported without writing anything.
  if ((await migrationStatus(db, model, directory)).pending.length === 0) return { applied: [], version: model.version };

  const owner = `${os.hostname()} pid ${process.pid}`;
  await takeLock(db, owner, options.lockAttempts ?? 60);
  try {
    // Read again under the lock: another process may have migrated while we waited.
    const { pending } = await migrationStatus(db, model, directory);
    for (const migration of pending) {
      options.say?.(`Migrating the database to version ${migration.version}: ${migration.description} (${migration.file}).`);
      const started = process.hrtime.bigint();
      for (const [index, statement] of migration.statements.entries()) {
        try {
          await db.write(statement);
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          throw new MigrationError(`${migration.file}, statement ${index + 1} of ${migration.statements.length} failed: ${reason}\nThe database stays at version ${migration.version - 1}; fix the migration and start again.`, { cause: error });
        }
      }
      await db.write(RECORD_MIGRATION, {
        version: migration.version, description: migration.description, file: migration.file, checksum: migration.checksum,
        installedBy: options.installedBy ?? os.userInfo().username,
        executionTimeMs: Number((process.hrtime.bigint() - started) / 1_000_000n),
      });
    }
    return { applied: pending, version: model.version };
  } finally {
    await db.write(RELEASE_LOCK, { owner });
  }
}
