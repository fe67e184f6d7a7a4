// export-graph: every node and relationship of the knowledge graph, with all their properties and provenance (what `npm run export` writes).
// Answers: "Give me the whole graph, to load into Gephi, NetworkX, a spreadsheet or a triple store."
// One row per node (element 'node'), then one per relationship (element 'relationship'). The audit
// log (AuditEntry, not :Entity) is not part of the knowledge graph and is left out.
CALL () {
  MATCH (n:Entity)
  RETURN 'node' AS element, n.id AS id, labels(n) AS labels, null AS type, null AS from, null AS to, properties(n) AS properties
  UNION ALL
  MATCH (a:Entity)-[r]->(b:Entity)
  RETURN 'relationship' AS element, null AS id, [] AS labels, type(r) AS type, a.id AS from, b.id AS to, properties(r) AS properties
}
RETURN element, id, labels, type, from, to, properties
// Two relationships of one type between the same nodes (two roles held in one organization) in the
// order of the key the loader gives them: the same graph exports the same way every time.
ORDER BY element, id, from, type, to, properties.key
