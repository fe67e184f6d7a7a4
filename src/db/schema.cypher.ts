/**
 * The schema statements: those that create and drop the declared constraints and indexes
 * (schema-declaration.ts), and those that read the database's back (schema-state.ts). The
 * token lookup indexes every database has are not ours and are left out; nor are the range
 * indexes that back a uniqueness constraint (they are listed as the constraint).
 */
import type { SchemaItem } from './schema-declaration';

/** The item as an idempotent Cypher statement. */
export function createStatement(item: SchemaItem): string {
  switch (item.kind) {
    case 'unique':
      return `CREATE CONSTRAINT ${item.name} IF NOT EXISTS FOR (n:${item.label}) REQUIRE n.${item.property} IS UNIQUE`;
    case 'range':
      return item.entity === 'node'
        ? `CREATE INDEX ${item.name} IF NOT EXISTS FOR (n:${item.labelOrType}) ON (n.${item.property})`
        : `CREATE INDEX ${item.name} IF NOT EXISTS FOR ()-[r:${item.labelOrType}]-() ON (r.${item.property})`;
    case 'fulltext':
      return `CREATE FULLTEXT INDEX ${item.name} IF NOT EXISTS\nFOR (n:${item.labels.join('|')})\n`
        + `ON EACH [${item.properties.map((property) => `n.${property}`).join(', ')}]`;
  }
}

/** The Cypher that removes the item (what a migration writes when the model drops or changes it). */
export function dropStatement(item: SchemaItem): string {
  return `DROP ${item.kind === 'unique' ? 'CONSTRAINT' : 'INDEX'} ${item.name} IF EXISTS`;
}

export const SHOW_CONSTRAINTS = `
SHOW CONSTRAINTS YIELD name, type, entityType, labelsOrTypes, properties
RETURN name, type, entityType, labelsOrTypes, properties`;

export const SHOW_INDEXES = `
SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, owningConstraint
WHERE type <> 'LOOKUP' AND owningConstraint IS NULL
RETURN name, type, entityType, labelsOrTypes, properties`;

/** Waits (up to 300 s) until every index is online, so the first queries after a start find them. */
export const AWAIT_INDEXES = 'CALL db.awaitIndexes(300)';
