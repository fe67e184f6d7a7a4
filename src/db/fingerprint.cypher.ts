/**
 * The statements behind graphFingerprint (fingerprint.ts): every node and relationship of the
 * graph, except the audit log (each entry carries the time of its write) and the migration
 * runner's bookkeeping (labels starting with `__`). Claims are part of it, without the time each
 * was added: two graphs that say the same things, from the same sources, have one fingerprint.
 */

const IS_GRAPH_NODE = (n: string): string =>
  `NOT ${n}:AuditEntry AND none(label IN labels(${n}) WHERE label STARTS WITH '__')`;

export const FINGERPRINT_NODES = `
MATCH (n)
WHERE ${IS_GRAPH_NODE('n')}
RETURN n.id AS id, labels(n) AS labels, CASE WHEN n:Claim THEN n {.*, addedAt: null} ELSE properties(n) END AS properties
ORDER BY id`;

export const FINGERPRINT_RELATIONSHIPS = `
MATCH (a)-[r]->(b)
WHERE ${IS_GRAPH_NODE('a')} AND ${IS_GRAPH_NODE('b')}
RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS properties
ORDER BY from, type, to, coalesce(r.key, "")`;
