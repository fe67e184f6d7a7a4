/** Runs cypher/shortest-connection.cypher (the analysts' query) and shapes the path for the API. */
import { CypherRunner } from '../../db/database';
import { namedQuery } from '../../db/cypher-files';
import { citationsOf, Properties } from '../shared/rows';
import { Path } from './path.type';

export async function shortestPath(db: CypherRunner, fromId: string, toId: string, maxLength: number): Promise<Path | null> {
  const [row] = await db.read(namedQuery('shortest-connection').cypher, { fromId, toId, maxLength });
  if (!row) return null;
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
