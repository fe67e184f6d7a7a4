/**
 * Root fields answered by one compiled statement: a lookup by id (`person(id:)`, `node(id:)`, ...)
 * and a root list (`people`, `teams`, ...) with whatever the request selects below them. A request
 * that walks no relationship below the root is answered as before (the node loader, or the list's
 * page statement): one statement either way. With `reads: 'loaders'` in the context every field is
 * answered by its loader, which is how the property test compares the two paths.
 */
import Cypher from '@neo4j/cypher-builder';
import { getNamedType, GraphQLObjectType, GraphQLResolveInfo } from 'graphql';
import { ConnectionArgs, ConnectionResult } from '../../graphql/connection';
import { notFound } from '../../graphql/errors';
import type { GraphContext } from '../context';
import { listConnection, PageReader, rootListFilter } from '../shared/list';
import { EntityRow, Properties } from '../shared/rows';
import { ListQuery } from '../shared/shared.cypher';
import { AnswerReader, CompiledNode } from './answers';
import { withinBudget } from './budget';
import { Compiler, ENTITY, hasAnyLabel } from './compile';
import { NodeSelection, SelectionReader } from './selection';

const walksRelationships = (selection: NodeSelection): boolean => [...selection.byLabel.values()].some((relations) => relations.length > 0);

function selectionOf(context: GraphContext, info: GraphQLResolveInfo, labels: readonly string[]): NodeSelection | null {
  if (context.reads !== 'compiled') return null;
  const selection = withinBudget(new SelectionReader(context.model, info).node(labels, info.fieldNodes));
  return walksRelationships(selection) ? selection : null;
}

/** One node by id with everything selected below it, or null when no node of `labels` has that id. */
async function compiledNode(context: GraphContext, selection: NodeSelection, id: string, labels: readonly string[]): Promise<EntityRow | null> {
  const node = new Cypher.Node();
  const match = new Cypher.Match(new Cypher.Pattern(node, { labels: [ENTITY], properties: { id: new Cypher.Param(id) } }))
    .where(hasAnyLabel(node, labels));
  const value = new Compiler().value(node, selection);
  const { cypher, params } = Cypher.utils.concat(match, new Cypher.Return([value, 'node'])).build();
  const [row] = await context.db.read(cypher, params);
  return row ? new AnswerReader(context.loaders).node(row.node as CompiledNode, selection) : null;
}

/**
 * A root lookup by id (`person(id:)`, `team(id:)`, ...): the node, or a NOT_FOUND error naming the
 * id (the field is then null and the other root fields still answer).
 */
export async function lookupOfLabel(context: GraphContext, info: GraphQLResolveInfo, id: string, label: string, argument = 'id'): Promise<EntityRow> {
  const selection = selectionOf(context, info, [label]);
  const node = selection ? await compiledNode(context, selection, id, [label]) : await context.loaders.node.load(id);
  if (!node || node.__typename !== label) throw notFound(argument, id, label);
  return node;
}

/** `node(id:)`: any node by id, or null. */
export async function lookupNode(context: GraphContext, info: GraphQLResolveInfo, id: string): Promise<EntityRow | null> {
  const labels = new SelectionReader(context.model, info).labelsOf(getNamedType(info.returnType));
  const selection = selectionOf(context, info, labels);
  return selection ? compiledNode(context, selection, id, labels) : context.loaders.node.load(id);
}

/**
 * The page statement of a root list, wrapped: its rows (sortKey, properties, label, in the list's
 * order), each node matched again by id and its selected fields walked, in one statement.
 */
function compiledPages(context: GraphContext, selection: NodeSelection): PageReader {
  const answers = new AnswerReader(context.loaders);
  // The page statement reads every property of its nodes: their rows are whole whatever is selected.
  const whole = { ...selection, whole: true };
  return {
    async read(statement, parameters) {
      const [sortKey, properties, label] = ['sortKey', 'properties', 'label'].map((name) => new Cypher.NamedVariable(name));
      const node = new Cypher.Node();
      const { fields } = new Compiler().node(node, selection);
      const { cypher, params } = Cypher.utils.concat(
        new Cypher.Call(new Cypher.Raw(statement), []),
        new Cypher.Match(new Cypher.Pattern(node, { labels: [ENTITY], properties: { id: properties.property('id') } })),
        new Cypher.Return(sortKey, properties, label, [fields, 'fields']).orderBy(sortKey, properties.property('id')),
      ).build();
      return context.db.read(cypher, { ...parameters, ...params });
    },
    node: (row) => answers.node({ properties: row.properties as Properties, label: row.label as string, fields: row.fields as Record<string, unknown> }, whole),
  };
}

/** A root list query (people, teams, ...): a page of the list, filtered, with what is selected below its nodes. */
export function rootList(
  context: GraphContext,
  info: GraphQLResolveInfo,
  query: ListQuery,
  filter: object | null | undefined,
  args: ConnectionArgs,
): Promise<ConnectionResult<EntityRow>> {
  const connection = context.reads === 'compiled'
    ? new SelectionReader(context.model, info).connectionNode(getNamedType(info.returnType) as GraphQLObjectType, info.fieldNodes)
    : null;
  const selection = connection && withinBudget(connection);
  const pages = selection && walksRelationships(selection) ? compiledPages(context, selection) : undefined;
  return listConnection(context, query, rootListFilter(query, filter), args, pages);
}
