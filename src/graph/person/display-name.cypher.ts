/**
 * Short names for people no source names, from the relationship that states their kinship to a
 * named person: "Amber Balcaen's uncle". Never a name: only a named relative and a kinship term.
 *
 * Preference: a relation a source states directly (HAS_RELATIVE, to them, then from them with the
 * inverse term), then a parent, child, sibling or spouse link (the term by their gender when
 * known); among equals, the named relative with the smallest id, so the label is stable.
 */
export const KINSHIP_LABELS = `
UNWIND $ids AS id
MATCH (p:Person {id: id})
CALL (p) {
  MATCH (r:Person)-[k:HAS_RELATIVE]->(p) WHERE r.name IS NOT NULL
  RETURN 0 AS rank, r.id AS anchorId, r.name AS anchor, k.kinship AS kinship
  UNION
  MATCH (p)-[k:HAS_RELATIVE]->(r:Person) WHERE r.name IS NOT NULL
  RETURN 1 AS rank, r.id AS anchorId, r.name AS anchor, k.inverseKinship AS kinship
  UNION
  MATCH (p)-[:PARENT_OF]->(r:Person) WHERE r.name IS NOT NULL
  RETURN 2 AS rank, r.id AS anchorId, r.name AS anchor,
         CASE p.gender WHEN 'male' THEN 'father' WHEN 'female' THEN 'mother' ELSE 'parent' END AS kinship
  UNION
  MATCH (r:Person)-[:PARENT_OF]->(p) WHERE r.name IS NOT NULL
  RETURN 3 AS rank, r.id AS anchorId, r.name AS anchor,
         CASE p.gender WHEN 'male' THEN 'son' WHEN 'female' THEN 'daughter' ELSE 'child' END AS kinship
  UNION
  MATCH (p)-[:SIBLING_OF]-(r:Person) WHERE r.name IS NOT NULL
  RETURN 4 AS rank, r.id AS anchorId, r.name AS anchor,
         CASE p.gender WHEN 'male' THEN 'brother' WHEN 'female' THEN 'sister' ELSE 'sibling' END AS kinship
  UNION
  MATCH (p)-[:SPOUSE_OF]-(r:Person) WHERE r.name IS NOT NULL
  RETURN 5 AS rank, r.id AS anchorId, r.name AS anchor,
         CASE p.gender WHEN 'male' THEN 'husband' WHEN 'female' THEN 'wife' ELSE 'spouse' END AS kinship
}
WITH id, rank, anchorId, anchor, kinship
WHERE kinship IS NOT NULL
ORDER BY rank, anchorId
WITH id, collect(anchor + "'s " + kinship)[0] AS label
RETURN id, label`;
