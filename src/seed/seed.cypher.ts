/**
 * The write statements of the seed loader. Each is complete Cypher with parameters; labels and
 * relationship types come in as parameters too (Cypher 5.26 dynamic labels), already checked
 * against the closed vocabulary by the seed schema.
 *
 * What a file says of nodes and relationships is written as claims (src/claims/); here are only
 * its Source node and the reads of `npm run ingest`'s dry run.
 *
 * The read statements after them serve `npm run ingest`'s dry run (seed-diff.ts): what the graph
 * already holds of a file's nodes, relationships and source.
 */
import { ownLabel } from '../db/cypher-fragments';
import { GRAPH_VERSION_LABEL } from '../db/graph-version.cypher';
import { MIGRATION_LABEL } from '../db/schema-declaration';

export const MERGE_SOURCE = `
MERGE (s:Entity {id: $source.id})
SET s:Source, s += $source.properties
WITH s
MATCH (publisher:Organization {id: $source.publisher})
MERGE (s)-[:PUBLISHED_BY]->(publisher)`;

export const LABELS_OF_IDS = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, ${ownLabel('n')} AS label`;

/**
 * Every node but the migration records (they describe the database's schema, which a reset keeps)
 * and the graph's version (which the reset raises, so no reader takes the emptied graph for the old one).
 */
export const DELETE_EVERYTHING = `
MATCH (n)
WHERE NOT n:${MIGRATION_LABEL} AND NOT n:${GRAPH_VERSION_LABEL}
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`;

export const COUNT_ENTITIES = 'MATCH (n:Entity) RETURN count(n) AS count';

export const EXISTING_NODES = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, properties(n) AS properties`;

export const SOURCE_PUBLISHERS = `
MATCH (:Source {id: $sourceId})-[:PUBLISHED_BY]->(publisher)
RETURN collect(publisher.id) AS publishers`;


