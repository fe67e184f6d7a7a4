/**
 * The resolvers derived from a graph model: for each node label, its relationship fields (the
 * neighbours, or the edge objects with `edge: true`), its properties read with a default and its
 * reference properties; for each edge object, its two ends and its reference properties.
 *
 * Each relationship field walks one RelationSpec (type, direction, labels at the other end), and
 * each spec has one DataLoader per request (a list field: one per page asked for, see
 * relatedPageLoader): a nested query sends one statement per field per depth level, whatever the
 * list sizes. A list field is a page (`first`, at most NESTED_PAGE.maximum, and `after`), and has a
 * Relay twin, `<field>Connection`, with cursors, `pageInfo` and `totalCount`.
 */
import { GraphQLResolveInfo } from 'graphql';
import { Args, ClassType, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { answerFor } from '../compiled/answers';
import { ListPage, NestedListArgs, nestedListConnection, offsetAfter, toNestedConnection } from '../../graphql/connection';
import { EdgeObject, GraphModel, isReference, PropertyDeclaration } from '../../model/declaration';
import { FieldOfLabel, relationshipFieldsOf, readableProperties } from '../../model/model-queries';
import { edgePage, firstNeighbour, GraphContext, neighbourPage } from '../context';
import { EdgeObjectRow } from '../shared/edges';
import { nodeById, requiredNode } from '../shared/node-fields';
import { connectionDescription } from '../shared/paged-list';
import { Direction, PageRequest, RelationSpec } from '../shared/related.loader';
import { ApiTypes, isNonNull, propertyValue, readAsStored, typeOfLabels, TypeValue, valueType } from './api-types';

type Row = Record<string, unknown> & { id: string };
type Resolve = (root: Row, context: GraphContext, args: NestedListArgs) => unknown;

interface GeneratedField {
  name: string;
  type: () => TypeValue;
  nullable: boolean;
  description?: string;
  /** A list under an object: a page, asked for with `first` and `after` (NestedListArgs). */
  paged?: boolean;
  resolve: Resolve;
}

/**
 * A resolver class for `target` whose methods are the given fields. A field answers from its row
 * when the root field's compiled statement read it (src/graph/compiled/), else from its loader.
 */
function resolverClass(name: string, target: ClassType, fields: GeneratedField[]): ClassType {
  const resolver = { [name]: class {} }[name];
  for (const field of fields) {
    Object.defineProperty(resolver.prototype, field.name, {
      value: (root: Row, context: GraphContext, info: GraphQLResolveInfo, args: NestedListArgs) => {
        const compiled = answerFor(root, info.path.key as string);
        return compiled ? compiled.value : field.resolve(root, context, args);
      },
      writable: true,
      configurable: true,
    });
    FieldResolver(field.type, { nullable: field.nullable, description: field.description })(
      resolver.prototype, field.name, Object.getOwnPropertyDescriptor(resolver.prototype, field.name)!,
    );
    Root()(resolver.prototype, field.name, 0);
    Ctx()(resolver.prototype, field.name, 1);
    Info()(resolver.prototype, field.name, 2);
    if (field.paged) Args(() => NestedListArgs)(resolver.prototype, field.name, 3);
  }
  Resolver(() => target)(resolver);
  return resolver;
}

export function relationSpec({ relationship, field, neighbours: labels, toOne }: FieldOfLabel): RelationSpec {
  return { types: [relationship.type], direction: field.direction.toUpperCase() as Direction, labels, ...(toOne ? { toOne } : {}) };
}

/** Which page the arguments of a list field ask for (a cursor that is not one of ours is BAD_USER_INPUT on `after`). */
const pageOf = (args: NestedListArgs): PageRequest => ({ offset: offsetAfter(args.after), first: args.first });

/**
 * A list relationship field `f` (a page of `first` items after `after`) and its Relay twin
 * `fConnection` (the same page with cursors, `pageInfo` and `totalCount`), read by one loader.
 */
function listFields(
  base: { name: string; description?: string },
  itemName: string,
  item: () => TypeValue,
  page: (root: Row, context: GraphContext, request: PageRequest) => Promise<ListPage<unknown>>,
): GeneratedField[] {
  // Made now, with the resolvers: type-graphql reads the classes' metadata when it builds the schema.
  const connection = nestedListConnection(itemName, item);
  return [
    { ...base, type: () => [item()], nullable: false, paged: true,
      resolve: async (root, context, args) => (await page(root, context, pageOf(args))).items },
    { name: `${base.name}Connection`, nullable: false, paged: true,
      description: connectionDescription(base.description ?? base.name),
      type: () => connection,
      resolve: async (root, context, args) => toNestedConnection(await page(root, context, pageOf(args))) },
  ];
}

function relationshipFields(types: ApiTypes, of: FieldOfLabel): GeneratedField[] {
  const { relationship, field, toOne } = of;
  const spec = relationSpec(of);
  const base = { name: field.name, description: field.description };
  if (field.edge) {
    const edge = () => types.edges.get(relationship.type)!;
    return listFields(base, relationship.edge!.name, edge, (root, context, page) => edgePage(context, spec, root.id, page));
  }
  if (of.neighbours.length > 1) {
    throw new Error(`${field.on}.${field.name}: a field that lists several labels returns edge objects (declare an edge with a toUnion)`);
  }
  const neighbour = () => typeOfLabels(types, of.neighbours);
  if (toOne) {
    return [{ ...base, type: neighbour, nullable: !field.nonNull, resolve: (root, context) => firstNeighbour(context, spec, root.id) }];
  }
  return listFields(base, of.neighbours[0], neighbour, (root, context, page) => neighbourPage(context, spec, root.id, page));
}

/** Properties that need more than reading the row: a reference (resolved to its node), a default, a list. */
function propertyFields(types: ApiTypes, properties: Record<string, PropertyDeclaration>): GeneratedField[] {
  return readableProperties(properties).flatMap(([name, property]): GeneratedField[] => {
    const { type } = property;
    const base = { name, description: property.description, nullable: !isNonNull(property) };
    if (isReference(type)) {
      const target = () => typeOfLabels(types, type.ref);
      if (property.list) {
        return [{ ...base, type: () => [target()], resolve: (root, context) =>
          Promise.all(((root[name] as string[] | undefined) ?? []).map((id) => requiredNode(context, id))) }];
      }
      return [{ ...base, type: target, resolve: (root, context) =>
        (property.required ? requiredNode(context, root[name] as string) : nodeById(context, root[name] as string | undefined)) }];
    }
    if (readAsStored(property)) return [];
    const value = () => valueType(types, property);
    return [{ ...base, type: property.list ? () => [value()] : value, resolve: (root) => propertyValue(root, name, property) }];
  });
}

function edgeEnds(types: ApiTypes, model: GraphModel, type: string, edge: EdgeObject): GeneratedField[] {
  const relationship = model.relationships.find((candidate) => candidate.type === type)!;
  const to = edge.toUnion ? () => types.unions.get(edge.toUnion!.name)! : () => typeOfLabels(types, relationship.to);
  return [
    { name: edge.fromField.name, description: edge.fromField.description, nullable: false,
      type: () => typeOfLabels(types, relationship.from), resolve: (root, context) => requiredNode(context, (root as unknown as EdgeObjectRow).startId) },
    { name: edge.toField.name, description: edge.toField.description, nullable: false,
      type: to, resolve: (root, context) => requiredNode(context, (root as unknown as EdgeObjectRow).endId) },
  ];
}

/** Every resolver class the model's node labels and edge objects need. */
export function relationshipResolvers(types: ApiTypes): ClassType[] {
  const { model } = types;
  const resolvers: ClassType[] = [];
  for (const node of model.nodes) {
    const fields = [
      ...propertyFields(types, node.properties),
      ...relationshipFieldsOf(model, node.label).flatMap((of) => relationshipFields(types, of)),
    ];
    resolvers.push(resolverClass(`${node.label}Fields`, types.nodes.get(node.label)!, fields));
  }
  for (const relationship of model.relationships) {
    if (!relationship.edge) continue;
    const fields = [...edgeEnds(types, model, relationship.type, relationship.edge), ...propertyFields(types, relationship.properties)];
    resolvers.push(resolverClass(`${relationship.edge.name}Fields`, types.edges.get(relationship.type)!, fields));
  }
  return resolvers;
}
