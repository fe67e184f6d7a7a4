/**
 * The statements that read the database's constraints and indexes back (schema-state.ts). The
 * token lookup indexes every database has are not ours and are left out; nor are the range
 * indexes that back a uniqueness constraint (they are listed as the constraint).
 */

export const SHOW_CONSTRAINTS = `
SHOW CONSTRAINTS YIELD name, type, entityType, labelsOrTypes, properties
RETURN name, type, entityType, labelsOrTypes, properties`;

export const SHOW_INDEXES = `
SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, owningConstraint
WHERE type <> 'LOOKUP' AND owningConstraint IS NULL
RETURN name, type, entityType, labelsOrTypes, properties`;

/** Waits (up to 300 s) until every index is online, so the first queries after a start find them. */
export const AWAIT_INDEXES = 'CALL db.awaitIndexes(300)';
