/**
 * The resolvers derived from a graph model: for each node label, its relationship fields (the
 * neighbours, or the edge objects with `edge: true`), its properties read with a default and its
 * reference properties; for each edge object, its two ends and its reference properties.
 *
 * Each relationship field walks one RelationSpec (type, direction, labels at the other end), and
 * each spec has one DataLoader per request: a nested query sends one statement per field per
 * depth level, whatever the list sizes.
 */
import { ClassType, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { EdgeObject, GraphModel, isReference, PropertyDeclaration } from '../../model/declaration';
import { FieldOfLabel, relationshipFieldsOf, readableProperties } from '../../model/model-queries';
import { edgesOf, firstNeighbour, GraphContext, neighbours } from '../context';
import { EdgeObjectRow } from '../shared/edges';
import { nodeById, requiredNode } from '../shared/node-fields';
import { Direction, RelationSpec } from '../shared/related.loader';
import { ApiTypes, isNonNull, propertyValue, readAsStored, typeOfLabels, TypeValue, valueType } from './api-types';

type Row = Record<string, unknown> & { id: string };
type Resolve = (root: Row, context: GraphContext) => unknown;

interface GeneratedField {
  name: string;
  type: () => TypeValue;
  nullable: boolean;
  description?: string;
  resolve: Resolve;
}

/** A resolver class for `target` whose methods are the given fields. */
function resolverClass(name: string, target: ClassType, fields: GeneratedField[]): ClassType {
  const resolver = { [name]: class {} }[name];
  for (const field of fields) {
    Object.defineProperty(resolver.prototype, field.name, {
      value: (root: Row, context: GraphContext) => field.resolve(root, context),
      writable: true,
      configurable: true,
    });
    FieldResolver(field.type, { nullable: field.nullable, description: field.description })(
      resolver.prototype, field.name, Object.getOwnPropertyDescriptor(resolver.prototype, field.name)!,
    );
    Root()(resolver.prototype, field.name, 0);
    Ctx()(resolver.prototype, field.name, 1);
  }
  Resolver(() => target)(resolver);
  return resolver;
}

export function relationSpec({ relationship, field, neighbours: labels, toOne }: FieldOfLabel): RelationSpec {
  return { types: [relationship.type], direction: field.direction.toUpperCase() as Direction, labels, ...(toOne ? { toOne } : {}) };
}

function relationshipField(types: ApiTypes, of: FieldOfLabel): GeneratedField {
  const { relationship, field, toOne } = of;
  const spec = relationSpec(of);
  const base = { name: field.name, description: field.description };
  if (field.edge) {
    return { ...base, type: () => [types.edges.get(relationship.type)], nullable: false, resolve: (root, context) => edgesOf(context, spec, root.id) };
  }
  if (of.neighbours.length > 1) {
    throw new Error(`${field.on}.${field.name}: a field that lists several labels returns edge objects (declare an edge with a toUnion)`);
  }
  const neighbour = () => typeOfLabels(types, of.neighbours);
  if (toOne) {
    return { ...base, type: neighbour, nullable: !field.nonNull, resolve: (root, context) => firstNeighbour(context, spec, root.id) };
  }
  return { ...base, type: () => [neighbour()], nullable: false, resolve: (root, context) => neighbours(context, spec, root.id) };
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
      ...relationshipFieldsOf(model, node.label).map((of) => relationshipField(types, of)),
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
