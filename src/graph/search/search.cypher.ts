/** The full-text search statement over every named node (index entity_names, derived from the model in src/db/schema-declaration.ts). */
export const SEARCH = `
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $first})
YIELD node, score
RETURN properties(node) AS properties, [label IN labels(node) WHERE label <> 'Entity'][0] AS label, score
ORDER BY score DESC, node.id`;
