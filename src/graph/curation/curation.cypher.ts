/**
 * The statements of curation beyond its claims (src/db/claims/): the cited source, locks, a new
 * source, what merging two nodes moves besides claims, and the audit log's list.
 */
import { ownLabel } from '../../db/cypher-fragments';
import { listQuery } from '../shared/shared.cypher';

export const SOURCE_TEXT = 'MATCH (s:Source {id: $sourceId}) RETURN s.text AS text, s.storage AS storage';

/** What preferring a claim needs to know first: whether it is disputed, its source, the nodes it is about. */
export const CLAIM_STATE = `
MATCH (c:Claim {id: $claimId})
RETURN coalesce(c.disputed, false) AS disputed, c.source AS source, c.entities AS entities`;

/** The subjects of the relationships of $type from $from to $to that claims are about (with $key: the one it identifies). */
export const RELATIONSHIP_SUBJECTS = `
MATCH (c:Claim)
WHERE c.subject STARTS WITH $from + '|' + $type + '|' + $to
  AND c.from = $from AND c.type = $type AND c.to = $to AND ($key IS NULL OR c.key = $key)
RETURN DISTINCT c.subject AS subject`;

/** A source published by the duplicate is published by the node that stays (PUBLISHED_BY is not a claim). */
export const MOVE_PUBLISHED = `
MATCH (s:Source)-[published:PUBLISHED_BY]->(:Entity {id: $dropId})
MATCH (keep:Entity {id: $keepId})
MERGE (s)-[:PUBLISHED_BY]->(keep)
DELETE published`;

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

// Newest first: the negated time is the ascending keyset key.
export const AUDIT_LOG = listQuery(`
MATCH (n:AuditEntry)
WHERE ($targetId IS NULL OR $targetId IN n.targetIds)
  AND ($actor IS NULL OR n.actor = $actor)
  AND ($sourceId IS NULL OR n.sourceId = $sourceId)`, '-n.at.epochMillis');
