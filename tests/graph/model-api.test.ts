/**
 * The API the server serves is the graph model's, field for field: every declared property is a
 * field of its type with the model's nullability, every declared relationship field walks to the
 * declared labels (one or many, as the cardinality says), every curated label has its input, and
 * the relationship types curators may add are exactly the curated ones. Compared against the
 * declaration, not against a copy of the schema.
 */
import {
  getNamedType, GraphQLEnumType, GraphQLInputObjectType, GraphQLObjectType, GraphQLSchema, GraphQLType,
  isListType, isNonNullType,
} from 'graphql';
import { buildGraphSchema } from '../../src/graph/schema';
import { isEnum, isReference, PropertyDeclaration } from '../../src/model/declaration';
import { GRAPH_MODEL } from '../../src/model/graph-model';
import { relationshipFieldsOf, statedProperties } from '../../src/model/model-queries';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildGraphSchema(GRAPH_MODEL);
});

const objectType = (name: string) => schema.getType(name) as GraphQLObjectType;
const nullable = (type: GraphQLType) => (isNonNullType(type) ? type.ofType : type);

/** The shape the model gives a property in the API: [named type, non-null, list]. */
function expectedShape(property: PropertyDeclaration): [string, boolean, boolean] {
  const { type } = property;
  const named = isEnum(type) ? type.name
    // A reference to one of several labels (relativeTo: a person, a source, an event...) is any Node.
    : isReference(type) ? (type.ref.length === 1 ? type.ref[0] : 'Node')
      : { int: 'Int', float: 'Float', boolean: 'Boolean' }[type as string] ?? 'String';
  const nonNull = property.list === true || property.default !== undefined || (property.required === true && !property.nullableInApi);
  return [named, nonNull, property.list === true];
}

const shapeOf = (type: GraphQLType): [string, boolean, boolean] => [getNamedType(type).name, isNonNullType(type), isListType(nullable(type))];

test('every declared property of a label is a field of its type, with the declared type and nullability', () => {
  for (const node of GRAPH_MODEL.nodes) {
    const fields = objectType(node.label).getFields();
    for (const [name, property] of statedProperties(node.properties)) {
      expect([node.label, name, fields[name] && shapeOf(fields[name].type)]).toEqual([node.label, name, expectedShape(property)]);
      if (property.description) expect(fields[name].description).toBe(property.description);
    }
  }
});

test('every declared relationship field is on its label: one or a list as the cardinality says, to the declared labels or the edge object', () => {
  let checked = 0;
  for (const node of GRAPH_MODEL.nodes) {
    const fields = objectType(node.label).getFields();
    for (const { relationship, field, neighbours, toOne } of relationshipFieldsOf(GRAPH_MODEL, node.label)) {
      const served = fields[field.name];
      expect([node.label, field.name, served !== undefined]).toEqual([node.label, field.name, true]);
      const named = field.edge ? relationship.edge!.name : neighbours.length === 1 ? neighbours[0] : 'Node';
      expect([`${node.label}.${field.name}`, shapeOf(served.type)]).toEqual([`${node.label}.${field.name}`, [named, !toOne || field.nonNull === true, !toOne]]);
      checked += 1;
    }
  }
  expect(checked).toBe(GRAPH_MODEL.relationships.reduce((sum, rel) => sum + rel.fields.length, 0));
});

test('every edge object has its two ends and the relationship\'s properties', () => {
  for (const relationship of GRAPH_MODEL.relationships.filter((rel) => rel.edge)) {
    const edge = relationship.edge!;
    const fields = objectType(edge.name).getFields();
    expect(getNamedType(fields[edge.fromField.name].type).name).toBe(relationship.from.length === 1 ? relationship.from[0] : 'Node');
    expect(getNamedType(fields[edge.toField.name].type).name).toBe(edge.toUnion?.name ?? relationship.to[0]);
    for (const [name, property] of statedProperties(relationship.properties)) {
      expect([edge.name, name, shapeOf(fields[name].type)[0]]).toEqual([edge.name, name, expectedShape(property)[0]]);
    }
  }
});

test('curation: an input per curated label with its stated properties, and exactly the curated relationship types', () => {
  for (const node of GRAPH_MODEL.nodes.filter((n) => n.curated)) {
    const input = schema.getType(`${node.label}Input`) as GraphQLInputObjectType;
    expect([node.label, input !== undefined]).toEqual([node.label, true]);
    expect(Object.keys(input.getFields())).toEqual(expect.arrayContaining(statedProperties(node.properties).map(([name]) => name)));
    expect(schema.getMutationType()!.getFields()[`create${node.label}`]).toBeDefined();
  }
  const types = (schema.getType('RelationshipType') as GraphQLEnumType).getValues().map((value) => value.value);
  expect(types.sort()).toEqual(GRAPH_MODEL.relationships.filter((rel) => rel.curated).map((rel) => rel.type).sort());
  const relationshipInput = (schema.getType('RelationshipInput') as GraphQLInputObjectType).getFields();
  for (const rel of GRAPH_MODEL.relationships.filter((r) => r.curated)) {
    for (const [name] of statedProperties(rel.properties)) expect([rel.type, name, name in relationshipInput]).toEqual([rel.type, name, true]);
  }
});
