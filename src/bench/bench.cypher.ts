/**
 * The benchmark's own statements: counting the statements a request causes (Neo4j's query
 * statistics), guarding the synthetic load, and wrapping a library query for @neo4j/graphql.
 * The questions themselves are the analysts' library queries (cypher/*.cypher), run by every
 * contender alike.
 */
import { MIGRATION_LABEL } from '../db/schema-declaration';

const HIDDEN_MIGRATION_LABEL = '__PitlaneMigrationHiddenFromBaseline';

/** Query statistics (db.stats.*): stop, clear and start collecting, then sum the invocations. */
export const STOP_QUERY_STATS = "CALL db.stats.stop('QUERIES')";
export const CLEAR_QUERY_STATS = "CALL db.stats.clear('QUERIES')";
export const COLLECT_QUERY_STATS = "CALL db.stats.collect('QUERIES', {durationSeconds: 300})";
export const COUNT_COLLECTED_STATEMENTS = `
CALL db.stats.retrieve('QUERIES') YIELD data
WITH data.query AS query, data.invocationSummary.invocationCount AS invocations
WHERE NOT query STARTS WITH 'CALL db.stats.'
RETURN sum(invocations) AS statements`;

/** Nodes that are not synthetic (nor the synthetic source): the load refuses a graph holding any. */
export const COUNT_REAL_NODES = `
MATCH (n:Entity)
WHERE NOT coalesce(n.synthetic, false) AND n.id <> $sourceId
RETURN count(n) AS count`;

/**
 * An earlier build of this API refuses a database migrated by newer code. While it starts, the
 * records of the migrations it does not have carry another label, so it sees the database at its own
 * version (the data it reads is the same); they are given back as soon as it serves.
 */
export const HIDE_MIGRATIONS_ABOVE = `
MATCH (m:${MIGRATION_LABEL})
WHERE m.version > $version
REMOVE m:${MIGRATION_LABEL}
SET m:${HIDDEN_MIGRATION_LABEL}
RETURN count(m) AS hidden`;

export const RESTORE_HIDDEN_MIGRATIONS = `
MATCH (m:${HIDDEN_MIGRATION_LABEL})
REMOVE m:${HIDDEN_MIGRATION_LABEL}
SET m:${MIGRATION_LABEL}
RETURN count(m) AS restored`;

/** Forgets cached plans, so the next statement is planned from fresh statistics. */
export const CLEAR_QUERY_CACHES = 'CALL db.clearQueryCaches()';

/**
 * A library query as a subquery that yields one map per row, for a @cypher field's single column
 * (@neo4j/graphql reads one column; the library query returns several).
 */
export function asMapColumn(query: string, columns: string[], column: string): string {
  return `CALL () {\n${query}\n}\nRETURN {${columns.map((c) => `${c}: ${c}`).join(', ')}} AS ${column}`;
}

/**
 * The synthetic graph is written in bulk, without claims: the benchmark measures reads, and reads
 * answer from the values on nodes and relationships, never from claims. Every element carries the
 * synthetic source as its provenance. (Only the few disputed facts are written as claims, through
 * the claim store: load-synthetic.ts.)
 */
const syntheticProvenance = (element: string): string => `SET ${element}.sources = [quote IN row.quotes | $sourceId], ${element}.quotes = row.quotes`;

export const WRITE_SYNTHETIC_NODES = `
UNWIND $nodes AS row
MERGE (n:Entity {id: row.id})
SET n:$(row.label)
SET n += row.properties
${syntheticProvenance('n')}`;

export const WRITE_SYNTHETIC_RELATIONSHIPS = `
UNWIND $relationships AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type)]->(b)
SET r += row.properties
${syntheticProvenance('r')}`;
