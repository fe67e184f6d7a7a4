/**
 * Deletes every node and relationship (not the schema, nor the record of the migrations applied to
 * it), in batches so large graphs fit in memory.
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
}
