/**
 * The API's types derived from a graph model: one GraphQL enum per model enum, one object type per
 * node label (its declared properties), one object type per relationship's `edge` object (its ends
 * and properties) and the unions those ends need. Relationship fields are added by
 * relationship-fields.ts, curation inputs by src/graph/curation/curation.inputs.ts.
 *
 * type-graphql keeps its metadata in one global store, so the classes are made once per process:
 * `apiTypes(model)` builds them the first time and returns the same ones after; a process serves
 * one model (a test file that builds another model runs in its own process sandbox). Hand-written
 * resolvers name these types through `nodeType('Person')` inside type thunks, which type-graphql
 * evaluates only when it builds the schema, after `apiTypes(model)`.
 */
import { ClassType, createUnionType, Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { ReturnTypeFuncValue } from 'type-graphql/build/typings/decorators/types';
import { Cited } from '../../graphql/citation.type';
import { Node } from '../../graphql/node.interface';
import { EdgeObject, GraphModel, isEnum, isReference, PropertyDeclaration, RelationshipDeclaration } from '../../model/declaration';
import { enumKey, readableProperties } from '../../model/model-queries';

/** The type-graphql type of a field: a class, an enum object, a union, a scalar, or a list of one. */
export type TypeValue = ReturnTypeFuncValue;

export interface ApiTypes {
  readonly model: GraphModel;
  /** Enum objects by model enum name (keys upper case, values as stored). */
  readonly enums: ReadonlyMap<string, Record<string, string>>;
  readonly nodes: ReadonlyMap<string, ClassType>;
  /** Edge object types by relationship type. */
  readonly edges: ReadonlyMap<string, ClassType>;
  /** The type a field returns for one of several labels (an edge's `toUnion`), by union name. */
  readonly unions: ReadonlyMap<string, TypeValue>;
}

let built: ApiTypes | undefined;

export function apiTypes(model: GraphModel): ApiTypes {
  if (built) {
    if (built.model !== model) {
      throw new Error('type-graphql keeps one global set of types: a process builds the API for one graph model only.');
    }
    return built;
  }
  built = buildApiTypes(model);
  return built;
}

function current(): ApiTypes {
  if (!built) throw new Error('The API types are made by apiTypes(model) (buildGraphSchema) before a type is named.');
  return built;
}

function lookup<T>(map: ReadonlyMap<string, T>, key: string, what: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`The graph model the API serves has no ${what} "${key}".`);
  return value;
}

/** The object type of a node label; use inside a type thunk (`() => nodeType('Person')`). */
export const nodeType = (label: string): ClassType => lookup(current().nodes, label, 'node label');
/** The edge object type of a relationship type. */
export const edgeType = (type: string): ClassType => lookup(current().edges, type, 'edge object of type');
/** The GraphQL enum of a model enum. */
export const enumType = (name: string): Record<string, string> => lookup(current().enums, name, 'enum');

/** The type for a value that may be one of several labels: the one label's type, else any Node. */
export function typeOfLabels(types: ApiTypes, labels: readonly string[]): TypeValue {
  return labels.length === 1 ? lookup(types.nodes, labels[0], 'node label') : Node;
}

/** The GraphQL type of one value of a declared property. */
export function valueType(types: Pick<ApiTypes, 'enums' | 'nodes'>, property: PropertyDeclaration): TypeValue {
  const { type } = property;
  if (isEnum(type)) return lookup(types.enums, type.name, 'enum');
  if (isReference(type)) return type.ref.length === 1 ? lookup(types.nodes, type.ref[0], 'node label') : Node;
  switch (type) {
    case 'int': return Int;
    case 'float': return Float;
    case 'boolean': return Boolean;
    // Strings, partial dates ("2023-02") and addresses are all strings in the API.
    default: return String;
  }
}

/** Non-null when the model says it is always there: required (and not nullable in the API), or read with a default. */
export const isNonNull = (property: PropertyDeclaration): boolean =>
  property.list === true || (property.required === true && !property.nullableInApi) || property.default !== undefined;

/** A property's value on a row: the default for an absent one, an empty list for an absent list. */
export function propertyValue(row: Record<string, unknown>, name: string, property: PropertyDeclaration): unknown {
  const value = row[name];
  if (value !== undefined && value !== null) return value;
  if (property.list) return [];
  return property.default ?? null;
}

/** Read as stored: not a reference (resolved to its node), a list (absent reads []) or a property with a default. */
export const readAsStored = (property: PropertyDeclaration): boolean =>
  !isReference(property.type) && !property.list && property.default === undefined;

/**
 * Declares the fields of a node's or an edge's properties on its class: those read as stored. The
 * others need a resolver: relationship-fields.ts declares them.
 */
function declareProperties(types: ApiTypes, target: ClassType, properties: Record<string, PropertyDeclaration>): void {
  for (const [name, property] of readableProperties(properties)) {
    if (!readAsStored(property)) continue;
    Field(() => valueType(types, property), {
      nullable: !isNonNull(property),
      description: property.description,
    })(target.prototype, name);
  }
}

function namedClass(name: string, base: abstract new () => object): ClassType {
  // The class name shows in type-graphql's error messages; the GraphQL name is given explicitly.
  return { [name]: class extends base {} }[name];
}

function nodeClass(types: ApiTypes, label: string, description: string, properties: Record<string, PropertyDeclaration>): ClassType {
  const target = namedClass(label, Cited);
  ObjectType(label, { implements: Node, description })(target);
  declareProperties(types, target, properties);
  return target;
}

function edgeClass(types: ApiTypes, relationship: RelationshipDeclaration, edge: EdgeObject): ClassType {
  const target = namedClass(edge.name, Cited);
  ObjectType(edge.name, { description: edge.description })(target);
  declareProperties(types, target, relationship.properties);
  return target;
}

function registerEnums(model: GraphModel): Map<string, Record<string, string>> {
  return new Map(model.enums.map((declaration) => {
    const enumObject = Object.fromEntries(declaration.values.map((value) => [enumKey(value), value]));
    registerEnumType(enumObject, { name: declaration.name, description: declaration.description });
    return [declaration.name, enumObject];
  }));
}

function buildApiTypes(model: GraphModel): ApiTypes {
  const nodes = new Map<string, ClassType>();
  const edges = new Map<string, ClassType>();
  const unions = new Map<string, TypeValue>();
  const types: ApiTypes = { model, enums: registerEnums(model), nodes, edges, unions };
  // Classes first, fields after: a field's type thunk may name any node.
  for (const node of model.nodes) nodes.set(node.label, nodeClass(types, node.label, node.description, {}));
  for (const node of model.nodes) declareProperties(types, nodes.get(node.label)!, node.properties);
  for (const relationship of model.relationships) {
    const { edge } = relationship;
    if (!edge) continue;
    edges.set(relationship.type, edgeClass(types, relationship, edge));
    if (edge.toUnion) {
      unions.set(edge.toUnion.name, createUnionType({
        name: edge.toUnion.name,
        description: edge.toUnion.description,
        types: () => relationship.to.map((label) => lookup(nodes, label, 'node label')) as [ClassType, ...ClassType[]],
        // Rows carry their label as __typename (see src/graph/shared/rows.ts).
        resolveType: (value) => (value as { __typename?: string }).__typename,
      }));
    }
  }
  return types;
}
