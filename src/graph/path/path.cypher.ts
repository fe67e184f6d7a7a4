/** The statements of the connection question: the library's shortest-connection query with its nodes, and an id check. */
import { withNamedNodes } from '../shared/shared.cypher';

export const SHORTEST_CONNECTION = withNamedNodes('shortest-connection', 'nodeIds');

/** Which of the given ids name a node; asked only when no path was found, to tell "no path" from "no such node". */
export const EXISTING_IDS = `
MATCH (n:Entity) WHERE n.id IN $ids
RETURN collect(n.id) AS ids`;
