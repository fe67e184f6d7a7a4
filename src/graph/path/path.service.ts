/** Runs cypher/shortest-connection.cypher (the analysts' query) and shapes the path for the API. */
import { CypherRunner } from '../../db/database';
import { citationsOf, EntityRow, Properties } from '../shared/rows';
import { namedNodesOf } from '../shared/with-nodes';
import { EXISTING_IDS, SHORTEST_CONNECTION } from './path.cypher';
import { Path } from './path.type';

/** The answer to "how are these two connected?": a path, none (null), or an end that names no node. */
export type ConnectionAnswer =
  | { path: Path | null }
  | { unknown: { argument: 'fromId' | 'toId'; id: string } };

/**
 * @param onNode receives each node on the path as read, so resolving `nodes` sends no statement.
 * A path found costs one statement; only when there is none is a second one sent, to tell an
 * unknown id from "not connected".
 */
export async function findConnection(
  db: CypherRunner,
  fromId: string,
  toId: string,
  maxLength: number,
  onNode: (node: EntityRow) => void = () => undefined,
): Promise<ConnectionAnswer> {
  const [row] = await db.read(SHORTEST_CONNECTION, { fromId, toId, maxLength });
  if (row) {
    namedNodesOf(row).forEach(onNode);
    return { path: pathOf(row) };
  }
  const [existing] = await db.read(EXISTING_IDS, { ids: [fromId, toId] });
  const found = new Set(existing.ids as string[]);
  if (!found.has(fromId)) return { unknown: { argument: 'fromId', id: fromId } };
  if (!found.has(toId)) return { unknown: { argument: 'toId', id: toId } };
  return { path: null };
}

function pathOf(row: Record<string, unknown>): Path {
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
