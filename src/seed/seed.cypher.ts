/**
 * The write statements of the seed loader. Each is complete Cypher with parameters; labels and
 * relationship types come in as parameters too (Cypher 5.26 dynamic labels), already checked
 * against the closed vocabulary by the seed schema.
 *
 * Provenance lives on every node and relationship as two aligned lists: `sources` (source ids) and
 * `quotes` (the supporting sentences). Loading a source replaces that source's entries and keeps
 * the others', so loading twice changes nothing and two sources can support one fact.
 *
 * The read statements after them serve `npm run ingest`'s dry run (seed-diff.ts): what the graph
 * already holds of a file's nodes, relationships and source.
 */
import { ownLabel } from '../db/cypher-fragments';
import { MIGRATION_LABEL } from '../db/schema-declaration';

/**
 * The provenance step of MERGE_NODES and MERGE_RELATIONSHIPS, written once: on `element` (a node or
 * a relationship, with its input `row`), drop this source's entries and append the row's quotes.
 */
const replaceSourceProvenance = (element: string): string => `WITH ${element}, row, [i IN range(0, size(coalesce(${element}.sources, [])) - 1) WHERE ${element}.sources[i] <> $sourceId] AS kept
SET ${element}.sources = [i IN kept | ${element}.sources[i]] + [quote IN row.quotes | $sourceId],
    ${element}.quotes = [i IN kept | ${element}.quotes[i]] + row.quotes`;

export const MERGE_SOURCE = `
MERGE (s:Entity {id: $source.id})
SET s:Source, s += $source.properties
WITH s
MATCH (publisher:Organization {id: $source.publisher})
MERGE (s)-[:PUBLISHED_BY]->(publisher)`;

export const MERGE_NODES = `
UNWIND $nodes AS row
MERGE (n:Entity {id: row.id})
SET n:$(row.label)
SET n += row.properties
${replaceSourceProvenance('n')}`;

/** One relationship per type and ends; a type identified by properties (HELD_ROLE) also by its `key`. */
export const MERGE_RELATIONSHIPS = `
UNWIND $relationships AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CALL (a, b, row) {
  WITH a, b, row WHERE row.properties.key IS NULL
  MERGE (a)-[r:$(row.type)]->(b)
  RETURN r
  UNION
  WITH a, b, row WHERE row.properties.key IS NOT NULL
  MERGE (a)-[r:$(row.type) {key: row.properties.key}]->(b)
  RETURN r
}
SET r += row.properties
${replaceSourceProvenance('r')}`;

export const LABELS_OF_IDS = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, ${ownLabel('n')} AS label`;

/** Every node but the migration records: they describe the database's schema, which a reset keeps. */
export const DELETE_EVERYTHING = `
MATCH (n)
WHERE NOT n:${MIGRATION_LABEL}
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`;

export const COUNT_ENTITIES = 'MATCH (n:Entity) RETURN count(n) AS count';

export const EXISTING_NODES = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, properties(n) AS properties`;

export const SOURCE_PUBLISHERS = `
MATCH (:Source {id: $sourceId})-[:PUBLISHED_BY]->(publisher)
RETURN collect(publisher.id) AS publishers`;

export const EXISTING_RELATIONSHIPS = `
UNWIND $relationships AS rel
MATCH (:Entity {id: rel.from})-[r:$(rel.type)]->(:Entity {id: rel.to})
WHERE rel.key IS NULL OR r.key = rel.key
RETURN rel.from + ' ' + rel.type + ' ' + rel.to + coalesce(' ' + rel.key, '') AS key, properties(r) AS properties`;
