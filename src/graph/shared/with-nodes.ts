/**
 * A library query (cypher/) as the API runs it: the file's statement unchanged inside a subquery,
 * plus every node it names with all its properties, so that the API's answer (which resolves
 * those nodes as objects) costs one statement, not a second one for the nodes.
 */
import { Row } from '../../db/database';
import { EntityRow, Properties, toEntity } from './rows';

export function namedNodesOf(row: Row): EntityRow[] {
  return (row.namedNodes as { properties: Properties; label: string }[]).map((n) => toEntity(n.properties, n.label));
}
