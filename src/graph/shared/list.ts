/**
 * Root lists (people, teams, ...) as Relay connections. Each entity declares its filtered MATCH
 * (binding `n`) and its sort keys; the page and count statements are built from those constants
 * once, at module load, never from user input.
 */
import { ConnectionArgs, ConnectionResult, keysetParams, toConnection, SortKey } from '../../graphql/connection';
import { GraphContext } from '../context';
import { EntityRow, Properties, toEntity } from './rows';
import { ListQuery } from './shared.cypher';

type Row = Record<string, unknown>;

/**
 * How a page's rows are read and made nodes: the page statement as it is (rows of sortKey,
 * properties and label), or as the compiler wraps it to read the fields selected below its nodes
 * in the same statement (src/graph/compiled/compiled-reads.ts).
 */
export interface PageReader {
  read(statement: string, params: Row): Promise<Row[]>;
  node(row: Row): EntityRow;
}

function plainPages(context: GraphContext): PageReader {
  return {
    read: (statement, params) => context.db.read(statement, params),
    node: (row) => {
      const node = toEntity(row.properties as Properties, row.label as string);
      context.loaders.node.prime(node.id, node);
      return node;
    },
  };
}

export async function listConnection(
  context: GraphContext,
  query: ListQuery,
  filter: Record<string, unknown>,
  args: ConnectionArgs,
  pages: PageReader = plainPages(context),
): Promise<ConnectionResult<EntityRow>> {
  const params = { ...filter, ...keysetParams(args) };
  const rows = await pages.read(query.page, params);
  if (query.tail && rows.length < params.limit) {
    rows.push(...(await pages.read(query.tail, { ...params, limit: params.limit - rows.length })));
  }
  const keyed = rows.map((row) => ({ sortKey: row.sortKey as SortKey, node: pages.node(row) }));
  const totalCount = async (): Promise<number> => {
    const [row] = await context.db.read(query.count, filter);
    return Number(row.total);
  };
  return toConnection(keyed, args, totalCount);
}

/** A root list's filter as its statements' parameters: the filter's fields, those not given null. */
export function rootListFilter(query: ListQuery, filter: object | null | undefined): Record<string, unknown> {
  const given = (filter ?? {}) as Record<string, unknown>;
  return Object.fromEntries(query.parameters.map((name) => [name, given[name] ?? null]));
}
