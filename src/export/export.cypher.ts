/**
 * The exports' statements besides the graph itself (cypher/export-graph.cypher and
 * cypher/export-subgraph.cypher, which analysts run too): the claims behind the exported nodes and
 * relationships, and the sources the export cites, as a citation reads them.
 */

/** A claim's properties, its time as ISO 8601 text (`c` bound). */
const CLAIM_ROW = 'c.id AS id, c { .*, addedAt: toString(c.addedAt) } AS properties';

/** In the same order every time: by what they are about, then what they say, then who says it. */
const CLAIM_ORDER = 'ORDER BY c.subject, c.property, c.position, c.source, c.id';

/** Every claim (a whole-graph export). */
export const EXPORT_ALL_CLAIMS = `
MATCH (c:Claim)
RETURN ${CLAIM_ROW}
${CLAIM_ORDER}`;

/** The claims about the nodes $ids and the relationships among them: every id a claim is about is in $ids. */
export const EXPORT_CLAIMS_AMONG = `
MATCH (c:Claim)
WHERE all(id IN c.entities WHERE id IN $ids)
RETURN ${CLAIM_ROW}
${CLAIM_ORDER}`;

/** The sources $ids with what a citation of each says, and the name of the organization that published it. */
export const EXPORT_SOURCES = `
UNWIND $ids AS id
MATCH (s:Source {id: id})
OPTIONAL MATCH (s)-[:PUBLISHED_BY]->(publisher)
RETURN s.id AS id, s.title AS title, s.kind AS kind, s.published AS published, s.url AS url, s.retrieved AS retrieved,
       s.licence AS licence, coalesce(s.authors, []) AS authors, publisher.name AS publisher
ORDER BY id`;
