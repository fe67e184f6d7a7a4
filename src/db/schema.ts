/** Applies cypher/schema/constraints.cypher: idempotent, so it runs at every start. */
import { ADMIN_TX_TIMEOUT_MS, Database } from './database';
import { readStatements } from './cypher-files';

export async function applySchema(database: Database): Promise<number> {
  const db = database.withTransactionTimeout(ADMIN_TX_TIMEOUT_MS);
  const statements = readStatements('schema/constraints.cypher');
  // Schema statements cannot share a transaction with each other in Neo4j, so one at a time.
  for (const statement of statements) await db.write(statement);
  await db.write('CALL db.awaitIndexes(300)');
  return statements.length;
}
