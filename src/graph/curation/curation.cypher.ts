/**
 * The write statements of curation. Labels and relationship types are parameters (dynamic labels),
 * checked against the vocabulary before they get here. A citation (sourceId, quote) is appended to
 * an element's provenance lists unless that exact pair is already there.
 */
import { ownLabel } from '../../db/cypher-fragments';
import { listQuery } from '../shared/shared.cypher';

// Carries only `element` on: put it last before RETURN.
const cite = (element: string): string => `
WITH ${element}, any(i IN range(0, size(coalesce(${element}.sources, [])) - 1)
                     WHERE ${element}.sources[i] = $sourceId AND ${element}.quotes[i] = $quote) AS alreadyCited
SET ${element}.sources = CASE WHEN alreadyCited THEN ${element}.sources ELSE coalesce(${element}.sources, []) + $sourceId END,
    ${element}.quotes = CASE WHEN alreadyCited THEN ${element}.quotes ELSE coalesce(${element}.quotes, []) + $quote END`;

export const SOURCE_TEXT = 'MATCH (s:Source {id: $sourceId}) RETURN s.text AS text';

/**
 * Write-locks the nodes a write touches before reading them, so that concurrent writes to one node
 * queue up instead of overwriting each other's provenance. The lock lasts until the transaction ends.
 */
export const LOCK_NODES = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
SET n._locked = true
REMOVE n._locked
RETURN n.id AS id, ${ownLabel('n')} AS label, properties(n) AS properties`;

export const CREATE_SOURCE = `
MATCH (publisher:Organization {id: $publisherId})
CREATE (s:Entity:Source {id: $id})
SET s += $properties
CREATE (s)-[:PUBLISHED_BY]->(publisher)
RETURN s.id AS id`;

export const CREATE_NODE = `
CREATE (n:Entity {id: $id})
SET n:$($label)
SET n += $properties
SET n.sources = [$sourceId], n.quotes = [$quote]
RETURN n.id AS id`;

export const UPDATE_NODE = `
MATCH (n:Entity {id: $id})
SET n += $properties
${cite('n')}
RETURN n.id AS id`;

export const MERGE_RELATIONSHIP = `
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
CALL (a, b) {
  WITH a, b WHERE $properties.key IS NULL
  MERGE (a)-[r:$($type)]->(b)
  RETURN r
  UNION
  WITH a, b WHERE $properties.key IS NOT NULL
  MERGE (a)-[r:$($type) {key: $properties.key}]->(b)
  RETURN r
}
SET r += $properties
${cite('r')}
RETURN type(r) AS type`;

/** Without a $key, every relationship of the type between the two; with one, the one it identifies. */
export const DELETE_RELATIONSHIP = `
MATCH (:Entity {id: $from})-[r:$($type)]->(:Entity {id: $to})
WHERE $key IS NULL OR r.key = $key
DELETE r
RETURN count(*) AS deleted`;

/**
 * Merges a duplicate into the node that stays: its relationships move over (provenance combined
 * where the same relationship exists), its properties fill gaps (the kept node's win), entries
 * that named it as their team name the kept one, and the duplicate is deleted. A moved relationship
 * keeps its direction, except that one of $symmetricTypes (src/model/relationship-types.ts) goes
 * from the smaller id to the larger, as it is stored everywhere else: the kept node's id differs
 * from the duplicate's, so the canonical direction can flip.
 */
export const MERGE_NODES = `
MATCH (keep:Entity {id: $keepId}), (drop:Entity {id: $dropId})
CALL (keep, drop) {
  MATCH (drop)-[r]-(other) WHERE other <> keep
  WITH keep, other, type(r) AS type, properties(r) AS props,
       CASE WHEN type(r) IN $symmetricTypes THEN keep.id < other.id ELSE startNode(r) = drop END AS keepStarts
  WITH type, props, CASE WHEN keepStarts THEN keep ELSE other END AS fromNode,
       CASE WHEN keepStarts THEN other ELSE keep END AS toNode
  CALL (fromNode, toNode, type, props) {
    WITH fromNode, toNode, type, props WHERE props.key IS NULL
    MERGE (fromNode)-[moved:$(type)]->(toNode)
    RETURN moved
    UNION
    WITH fromNode, toNode, type, props WHERE props.key IS NOT NULL
    MERGE (fromNode)-[moved:$(type) {key: props.key}]->(toNode)
    RETURN moved
  }
  WITH moved, props, moved.sources IS NULL AS created
  SET moved += CASE WHEN created THEN props ELSE {} END
  SET moved.sources = CASE WHEN created THEN props.sources ELSE moved.sources + props.sources END,
      moved.quotes = CASE WHEN created THEN props.quotes ELSE moved.quotes + props.quotes END
}
// Properties that name a node ($references: a season entry's team, a race entry's class, a relative
// date's anchor) name the kept one.
CALL (drop) {
  MATCH ()-[r]->() WHERE any(name IN $references WHERE r[name] = drop.id)
  FOREACH (name IN [name IN $references WHERE r[name] = drop.id] | SET r[name] = $keepId)
}
CALL (drop) {
  MATCH (n:Entity) WHERE any(name IN $references WHERE n[name] = drop.id)
  FOREACH (name IN [name IN $references WHERE n[name] = drop.id] | SET n[name] = $keepId)
}
WITH keep, drop, properties(keep) AS kept
SET keep += drop {.*, id: kept.id}
SET keep += kept
SET keep.sources = kept.sources + drop.sources, keep.quotes = kept.quotes + drop.quotes
DETACH DELETE drop
RETURN keep.id AS id`;

// Newest first: the negated time is the ascending keyset key.
export const AUDIT_LOG = listQuery(`
MATCH (n:AuditEntry)
WHERE ($targetId IS NULL OR $targetId IN n.targetIds)
  AND ($actor IS NULL OR n.actor = $actor)
  AND ($sourceId IS NULL OR n.sourceId = $sourceId)`, '-n.at.epochMillis');
