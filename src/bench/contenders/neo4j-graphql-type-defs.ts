/**
 * The @neo4j/graphql contender's node types and relationships, derived from a graph model: for each
 * node label a `type X @node` with `id` and its readable properties, and for each relationship field
 * the model declares a `@relationship` field (a field walked both ways of a symmetric type is
 * `queryDirection: UNDIRECTED`; a field to several labels returns a union named by them); each
 * relationship type a field walks has a `@relationshipProperties` type of its declared properties,
 * named by its edge object (`SeasonEntry`), else `<Type>Properties`. A type the model gives no field
 * (HAS_RELATIVE, read through lineage) has none here either.
 *
 * Values are typed as the graph stores them, so that the library reads them as they are: enums are
 * stored as their words ("co-driver"), which are not GraphQL enum values, so they are Strings;
 * partial dates ("2023-02") and addresses are Strings; a reference to another node is its id. A
 * property is non-null only when the model requires it (and the API does not report it as nullable):
 * the library applies no defaults when reading, so an absent list or default reads as null. What the
 * library cannot express: a non-null to-one field (such a field is nullable here, and the output's
 * first lines name it).
 */
import { GraphModel, isEnum, isReference, PropertyDeclaration, RelationshipDeclaration } from '../../model/declaration';
import { FieldOfLabel, readableProperties, relationshipFieldsOf } from '../../model/model-queries';

/** The GraphQL type of one stored value of a property. */
function scalarOf(property: PropertyDeclaration): string {
  const { type } = property;
  if (isEnum(type)) return 'String';
  if (isReference(type)) return 'ID';
  switch (type) {
    case 'int': return 'Int';
    case 'float': return 'Float';
    case 'boolean': return 'Boolean';
    case 'string': case 'partialDate': case 'url': return 'String';
  }
}

function propertyField(name: string, property: PropertyDeclaration): string {
  const type = property.list ? `[${scalarOf(property)}!]` : scalarOf(property);
  const nonNull = property.required === true && !property.nullableInApi && !property.list;
  return `${name}: ${type}${nonNull ? '!' : ''}`;
}

const propertyFields = (properties: Readonly<Record<string, PropertyDeclaration>>): string[] =>
  readableProperties(properties).map(([name, property]) => propertyField(name, property));

const pascal = (type: string): string => type.toLowerCase().replace(/(^|_)([a-z0-9])/g, (_, __, letter: string) => letter.toUpperCase());

/** The `@relationshipProperties` type of a relationship type: its edge object's name, else `<Type>Properties`. */
const propertiesTypeName = (relationship: RelationshipDeclaration): string =>
  relationship.edge?.name ?? `${pascal(relationship.type)}Properties`;

/** The type a field to several labels returns: a union named by its labels (`SeriesOrRace`). */
const unionName = (labels: readonly string[]): string => labels.join('Or');

const DIRECTIONS = { out: 'direction: OUT', in: 'direction: IN', both: 'direction: OUT, queryDirection: UNDIRECTED' } as const;

const hasProperties = (relationship: RelationshipDeclaration): boolean => readableProperties(relationship.properties).length > 0;

function relationshipField({ relationship, field, neighbours, toOne }: FieldOfLabel): string {
  const target = neighbours.length === 1 ? neighbours[0] : unionName(neighbours);
  // The library refuses a non-null to-one field: a season's series is nullable here.
  const type = toOne ? target : `[${target}!]!`;
  const properties = hasProperties(relationship) ? `, properties: "${propertiesTypeName(relationship)}"` : '';
  return `${field.name}: ${type} @relationship(type: "${relationship.type}", ${DIRECTIONS[field.direction]}${properties})`;
}

const block = (head: string, fields: string[]): string => `${head} {\n${fields.map((field) => `  ${field}`).join('\n')}\n}`;

/** The @neo4j/graphql type definitions of a model's nodes and relationships (SDL). */
export function modelTypeDefs(model: GraphModel): string {
  const fields = new Map(model.nodes.map((node) => [node.label, relationshipFieldsOf(model, node.label)]));
  const nodes = model.nodes.map((node) => block(`type ${node.label} @node`, [
    'id: ID!',
    ...propertyFields(node.properties),
    ...fields.get(node.label)!.map(relationshipField),
  ]));
  const properties = model.relationships
    .filter((relationship) => relationship.fields.length > 0 && hasProperties(relationship))
    .map((relationship) => block(`type ${propertiesTypeName(relationship)} @relationshipProperties`, propertyFields(relationship.properties)));
  const walked = [...fields.values()].flat();
  const unions = new Map(walked.filter(({ neighbours }) => neighbours.length > 1).map(({ neighbours }) => [unionName(neighbours), neighbours]));
  const nullable = walked.filter(({ field, toOne }) => toOne && field.nonNull).map(({ field }) => `${field.on}.${field.name}`);
  return [
    `# Derived from the graph model (version ${model.version}).`
      + (nullable.length > 0 ? `\n# Nullable here, non-null in the model (the library refuses a non-null to-one field): ${nullable.join(', ')}.` : ''),
    ...nodes,
    ...properties,
    ...[...unions].map(([name, labels]) => `union ${name} = ${labels.join(' | ')}`),
  ].join('\n\n');
}
