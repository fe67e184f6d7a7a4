/** Takes the test database's schema apart and back, for the tests that build a database from scratch. */
import { splitStatements } from '../../src/db/cypher-files';
import { Database } from '../../src/db/database';
import { databaseSchema } from '../../src/db/schema-state';
import { MIGRATION_LABEL } from '../../src/db/schema-declaration';
import { resetGraph } from '../../src/seed/reset';
import { GraphFingerprint } from '../../src/db/fingerprint';

/** Drops every constraint and index (not the token lookup ones Neo4j keeps). */
export async function dropSchema(db: Database): Promise<void> {
  const constraints = await db.read('SHOW CONSTRAINTS YIELD name RETURN name');
  for (const { name } of constraints) await db.write(`DROP CONSTRAINT ${String(name)} IF EXISTS`);
  for (const item of await databaseSchema(db)) await db.write(`DROP INDEX ${item.name} IF EXISTS`);
}

/** An empty database, as if it had never been started: no nodes, no schema, no migration records. */
export async function blankDatabase(db: Database): Promise<void> {
  await resetGraph(db);
  await db.write(`MATCH (m:${MIGRATION_LABEL}) DELETE m`);
  await dropSchema(db);
}

/** Applies a file of schema statements one by one (the way main applied its constraints file). */
export async function applyStatements(db: Database, text: string): Promise<void> {
  for (const statement of splitStatements(text)) await db.write(statement);
  await db.write('CALL db.awaitIndexes(300)');
}

/**
 * Writes a graph back from its fingerprint (src/db/fingerprint.ts): every node with its labels and
 * properties, every relationship with its type and properties. Rebuilds a database an older version
 * of the code made, without running that code.
 */
export async function restoreFingerprint(db: Database, graph: GraphFingerprint): Promise<void> {
  await db.write(`
UNWIND $nodes AS node
CREATE (n)
SET n = node.properties
SET n:$(node.labels)`, { nodes: graph.nodes });
  await db.write(`
UNWIND $relationships AS rel
MATCH (a:Entity {id: rel.from}), (b:Entity {id: rel.to})
CREATE (a)-[r:$(rel.type)]->(b)
SET r = rel.properties`, { relationships: graph.relationships });
}
