/**
 * The statements the shared plumbing of the API sends, and the builders of the per-entity list
 * statements: every one complete Cypher with parameters, built from constants at module load (the
 * entities' *.cypher.ts call the builders), never from user input.
 */
import { ownLabel } from '../../db/cypher-fragments';
import { namedQuery } from '../../db/cypher-files';

/** Loads any nodes by id in one statement: behind node(id:), person(id:) and every to-one field. */
export const NODES_BY_ID = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, properties(n) AS properties, ${ownLabel('n')} AS label`;

export type Direction = 'OUT' | 'IN' | 'BOTH';

// Neighbours come in a stable order: by year and date where they have one (a node's own or derived
// year, else the relationship's first year: a role held since 2003, a team driven for in 1995), then by name.
const NEIGHBOUR_ORDER = `coalesce(m.year, m.earliestYear, r.since, head(r.years), 9999), coalesce(m.date, ''),
         coalesce(m.name, m.title, m.description, m.id), m.id`;

/**
 * Which of some relationships lost a dispute: their existence claims are all not preferred (src/db/
 * claims/resolve.ts). A to-one field (a person's birth place) answers with its first neighbour; only
 * a node with more than one such neighbour can be disputed (born in North Town, or in South Town:
 * both relationships stay), and only for those the loader sends this, one index seek on the claims'
 * `subject` each, so that the ends that lost come last.
 */
export const LOST_RELATIONSHIPS = `
UNWIND $subjects AS subject
WITH subject
WHERE EXISTS { MATCH (c:Claim {subject: subject}) WHERE c.property IS NULL AND c.preferred = false }
RETURN subject`;

/** Every neighbour over some relationship types, of many nodes, in a stable order. */
const relatedStatement = (pattern: string): string => `UNWIND $ids AS id
MATCH (n:Entity {id: id})${pattern}(m:Entity)
WHERE any(label IN labels(m) WHERE label IN $labels)
WITH id, n, r, m
ORDER BY ${NEIGHBOUR_ORDER}
RETURN id, collect({
  properties: properties(m),
  label: ${ownLabel('m')},
  relationship: properties(r),
  type: type(r),
  outgoing: startNode(r) = n
}) AS items`;

const RELATIONSHIP_PATTERNS: Record<Direction, string> = {
  OUT: '-[r:$any($types)]->',
  IN: '<-[r:$any($types)]-',
  BOTH: '-[r:$any($types)]-',
};

const perDirection = (statement: (pattern: string) => string): Record<Direction, string> => ({
  OUT: statement(RELATIONSHIP_PATTERNS.OUT),
  IN: statement(RELATIONSHIP_PATTERNS.IN),
  BOTH: statement(RELATIONSHIP_PATTERNS.BOTH),
});

export const RELATED_STATEMENTS = perDirection(relatedStatement);

/**
 * One page of every list's neighbours, of many nodes: each node's neighbours in the stable order
 * (made total by the relationship: two relationships between the same nodes, roles held in one
 * team, keep one order), collected as references, sliced to the page ($offset to $end), and only
 * the page's items read out; `total` is how many the whole list holds.
 */
const relatedPageStatement = (pattern: string): string => `UNWIND $ids AS id
MATCH (n:Entity {id: id})${pattern}(m:Entity)
WHERE any(label IN labels(m) WHERE label IN $labels)
WITH id, n, r, m
ORDER BY ${NEIGHBOUR_ORDER}, type(r), elementId(r)
WITH id, n, collect({r: r, m: m}) AS ordered
RETURN id, size(ordered) AS total, [pair IN ordered[$offset..$end] | {
  properties: properties(pair.m),
  label: ${ownLabel('pair.m')},
  relationship: properties(pair.r),
  type: type(pair.r),
  outgoing: startNode(pair.r) = n
}] AS items`;

export const RELATED_PAGE_STATEMENTS = perDirection(relatedPageStatement);

/**
 * A library query (cypher/) as the API runs it: the file's statement unchanged inside a subquery,
 * plus every node it names with all its properties, so that the API's answer (which resolves
 * those nodes as objects) costs one statement, not a second one for the nodes.
 *
 * @param idsExpression Cypher over the library query's columns giving a list of node ids */
export function withNamedNodes(queryName: string, idsExpression: string): string {
  return `CALL () {
${namedQuery(queryName).cypher}
}
RETURN *, COLLECT {
  UNWIND ${idsExpression} AS namedId
  MATCH (named:Entity {id: namedId})
  RETURN {properties: properties(named), label: ${ownLabel('named')}}
} AS namedNodes`;
}

/**
 * Root lists (people, teams, ...) as Relay connections: each entity declares its filtered MATCH
 * (binding `n`) and its sort keys; the page and count statements are built from those.
 */
export interface ListQuery {
  /** The filter parameters the statements read (every one is bound, null when not filtering). */
  parameters: string[];
  page: string;
  /** For lists whose sort property may be missing: those rows, after all others (see nullsLastListQuery). */
  tail?: string;
  count: string;
}

const KEYSET = '$afterKey IS NULL OR sortKey > $afterKey OR (sortKey = $afterKey AND n.id > $afterId)';
const ROW = `sortKey, properties(n) AS properties, ${ownLabel('n')} AS label`;
/** Sorts after every real name; the sort key of rows without the property. */
export const MISSING_LAST = '\uffff';

const countOf = (match: string) => `${match}
RETURN count(n) AS total`;

/** The parameters a MATCH reads, read off the statement itself so no list of them is written twice. */
const parametersOf = (match: string): string[] => [...new Set([...match.matchAll(/\$([A-Za-z_]\w*)/g)].map((m) => m[1]))];

/**
 * @param match a MATCH ... WHERE ... that binds `n` and reads only parameters
 * @param sortKey an expression over `n`; rows are ordered by (sortKey, n.id), so it need not be unique
 */
export function listQuery(match: string, sortKey: string): ListQuery {
  return {
    parameters: parametersOf(match),
    page: `${match}
WITH n, ${sortKey} AS sortKey
WHERE ${KEYSET}
RETURN ${ROW}
ORDER BY sortKey, n.id
LIMIT $limit`,
    count: countOf(match),
  };
}

/**
 * A list ordered by an indexed property that some nodes lack (people by name: unnamed relatives
 * have none), those nodes last. An expression such as coalesce(n.name, ...) would make Neo4j read
 * and sort every node for every page; a range seek on the property itself reads one page's worth
 * of the index, in order. Nodes without the property are no index's, so `tail` reads them, only
 * when a page is not full after the named ones.
 *
 * @param match a MATCH ... WHERE ... that binds `n` and reads only parameters
 */
export function nullsLastListQuery(match: string, property: string): ListQuery {
  return {
    parameters: parametersOf(match),
    page: `${match}
  AND n.${property} >= coalesce($afterKey, '')
WITH n, n.${property} AS sortKey
WHERE ${KEYSET}
RETURN ${ROW}
ORDER BY sortKey, n.id
LIMIT $limit`,
    tail: `${match}
  AND n.${property} IS NULL
WITH n, '${MISSING_LAST}' AS sortKey
WHERE ${KEYSET}
RETURN ${ROW}
ORDER BY n.id
LIMIT $limit`,
    count: countOf(match),
  };
}

