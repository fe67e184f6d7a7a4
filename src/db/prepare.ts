/**
 * Gets a database ready for the API and the tools, before anything is seeded: migrations first
 * (they may drop what the model no longer declares, or move data), then the constraints and
 * indexes the model declares. Every start does this (`npm start`, `npm run seed`, `npm run ingest`,
 * `npm run migrate`); on an up-to-date database it changes nothing.
 */
import { GraphModel } from '../model/declaration';
import { GRAPH_MODEL } from '../model/graph-model';
import { ADMIN_TX_TIMEOUT_MS, Database } from './database';
import { deriveYears } from './dating';
import { backfillClaims } from './claims/backfill';
import { migrate, MigrateOptions, MigrationResult } from './migrations/migrate';
import { AppliedSchema, applySchema } from './schema';

export interface PreparedDatabase {
  migrations: MigrationResult;
  schema: AppliedSchema;
}

export async function prepareDatabase(db: Database, model: GraphModel = GRAPH_MODEL, options: MigrateOptions = {}): Promise<PreparedDatabase> {
  const migrations = await migrate(db, model, options);
  // A migration may add or move dates: their derived years follow; a graph from before claims gets
  // its claims (src/db/claims/backfill.ts). An up-to-date start skips this.
  if (migrations.applied.length > 0) {
    await db.withTransactionTimeout(ADMIN_TX_TIMEOUT_MS).writeTransaction(async (tx) => {
      await backfillClaims(tx, model);
      await deriveYears(tx, model);
    });
  }
  const schema = await applySchema(db, model);
  return { migrations, schema };
}
