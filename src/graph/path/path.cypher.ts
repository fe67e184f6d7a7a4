/** Fixed Cypher of the connection question beyond the library's shortest-connection query. */

/** Which of the given ids name a node; asked only when no path was found, to tell "no path" from "no such node". */
export const EXISTING_IDS = `
MATCH (n:Entity) WHERE n.id IN $ids
RETURN collect(n.id) AS ids`;
