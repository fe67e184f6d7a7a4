/**
 * The @neo4j/graphql contender's type definitions, derived from the graph model: every label and
 * every relationship field of a model (also of one extended by a label, a property and a
 * relationship type) is there as the model declares it; the library accepts them; it reads what
 * the seed graph stores on every label and relationship type as stored; and every question the
 * bench asks of it is a valid document of its schema.
 */
import { Neo4jGraphQL } from '@neo4j/graphql';
import {
  ConstArgumentNode, DocumentNode, getNamedType, graphql, GraphQLObjectType, GraphQLSchema, isListType, isNonNullType,
  Kind, ObjectTypeDefinitionNode, parse, print, validate,
} from 'graphql';
import neo4j from 'neo4j-driver';
import { neo4jGraphqlSchema, neo4jGraphqlTypeDefs } from '../../../src/bench/contenders/neo4j-graphql';
import { modelTypeDefs } from '../../../src/bench/contenders/neo4j-graphql-type-defs';
import { benchmarkQuestions, FIRST_PAGE } from '../../../src/bench/questions';
import { SyntheticGraph } from '../../../src/bench/synthetic/generate';
import { GraphModel, NodeDeclaration, RelationshipDeclaration, RelationshipField } from '../../../src/model/declaration';
import { GRAPH_MODEL } from '../../../src/model/graph-model';
import { otherEnd, readableProperties } from '../../../src/model/model-queries';
import { EXTENDED_MODEL } from '../../support/extended-model';
import { useTestDatabase } from '../../support/neo4j';

const db = useTestDatabase();

/** The extended model plus a label of its own, with a relationship to a person. */
const CIRCUIT: NodeDeclaration = {
  label: 'Circuit', description: 'A test label.', nameProperty: 'name', inSeedFiles: true, curated: true,
  properties: { name: { type: 'string', required: true, max: 200 }, lengthKm: { type: 'float', min: 0, max: 100 } },
};
const WIDER_MODEL: GraphModel = {
  ...EXTENDED_MODEL,
  nodes: [...EXTENDED_MODEL.nodes, CIRCUIT],
  relationships: [...EXTENDED_MODEL.relationships, {
    type: 'LAPPED', description: 'A test type.', from: ['Person'], to: ['Circuit', 'Team'], properties: {}, symmetric: false,
    cardinality: 'many-to-many', words: 'lapped', curated: true,
    fields: [{ on: 'Person', name: 'lapped', direction: 'out' }, { on: 'Circuit', name: 'lappedBy', direction: 'in' }],
  }],
};

function objectTypes(document: DocumentNode): Map<string, ObjectTypeDefinitionNode> {
  return new Map(document.definitions.flatMap((definition) => (definition.kind === Kind.OBJECT_TYPE_DEFINITION ? [[definition.name.value, definition]] : [])));
}
const directive = (node: { directives?: readonly { name: { value: string }; arguments?: readonly ConstArgumentNode[] }[] }, name: string) =>
  node.directives?.find((candidate) => candidate.name.value === name);
