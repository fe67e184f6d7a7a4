// shortest-connection: the shortest path between any two nodes, as the nodes and relationships along it, with each relationship's evidence.
// Answers: "How is Amber Balcaen connected to Danica Patrick?"
// Relationships are followed in either direction. Sources are left out of paths: being cited by the
// same article is not a connection. A Source may be an end of the path (fromId or toId), never a
// node in between.
// @param fromId string id of the first node, e.g. amber-balcaen
// @param toId string id of the second node, e.g. danica-patrick
// @param maxLength integer? longest path to look for, 1 to 10 (default 6)
MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
WHERE a <> b
// One breadth-first search (SHORTEST 1) that never steps onto a Source between the ends: the
// restriction is part of the search, so the shortest allowed path is found without enumerating
// longer ones. Hard bound: 0 to 9 steps to a non-Source node, then the last step to b (1 to 10
// relationships), whatever maxLength says.
MATCH path = SHORTEST 1 (a) (()-[]-(:!Source)){0,9} ()-[]-(b)
WHERE length(path) <= coalesce($maxLength, 6)
RETURN
  length(path) AS length,
  [n IN nodes(path) | n.id] AS nodeIds,
  [n IN nodes(path) | coalesce(n.name, n.title, n.description, n.id)] AS names,
  [r IN relationships(path) | {
    type: type(r),
    from: startNode(r).id,
    to: endNode(r).id,
    sources: r.sources,
    quotes: r.quotes
  }] AS relationships
