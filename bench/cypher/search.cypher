// search: the best full-text hits over every named node.
// Benchmark question "full-text search", written by hand as one statement.
// @param query string a Lucene query, e.g. (ava OR ava*) AND (novak OR novak*)
// @param first integer most hits
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $first})
YIELD node, score
RETURN node.id AS id, coalesce(node.name, node.title) AS name, [label IN labels(node) WHERE label <> 'Entity'][0] AS label, score
ORDER BY score DESC, id
