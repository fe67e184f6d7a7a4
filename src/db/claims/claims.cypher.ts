/**
 * The statements of the claim store. A claim is a `(:Claim)` node beside the graph, found by its
 * `id`, its `subject` (a node id, or `from|TYPE|to[|key]`), its `source` and its dispute `group`
 * (all indexed, src/db/schema-declaration.ts). Labels and types come in as parameters (dynamic
 * labels), already checked against the model.
 */
import { ownLabel } from '../cypher-fragments';

/** A claim's fields as plan.ts reads them (`c` bound). */
const CLAIM_FIELDS = `c.id AS id, c.subjectKind AS subjectKind, c.subject AS subject, c.label AS label, c.type AS type,
       c.from AS from, c.to AS to, c.key AS key, c.property AS property, c.value AS value, c.source AS source,
       c.storage AS storage, coalesce(c.quotes, []) AS quotes, c.locator AS locator, c.excerpt AS excerpt,
       coalesce(c.position, 0) AS position, toString(c.addedAt) AS addedAt, coalesce(c.pinned, false) AS pinned`;

export const CLAIMS_OF_SOURCE = `
MATCH (c:Claim {source: $sourceId})
RETURN ${CLAIM_FIELDS}`;

/** Claims about the given subjects, and the existence claims of the given to-one groups. */
export const CLAIMS_ABOUT = `
CALL () {
  UNWIND $subjects AS subject
  MATCH (c:Claim {subject: subject})
  RETURN c
  UNION
  UNWIND $groups AS group
  MATCH (c:Claim {group: group})
  WHERE c.property IS NULL
  RETURN c
}
RETURN ${CLAIM_FIELDS}`;

export const CLAIM_BY_ID = `
MATCH (c:Claim {id: $claimId})
RETURN ${CLAIM_FIELDS}`;

/** Every claim whose element touches one of $ids, or whose value names one of them (a reference property). */
export const CLAIMS_TOUCHING = `
CALL () {
  UNWIND $ids AS id
  MATCH (c:Claim) WHERE id IN c.entities
  RETURN c
  UNION
  UNWIND $ids AS id
  MATCH (c:Claim) WHERE c.value = id AND c.property IN $references
  RETURN c
}
RETURN ${CLAIM_FIELDS}`;

export const SOURCE_DATES = `
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN s.id AS id, s.published AS published, s.retrieved AS retrieved`;

export const DELETE_CLAIMS = `
UNWIND $ids AS id
MATCH (c:Claim {id: id})
DELETE c`;

/** A claim seen again keeps when it was first added and whether a curator pinned it. */
export const UPSERT_CLAIMS = `
UNWIND $claims AS row
MERGE (c:Claim {id: row.id})
ON CREATE SET c.addedAt = datetime(), c.pinned = false
SET c += row.properties`;

export const SET_CLAIM_STATES = `
UNWIND $states AS state
MATCH (c:Claim {id: state.id})
SET c.group = state.group, c.preferred = state.preferred, c.disputed = state.disputed, c.rule = state.rule`;

export const PIN_CLAIM = `
MATCH (c:Claim {group: $group})
SET c.pinned = (c.id = $claimId)`;

/** The nodes claims keep: created with their label, their answered values set (null removes one). */
export const WRITE_NODES = `
UNWIND $nodes AS row
MERGE (n:Entity {id: row.id})
SET n:$(row.label)
SET n += row.properties, n.sources = row.sources, n.quotes = row.quotes`;

/** One relationship per type and ends; a type identified by properties (HELD_ROLE) also by its `key`. */
export const WRITE_RELATIONSHIPS = `
UNWIND $relationships AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CALL (a, b, row) {
  WITH a, b, row WHERE row.key IS NULL
  MERGE (a)-[r:$(row.type)]->(b)
  RETURN r
  UNION
  WITH a, b, row WHERE row.key IS NOT NULL
  MERGE (a)-[r:$(row.type) {key: row.key}]->(b)
  RETURN r
}
SET r += row.properties, r.sources = row.sources, r.quotes = row.quotes`;

export const DELETE_RELATIONSHIPS = `
UNWIND $relationships AS row
MATCH (:Entity {id: row.from})-[r:$(row.type)]->(:Entity {id: row.to})
WHERE row.key IS NULL OR r.key = row.key
DELETE r`;

/** What still holds on to nodes about to go: relationships no plan removes (another source's, a source's publisher). */
export const LINKS_OF_NODES = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})-[r]-(other)
RETURN id, type(r) AS type, other.id AS other, startNode(r) = n AS outgoing`;

export const DELETE_NODES = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
DELETE n`;

/** Nodes written before claims existed: provenance lists, but no claim about them. */
export const UNCLAIMED_NODES = `
MATCH (n:Entity)
WHERE NOT n:Source AND n.sources IS NOT NULL AND NOT EXISTS { MATCH (c:Claim {subject: n.id}) }
RETURN n.id AS id, ${ownLabel('n')} AS label, properties(n) AS properties`;

/** Relationships written before claims existed (a source's PUBLISHED_BY is not a claim). */
export const UNCLAIMED_RELATIONSHIPS = `
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.sources IS NOT NULL
WITH a, r, b, a.id + '|' + type(r) + '|' + b.id + coalesce('|' + r.key, '') AS subject
WHERE NOT EXISTS { MATCH (c:Claim {subject: subject}) }
RETURN type(r) AS type, a.id AS from, b.id AS to, r.key AS key, properties(r) AS properties`;
