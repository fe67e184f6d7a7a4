/**
 * Root lists (people, teams, ...) as Relay connections. Each entity declares its filtered MATCH
 * (binding `n`) and its sort keys; the page and count statements are built from those constants
 * once, at module load, never from user input.
 */
import { ownLabel } from '../../db/cypher-fragments';
import { ConnectionArgs, ConnectionResult, keysetParams, toConnection, SortKey } from '../../graphql/connection';
import { GraphContext } from '../context';
import { EntityRow, Properties, toEntity } from './rows';

export interface ListQuery {
  /** The filter parameters the statements read (every one is bound, null when not filtering). */
  parameters: string[];
  page: string;
  /** For lists whose sort property may be missing: those rows, after all others (see nullsLastListQuery). */
  tail?: string;
  count: string;
}

const KEYSET = '$afterKey IS NULL OR sortKey > $afterKey OR (sortKey = $afterKey AND n.id > $afterId)';
const ROW = `sortKey, properties(n) AS properties, ${ownLabel('n')} AS label`;
/** Sorts after every real name; the sort key of rows without the property. */
export const MISSING_LAST = '\uffff';

const countOf = (match: string) => `${match}
RETURN count(n) AS total`;

/** The parameters a MATCH reads, read off the statement itself so no list of them is written twice. */
const parametersOf = (match: string): string[] => [...new Set([...match.matchAll(/\$([A-Za-z_]\w*)/g)].map((m) => m[1]))];

/**
 * @param match a MATCH ... WHERE ... that binds `n` and reads only parameters
 * @param sortKey an expression over `n`; rows are ordered by (sortKey, n.id), so it need not be unique
 */
export function listQuery(match: string, sortKey: string): ListQuery {
  return {
    parameters: parametersOf(match),
    page: `${match}
WITH n, ${sortKey} AS sortKey
WHERE ${KEYSET}
RETURN ${ROW}
ORDER BY sortKey, n.id
LIMIT $limit`,
    count: countOf(match),
  };
}

/**
 * A list ordered by an indexed property that some nodes lack (people by name: unnamed relatives
 * have none), those nodes last. An expression such as coalesce(n.name, ...) would make Neo4j read
 * and sort every node for every page; a range seek on the property itself reads one page's worth
 * of the index, in order. Nodes without the property are no index's, so `tail` reads them, only
 * when a page is not full after the named ones.
 *
 * @param match a MATCH ... WHERE ... that binds `n` and reads only parameters
 */
export function nullsLastListQuery(match: string, property: string): ListQuery {
  return {
    parameters: parametersOf(match),
    page: `${match}
  AND n.${property} >= coalesce($afterKey, '')
WITH n, n.${property} AS sortKey
WHERE ${KEYSET}
RETURN ${ROW}
ORDER BY sortKey, n.id
LIMIT $limit`,
    tail: `${match}
  AND n.${property} IS NULL
WITH n, '${MISSING_LAST}' AS sortKey
WHERE ${KEYSET}
RETURN ${ROW}
ORDER BY n.id
LIMIT $limit`,
    count: countOf(match),
  };
}

export async function listConnection(
  context: GraphContext,
  query: ListQuery,
  filter: Record<string, unknown>,
  args: ConnectionArgs,
): Promise<ConnectionResult<EntityRow>> {
  const params = { ...filter, ...keysetParams(args) };
  const rows = await context.db.read(query.page, params);
  if (query.tail && rows.length < params.limit) {
    rows.push(...(await context.db.read(query.tail, { ...params, limit: params.limit - rows.length })));
  }
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

/**
 * A root list query (people, teams, ...): the filter's fields as the statement's parameters, those
 * not given null, then a page of the list.
 */
export function rootList(
  context: GraphContext,
  query: ListQuery,
  filter: object | null | undefined,
  args: ConnectionArgs,
): Promise<ConnectionResult<EntityRow>> {
  const given = (filter ?? {}) as Record<string, unknown>;
  return listConnection(context, query, Object.fromEntries(query.parameters.map((name) => [name, given[name] ?? null])), args);
}
