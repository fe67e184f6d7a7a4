/** Runs cypher/shortest-connection.cypher (the analysts' query) and shapes the path for the API. */
import { CypherRunner } from '../../db/database';
import { citationsOf, EntityRow, Properties } from '../shared/rows';
import { namedNodesOf, withNamedNodes } from '../shared/with-nodes';
import { Path } from './path.type';

const SHORTEST_CONNECTION = withNamedNodes('shortest-connection', 'nodeIds');

/** @param onNode receives each node on the path as read, so resolving `nodes` sends no statement */
export async function shortestPath(
  db: CypherRunner,
  fromId: string,
  toId: string,
  maxLength: number,
  onNode: (node: EntityRow) => void = () => undefined,
): Promise<Path | null> {
  const [row] = await db.read(SHORTEST_CONNECTION, { fromId, toId, maxLength });
  if (!row) return null;
  namedNodesOf(row).forEach(onNode);
  return {
    length: row.length as number,
    nodeIds: row.nodeIds as string[],
    relationships: (row.relationships as (Properties & { type: string; from: string; to: string })[]).map((r) => ({
      type: r.type,
      fromId: r.from,
      toId: r.to,
      sources: citationsOf(r),
    })),
  };
}