const argumentsOf = (found: ReturnType<typeof directive>): Record<string, string> =>
  Object.fromEntries((found?.arguments ?? []).map((argument) => [argument.name.value, print(argument.value).replace(/"/g, '')]));

/** What the model says a relationship field is, in @relationship's arguments. */
function expectedRelationship(relationship: RelationshipDeclaration, field: RelationshipField): Record<string, string> {
  return {
    type: relationship.type,
    direction: field.direction === 'in' ? 'IN' : 'OUT',
    ...(field.direction === 'both' ? { queryDirection: 'UNDIRECTED' } : {}),
    ...(readableProperties(relationship.properties).length > 0 ? { properties: expect.any(String) } : {}),
  };
}

function expectCovers(model: GraphModel, typeDefs: string): void {
  const types = objectTypes(parse(typeDefs));
  const nodeTypes = [...types.values()].filter((type) => directive(type, 'node')).map((type) => type.name.value);
  expect(nodeTypes.sort()).toEqual(model.nodes.map((node) => node.label).sort());
  for (const node of model.nodes) {
    const fields = types.get(node.label)!.fields!.map((field) => field.name.value);
    expect(fields).toEqual(expect.arrayContaining(['id', ...readableProperties(node.properties).map(([name]) => name)]));
  }
  const walked = new Set<string>();
  for (const relationship of model.relationships) {
    for (const field of relationship.fields) {
      const definition = types.get(field.on)!.fields!.find((candidate) => candidate.name.value === field.name);
      const found = directive(definition ?? {}, 'relationship');
      expect([field.on, field.name, argumentsOf(found)]).toEqual([field.on, field.name, expectedRelationship(relationship, field)]);
      walked.add(relationship.type);
      const properties = argumentsOf(found).properties;
      if (properties) {
        const propertiesType = types.get(properties)!;
        expect(directive(propertiesType, 'relationshipProperties')).toBeDefined();
        expect(propertiesType.fields!.map((f) => f.name.value).sort()).toEqual(readableProperties(relationship.properties).map(([name]) => name).sort());
      }
    }
  }
  // Every type with a field in the model is walked; HAS_RELATIVE, which has none, is read through lineage.
  expect([...walked].sort()).toEqual(model.relationships.filter((relationship) => relationship.fields.length > 0).map((r) => r.type).sort());
}

test('every label, property and relationship field of the model, with its type, direction and properties', () => {
  expectCovers(GRAPH_MODEL, modelTypeDefs(GRAPH_MODEL));
  const types = objectTypes(parse(modelTypeDefs(GRAPH_MODEL)));
  const field = (type: string, name: string) => print(types.get(type)!.fields!.find((f) => f.name.value === name)!);
  expect(field('Person', 'siblings')).toBe('siblings: [Person!]! @relationship(type: "SIBLING_OF", direction: OUT, queryDirection: UNDIRECTED, properties: "SiblingOfProperties")');
  expect(field('Season', 'series')).toBe('series: Series @relationship(type: "OF_SERIES", direction: OUT, properties: "OfSeriesProperties")');
  expect(field('Person', 'aspirations')).toMatch(/^aspirations: \[SeriesOrRace!\]! /);
  expect(field('Person', 'roles')).toBe('roles: [String!]');
  expect(field('Season', 'year')).toBe('year: Int!');
  expect(field('SeasonEntry', 'team')).toBe('team: ID');
  expect(field('SeasonEntry', 'points')).toBe('points: Float');
  expect(modelTypeDefs(GRAPH_MODEL)).toContain('Nullable here, non-null in the model (the library refuses a non-null to-one field): Season.series.');
});

test('a label, a property and relationship types added to the model are in the type definitions, and the library accepts them', async () => {
  const typeDefs = modelTypeDefs(WIDER_MODEL);
  expectCovers(WIDER_MODEL, typeDefs);
  expect(typeDefs).toContain('type Circuit @node {\n  id: ID!\n  name: String!\n  lengthKm: Float\n  lappedBy: [Person!]!');
  expect(typeDefs).toContain('union CircuitOrTeam = Circuit | Team');
  expect(() => expectCovers(GRAPH_MODEL, typeDefs)).toThrow();
  const schema = await new Neo4jGraphQL({ typeDefs, driver: db().driver }).getSchema();
  expect(schema.getQueryType()!.getFields().circuits).toBeDefined();
});

describe("the contender's schema", () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await neo4jGraphqlSchema(db().driver);
  });

  test('the model, and beside it the full-text search, the stated relatives, the claims and the library queries', () => {
    const person = schema.getType('Person') as GraphQLObjectType;
    expect(Object.keys(person.getFields())).toEqual(expect.arrayContaining(['relatives', 'parents', 'seasonsConnection']));
    expect(Object.keys(schema.getQueryType()!.getFields())).toEqual(expect.arrayContaining(['searchPeople', 'claims', 'lineage', 'shortestConnection']));
    expect(neo4jGraphqlTypeDefs()).toContain(modelTypeDefs(GRAPH_MODEL));
  });

  test('every question the bench asks of it is a valid document of the schema', () => {
    const landmarks = new Proxy({}, { get: () => 'some-id' }) as SyntheticGraph['landmarks'];
    for (const question of benchmarkQuestions(landmarks, FIRST_PAGE)) {
      const { query } = JSON.parse(question.requests['neo4j-graphql'].body) as { query: string };
      expect([question.key, validate(schema, parse(query)).map((error) => error.message)]).toEqual([question.key, []]);
    }
  });

  /** The query field listing a label's nodes (`people` for Person). */
  function listField(label: string): string {
    const [name] = Object.entries(schema.getQueryType()!.getFields())
      .filter(([, field]) => isNonNullType(field.type) && isListType(field.type.ofType) && getNamedType(field.type).name === label)
      .map(([fieldName]) => fieldName);
    return name;
  }

  async function ask(source: string): Promise<Record<string, unknown[]>> {
    const result = await graphql({ schema, source, contextValue: {} });
    expect(result.errors).toBeUndefined();
    return result.data as Record<string, unknown[]>;
  }

  /** A stored value as GraphQL gives it: integers as numbers, absent as null. */
  const plain = (value: unknown): unknown =>
    (neo4j.isInt(value) ? value.toNumber() : Array.isArray(value) ? value.map(plain) : value ?? null);
  const sortedJson = (items: unknown[]) => items.map((item) => JSON.stringify(item)).sort();

  test('it reads every property the seed graph stores on every label as stored', async () => {
    let compared = 0;
    for (const node of GRAPH_MODEL.nodes) {
      const names = readableProperties(node.properties).map(([name]) => name);
      const data = await ask(`{ ${listField(node.label)} { id ${names.join(' ')} } }`);
      const rows = await db().read(`MATCH (n:${node.label}) RETURN n.id AS id, properties(n) AS properties`);
      const stored = rows.map((row) => ({ id: row.id, ...Object.fromEntries(names.map((name) => [name, plain((row.properties as Record<string, unknown>)[name])])) }));
      expect([node.label, sortedJson(Object.values(data)[0])]).toEqual([node.label, sortedJson(stored)]);
      compared += stored.length;
    }
    expect(compared).toBeGreaterThan(100);
  });

  test('it reads the properties of every relationship type the seed graph holds, through a field of it, as stored', async () => {
    let compared = 0;
    for (const relationship of GRAPH_MODEL.relationships.filter((r) => r.fields.length > 0 && readableProperties(r.properties).length > 0)) {
      const names = readableProperties(relationship.properties).map(([name]) => name);
      const field = relationship.fields.find((candidate) => candidate.direction !== 'both') ?? relationship.fields[0];
      const data = await ask(`{ ${listField(field.on)} { ${field.name}Connection { edges { properties { ${names.join(' ')} } } } } }`);
      const edges = (Object.values(data)[0] as Record<string, { edges: { properties: unknown }[] }>[])
        .flatMap((node) => node[`${field.name}Connection`].edges.map((edge) => edge.properties));
      const [start, end] = field.direction === 'in' ? ['<-', '-'] : field.direction === 'out' ? ['-', '->'] : ['-', '-'];
      const neighbours = otherEnd(relationship, field).map((label) => `b:${label}`).join(' OR ');
      const rows = await db().read(`MATCH (a:${field.on})${start}[r:${relationship.type}]${end}(b) WHERE ${neighbours} RETURN properties(r) AS properties`);
      const stored = rows.map((row) => Object.fromEntries(names.map((name) => [name, plain((row.properties as Record<string, unknown>)[name])])));
      expect([relationship.type, sortedJson(edges)]).toEqual([relationship.type, sortedJson(stored)]);
      compared += stored.length;
    }
    expect(compared).toBeGreaterThan(20);
  });
});

