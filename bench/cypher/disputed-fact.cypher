// disputed-fact: one property of a node that sources disagree on: the value the graph answers with, and every source's claim of it (which is preferred, and the rule that chose it).
// Benchmark question "a disputed fact with its claims", written by hand as one statement.
// @param id string the node's id
// @param property string the disputed property
MATCH (n:Entity {id: $id})
RETURN n.id AS id, n.name AS name, n[$property] AS value,
  COLLECT {
    MATCH (c:Claim {subject: $id, property: $property})
    RETURN {value: c.value, source: c.source, preferred: c.preferred, disputed: c.disputed, rule: c.rule}
    ORDER BY c.preferred DESC, c.source
  } AS claims
