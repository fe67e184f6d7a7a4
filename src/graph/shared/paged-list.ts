/**
 * A list under an object that its resolver computes whole (a person's career summary, a lineage's
 * relatives, a node's claims, a team's season entries) is a page all the same, like the model's
 * relationship lists: `first` (at most NESTED_PAGE.maximum, counted by the query cost) and `after`,
 * with a Relay twin `<name>Connection` sharing its cursors.
 */
import { Args, ClassType, Ctx, FieldResolver, Root } from 'type-graphql';
import { ListPage, NESTED_PAGE, NestedListArgs, nestedListConnection, pageOfList, toNestedConnection } from '../../graphql/connection';
import { GraphContext } from '../context';

export interface PagedList<R> {
  /** The list field's name; its twin is `<name>Connection`. */
  name: string;
  /** The item type's name, naming the twin's type (`<itemName>ListConnection`). */
  itemName: string;
  item: () => unknown;
  /** What the list holds and in which order. */
  description: string;
  /** The whole list, in its stable order (cursors are positions in it). */
  all: (root: R, context: GraphContext) => Promise<readonly unknown[]> | readonly unknown[];
  /** Where `all` gives ids: the items of a page, read only for that page. */
  read?: (ids: readonly unknown[], context: GraphContext) => Promise<unknown[]>;
  /** The page's arguments: NestedListArgs unless the list has its own default (CitationListArgs). */
  args?: ClassType<NestedListArgs>;
}

export const pagedDescription = (description: string): string =>
  `${description} A page: \`first\` (at most ${NESTED_PAGE.maximum}) and \`after\` (a cursor of the \`…Connection\` twin).`;

export const connectionDescription = (description: string): string =>
  `${description} As a Relay connection: cursors, whether there is more, and the total.`;

/** Adds `list.name` and `<list.name>Connection` to a resolver class (its `@Resolver` names the type they are on). */
export function addPagedList<R>(resolver: ClassType, list: PagedList<R>): void {
  // Made now, with the resolvers: type-graphql reads the classes' metadata when it builds the schema.
  const connection = nestedListConnection(list.itemName, list.item);
  const define = (name: string, type: () => unknown, description: string, answer: (page: ListPage<unknown>) => unknown) => {
    Object.defineProperty(resolver.prototype, name, {
      value: async (root: R, page: NestedListArgs, context: GraphContext) => {
        const listed = pageOfList(await list.all(root, context), page);
        return answer(list.read ? { ...listed, items: await list.read(listed.items, context) } : listed);
      },
      writable: true,
      configurable: true,
    });
    FieldResolver(type as () => ClassType, { description })(resolver.prototype, name, Object.getOwnPropertyDescriptor(resolver.prototype, name)!);
    Root()(resolver.prototype, name, 0);
    Args(() => list.args ?? NestedListArgs)(resolver.prototype, name, 1);
    Ctx()(resolver.prototype, name, 2);
  };
  define(list.name, () => [list.item()], pagedDescription(list.description), (page) => page.items);
  define(`${list.name}Connection`, () => connection, connectionDescription(list.description), toNestedConnection);
}
