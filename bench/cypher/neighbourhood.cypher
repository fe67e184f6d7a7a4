// neighbourhood: what the explorer shows around a node: its properties, every node linked to it (with the relationship's type, direction and properties), what each source claims of it, and the disputes it is part of.
// Benchmark question "the explorer's neighbourhood of a node", written by hand as one statement.
// @param id string the node's id
MATCH (n:Entity {id: $id})
RETURN n.id AS id, [label IN labels(n) WHERE label <> 'Entity'][0] AS label, properties(n) AS properties,
  COLLECT {
    MATCH (n)-[r]-(m:Entity)
    RETURN {type: type(r), outgoing: startNode(r) = n, id: m.id, name: coalesce(m.name, m.title), properties: properties(r)}
  } AS links,
  COLLECT {
    MATCH (c:Claim {subject: $id})
    RETURN {property: c.property, value: c.value, source: c.source, preferred: c.preferred, disputed: c.disputed, rule: c.rule}
  } AS claims,
  COLLECT {
    MATCH (c:Claim)
    WHERE c.disputed = true AND $id IN c.entities
    WITH DISTINCT c.group AS group
    RETURN {group: group, claims: COLLECT { MATCH (other:Claim {group: group}) RETURN {property: other.property, value: other.value, source: other.source} }}
  } AS conflicts
