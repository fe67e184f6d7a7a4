/**
 * A library query (cypher/) as the API runs it: the file's statement unchanged inside a subquery,
 * plus every node it names with all its properties, so that the API's answer (which resolves
 * those nodes as objects) costs one statement, not a second one for the nodes.
 */
import { ownLabel } from '../../db/cypher-fragments';
import { namedQuery } from '../../db/cypher-files';
import { Row } from '../../db/database';
import { EntityRow, Properties, toEntity } from './rows';

/** @param idsExpression Cypher over the library query's columns giving a list of node ids */
export function withNamedNodes(queryName: string, idsExpression: string): string {
  return `CALL () {
${namedQuery(queryName).cypher}
}
RETURN *, COLLECT {
  UNWIND ${idsExpression} AS namedId
  MATCH (named:Entity {id: namedId})
  RETURN {properties: properties(named), label: ${ownLabel('named')}}
} AS namedNodes`;
}

export function namedNodesOf(row: Row): EntityRow[] {
  return (row.namedNodes as { properties: Properties; label: string }[]).map((n) => toEntity(n.properties, n.label));
}
