// export-subgraph: the nodes within `depth` hops of one node (relationships followed in either direction) and every relationship between them, with all properties and provenance (what `npm run export -- --from ID --depth N` writes).
// Answers: "Give me Amber Balcaen's neighbourhood, two steps out, to look at on its own."
// Same rows as export-graph; no row at all when no node has that id.
// @param fromId string id of the node at the centre, e.g. amber-balcaen
// @param depth integer how many hops out to go, 1 to 5
MATCH (start:Entity {id: $fromId})
// The hard bound (5) holds whatever depth says. Taking each node's shortest distance lets Neo4j
// walk breadth-first and visit every node once, instead of following every path.
MATCH (start)-[hops*0..5]-(n:Entity)
WITH n, min(size(hops)) AS distance
WHERE distance <= $depth
WITH collect(n) AS included
CALL (included) {
  UNWIND included AS n
  RETURN 'node' AS element, n.id AS id, labels(n) AS labels, null AS type, null AS from, null AS to, properties(n) AS properties
  UNION ALL
  UNWIND included AS a
  MATCH (a)-[r]->(b:Entity)
  WHERE b IN included
  RETURN 'relationship' AS element, null AS id, [] AS labels, type(r) AS type, a.id AS from, b.id AS to, properties(r) AS properties
}
RETURN element, id, labels, type, from, to, properties
// Two relationships of one type between the same nodes (two roles held in one organization) in the
// order of the key the loader gives them: the same graph exports the same way every time.
ORDER BY element, id, from, type, to, properties.key
