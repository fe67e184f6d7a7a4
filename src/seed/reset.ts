/**
 * Deletes every node and relationship (not the schema, nor the record of the migrations applied to
 * it), in batches so large graphs fit in memory, and raises the graph's version.
 */
import { Database } from '../db/database';
import { DELETE_EVERYTHING } from './seed.cypher';

export async function resetGraph(db: Database): Promise<void> {
  // CALL ... IN TRANSACTIONS must run in an implicit (auto-commit) transaction.
  const session = db.driver.session({ database: db.databaseName });
  try {
    await session.run(DELETE_EVERYTHING);
  } finally {
    await session.close();
  }
  // Outside writeTransaction, so the version is raised here: after the batches, which commit one by one.
  await db.bumpGraphVersion();
}
