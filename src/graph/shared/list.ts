/**
 * Root lists (people, teams, ...) as Relay connections. Each entity declares its filtered MATCH
 * (binding `n`) and its sort keys; the page and count statements are built from those constants
 * once, at module load, never from user input.
 */
import { ConnectionArgs, ConnectionResult, keysetParams, toConnection, SortKey } from '../../graphql/connection';
import { GraphContext } from '../context';
import { EntityRow, Properties, toEntity } from './rows';

export interface ListQuery {
  page: string;
  count: string;
}

/**
 * @param match a MATCH ... WHERE ... that binds `n` and reads only parameters
 * @param sortKey an expression over `n`; rows are ordered by (sortKey, n.id), so it need not be unique
 */
export function listQuery(match: string, sortKey: string): ListQuery {
  return {
    page: `${match}
WITH n, ${sortKey} AS sortKey
WHERE $afterKey IS NULL OR sortKey > $afterKey OR (sortKey = $afterKey AND n.id > $afterId)
RETURN sortKey, properties(n) AS properties, [label IN labels(n) WHERE label <> 'Entity'][0] AS label
ORDER BY sortKey, n.id
LIMIT $limit`,
    count: `${match}
RETURN count(n) AS total`,
  };
}

export async function listConnection(
  context: GraphContext,
  query: ListQuery,
  filter: Record<string, unknown>,
  args: ConnectionArgs,
): Promise<ConnectionResult<EntityRow>> {
  const rows = await context.db.read(query.page, { ...filter, ...keysetParams(args) });
  const keyed = rows.map((row) => {
    const node = toEntity(row.properties as Properties, row.label as string);
    context.loaders.node.prime(node.id, node);
    return { sortKey: row.sortKey as SortKey, node };
  });
  const totalCount = async (): Promise<number> => {
    const [row] = await context.db.read(query.count, filter);
    return Number(row.total);
  };
  return toConnection(keyed, args, totalCount);
}
