/**
 * Root lists (people, teams, ...) as Relay connections. Each entity declares its filtered MATCH
 * (binding `n`) and its sort keys; the page and count statements are built from those constants
 * once, at module load, never from user input.
 */
import { ConnectionArgs, ConnectionResult, keysetParams, toConnection, SortKey } from '../../graphql/connection';
import { GraphContext } from '../context';
import { EntityRow, Properties, toEntity } from './rows';
import { ListQuery } from './shared.cypher';

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
