/**
 * Relay connections with keyset cursors. A list statement orders rows by (sortKey, id) and returns
 * one row more than asked, so we know whether another page exists; the cursor is that pair, so the
 * next page starts with an index seek past it instead of skipping rows: page 50 costs what page 1 costs.
 */
import { ClassType, Field, ArgsType, Int, ObjectType } from 'type-graphql';
import { Max, Min, MaxLength } from 'class-validator';
import { badUserInput } from './errors';
import { CITATION_PAGE, NESTED_PAGE } from './page-sizes';

@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field({ description: 'True when this page was asked for with `after` (pages are only walked forward).' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { defaultValue: 20, description: 'Page size, 0 to 100.' })
  @Min(0)
  @Max(100)
  first!: number;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge of the previous page.' })
  @MaxLength(500)
  after?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionResult<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /** A getter, so the count statement runs only when a client selects totalCount. */
  readonly totalCount: Promise<number>;
}

/** @param itemType a thunk, evaluated when the schema is built (node types are made from the graph model then). */
export function Connection<T extends object>(
  itemType: () => ClassType<T> | ClassType,
  name: string,
  totalCountDescription = 'How many nodes match the filter, over all pages.',
) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field({ description: 'Opaque cursor; pass it as `after` to get the next page.' })
    cursor!: string;

    @Field(() => itemType())
    node!: T;
  }

  @ObjectType()
  abstract class ConnectionType {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: totalCountDescription })
    totalCount!: number;
  }
  return ConnectionType;
}

export type SortKey = string | number;

export function encodeCursor(sortKey: SortKey, id: string): string {
  return Buffer.from(JSON.stringify([sortKey, id]), 'utf8').toString('base64url');
}

/** The keyset position after which a page starts, as Cypher parameters. */
export interface KeysetParams {
  afterKey: SortKey | null;
  afterId: string | null;
  /** One more than the page size, to see whether a next page exists. */
  limit: number;
}

export function keysetParams(args: ConnectionArgs): KeysetParams {
  if (!args.after) return { afterKey: null, afterId: null, limit: args.first + 1 };
  try {
    const decoded: unknown = JSON.parse(Buffer.from(args.after, 'base64url').toString('utf8'));
    if (
      Array.isArray(decoded) && decoded.length === 2 &&
      ['string', 'number'].includes(typeof decoded[0]) && typeof decoded[1] === 'string'
    ) {
      return { afterKey: decoded[0] as SortKey, afterId: decoded[1], limit: args.first + 1 };
    }
  } catch {
    // fall through to the error below
  }
  throw badUserInput('after', 'is not a cursor returned by this API');
}

export interface KeyedRow<T> {
  sortKey: SortKey;
  node: T & { id: string };
}

export function toConnection<T>(
  rows: KeyedRow<T>[],
  args: ConnectionArgs,
  totalCount: () => Promise<number>,
): ConnectionResult<T> {
  const page = rows.slice(0, args.first);
  const edges = page.map((row) => ({ cursor: encodeCursor(row.sortKey, row.node.id), node: row.node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > args.first,
      hasPreviousPage: Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    get totalCount() {
      return totalCount();
    },
  };
}

export { CITATION_PAGE, NESTED_PAGE };

/** The arguments of a page of a list under an object: `first` (0 to the page's maximum, its default when not given) and `after`. */
export interface PageArgs {
  first: number;
  after?: string | null;
}

/** An ArgsType class of a list's page: its sizes, what it holds (for the descriptions) and its `…Connection` twin's name. */
function pageArgs(page: { default: number; maximum: number }, items: string, twin: string): ClassType<PageArgs> {
  @ArgsType()
  class ListPageArgs implements PageArgs {
    @Field(() => Int, { defaultValue: page.default, description: `How many ${items}, 0 to ${page.maximum} (default ${page.default}).` })
    @Min(0)
    @Max(page.maximum)
    first!: number;

    @Field(() => String, { nullable: true, description: `Start after this cursor (a \`cursor\` of the \`${twin}\` field beside this one).` })
    @MaxLength(500)
    after?: string | null;
  }
  return ListPageArgs;
}

@ArgsType()
export class NestedListArgs extends pageArgs(NESTED_PAGE, 'items', '…Connection') {}

/** The page of an element's citations (`sources`): as NestedListArgs, with CITATION_PAGE's smaller default. */
@ArgsType()
export class CitationListArgs extends pageArgs(CITATION_PAGE, 'citations', 'sourcesConnection') {}

/**
 * A nested list's cursor is the position of an item in the list's stable order: one list's cursors
 * are good for the list field and its `…Connection` alike, and for every parent in a batch.
 */
export function encodePositionCursor(position: number): string {
  return Buffer.from(JSON.stringify({ position }), 'utf8').toString('base64url');
}

/** How many items of the ordered list to pass over: 0 without `after`, else the cursor's position plus one. */
export function offsetAfter(after: string | null | undefined): number {
  if (!after) return 0;
  try {
    const decoded: unknown = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
    const position = (decoded as { position?: unknown } | null)?.position;
    if (typeof position === 'number' && Number.isSafeInteger(position) && position >= 0) return position + 1;
  } catch {
    // fall through to the error below
  }
  throw badUserInput('after', 'is not a cursor of a nested list returned by this API');
}

/** A page of a nested list: the items from `offset`, and how many the whole list holds. */
export interface ListPage<T> {
  offset: number;
  items: T[];
  total: number;
}

export interface NestedConnectionResult<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

export function toNestedConnection<T>({ offset, items, total }: ListPage<T>): NestedConnectionResult<T> {
  const edges = items.map((node, index) => ({ cursor: encodePositionCursor(offset + index), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: offset + items.length < total,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount: total,
  };
}

/**
 * The page of an ordered list already in hand that `first` and `after` ask for: for the lists a
 * resolver computes whole (a person's career summary, a lineage's relatives, a node's claims), so
 * that no list under an object answers with more than NESTED_PAGE.maximum items.
 */
export function pageOfList<T>(items: readonly T[], args: NestedListArgs): ListPage<T> {
  const offset = offsetAfter(args.after);
  return { offset, items: items.slice(offset, offset + args.first), total: items.length };
}

/** One connection type per item type (`SeasonEntryListConnection`), shared by every list field of that type. */
const listConnections = new Map<string, ClassType>();

/**
 * The Relay twin's type of a list of `itemName` under an object. Call it when the resolvers are
 * made (type-graphql reads the class's metadata when it builds the schema), not inside a type thunk.
 */
export function nestedListConnection(itemName: string, item: () => unknown): ClassType {
  let connection = listConnections.get(itemName);
  if (!connection) {
    const base = Connection(item as () => ClassType, `${itemName}List`, 'How many items the whole list holds, over all pages.');
    const name = `${itemName}ListConnection`;
    connection = { [name]: class extends base {} }[name];
    ObjectType(name, { description: `A page of a list of ${itemName} under an object, with cursors.` })(connection);
    listConnections.set(itemName, connection);
  }
  return connection;
}
