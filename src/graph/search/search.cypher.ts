/** The full-text search statement over every named node (index entity_names, derived from the model in src/db/schema-declaration.ts). */
import { ownLabel } from '../../db/cypher-fragments';
export const SEARCH = `
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $first})
YIELD node, score
RETURN properties(node) AS properties, ${ownLabel('node')} AS label, score
ORDER BY score DESC, node.id`;
