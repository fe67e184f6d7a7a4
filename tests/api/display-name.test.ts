/**
 * Every node answers `displayName: String!` (part of Node), and `name` has one nullability on
 * every type, so apps render mixed results (search hits, paths) with one selection. An unnamed
 * person's displayName is short and says only what a source states: their kinship to a named
 * person ("Amber Balcaen's uncle"), never an invented name.
 */
import { GraphQLInterfaceType, GraphQLNonNull, GraphQLString, parse, validate } from 'graphql';
import { buildGraphSchema } from '../../src/graph/schema';
import { useTestApi } from '../support/api';
import { useTestDatabase } from '../support/neo4j';

const api = useTestApi();
const database = useTestDatabase({ seeded: false });

/** Search hits with `name` selected on every type that has one, in one selection. */
const ONE_SELECTION = `{
  search(text: "balcaen", first: 50) {
    node {
      __typename id displayName
      ... on Person { name } ... on Series { name } ... on Team { name } ... on Organization { name }
      ... on Family { name } ... on Season { name } ... on Race { name } ... on Venue { name } ... on Place { name }
    }
  }
}`;

test('the document that selects `name` on every type in one selection is valid, and answers', async () => {
  const schema = await buildGraphSchema();
  expect(validate(schema, parse(ONE_SELECTION)).map((e) => e.message)).toEqual([]);
  const response = await api().query(ONE_SELECTION);
  expect(response.errors).toBeUndefined();
  const nodes = (response.data as any).search.map((hit: any) => hit.node);
  expect(new Set(nodes.map((n: any) => n.__typename)).size).toBeGreaterThan(1);
  for (const node of nodes) {
    expect(typeof node.displayName).toBe('string');
    if (node.name) expect(node.displayName).toBe(node.name);
  }
});

test('displayName: String! is part of Node; name, title and description each have one type on every node type', async () => {
  const schema = await buildGraphSchema();
  const node = schema.getType('Node') as GraphQLInterfaceType;
  expect(String(node.getFields().displayName?.type)).toBe(String(new GraphQLNonNull(GraphQLString)));
  for (const field of ['name', 'title', 'description', 'displayName']) {
    const types = new Set(schema.getPossibleTypes(node).map((type) => type.getFields()[field]?.type).filter(Boolean).map(String));
    expect([field, [...types]]).toEqual([field, [field === 'displayName' ? 'String!' : field === 'title' ? 'String!' : 'String']]);
  }
});

test('every node type answers displayName with its name or title', async () => {
  const response = await api().query(`{
    team(id: "rette-jones-racing") { displayName name }
    source(id: "females-in-motorsport-amber-balcaen-2023") { displayName title }
    person(id: "amber-balcaen") { displayName name }
  }`);
  expect(response.errors).toBeUndefined();
  const { team, source, person } = response.data as any;
  expect(team.displayName).toBe(team.name);
  expect(source.displayName).toBe(source.title);
  expect(person.displayName).toBe('Amber Balcaen');
});

describe('unnamed people', () => {
  beforeAll(async () => {
    // An unnamed mother (hop by hop), and an unnamed person with no kinship stored at all.
    await database().write(`
      MATCH (d:Person {id: 'danica-patrick'})
      CREATE (:Person:Entity {id: 'test-unnamed-mother', gender: 'female', description: 'Her mother, who is mentioned in passing in a long sentence', roles: [], sources: [], quotes: []})-[:PARENT_OF {sources: [], quotes: []}]->(d)
      CREATE (:Person:Entity {id: 'test-unnamed-stranger', description: 'A spectator, not named in the source', roles: [], sources: [], quotes: []})`);
  });

  test('a relative a source states without a name is "<named person>\'s <kinship>"', async () => {
    const response = await api().query('{ lineage(personId: "amber-balcaen") { relatives { kinship person { id name displayName } } } }');
    expect(response.errors).toBeUndefined();
    const byId = Object.fromEntries((response.data as any).lineage.relatives.map((r: any) => [r.person.id, r]));
    expect(byId['amber-balcaen-uncle'].person).toEqual({ id: 'amber-balcaen-uncle', name: null, displayName: "Amber Balcaen's uncle" });
    expect(byId['amber-balcaen-cousin'].person.displayName).toBe("Amber Balcaen's cousin");
    expect(byId['mike-balcaen'].person.displayName).toBe('Mike Balcaen');
  });

  test('hop by hop: the term follows the link and the stated gender; no kinship leaves the description', async () => {
    const response = await api().query(`{
      mother: person(id: "test-unnamed-mother") { name displayName }
      stranger: person(id: "test-unnamed-stranger") { displayName }
    }`);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      mother: { name: null, displayName: "Danica Patrick's mother" },
      stranger: { displayName: 'A spectator, not named in the source' },
    });
  });

  test('labels of many unnamed people cost one statement together', async () => {
    const response = await api().query(`{ people(first: 100) { edges { node { displayName } } } }`);
    expect(response.errors).toBeUndefined();
    const names = (response.data as any).people.edges.map((e: any) => e.node.displayName);
    expect(names).toEqual(expect.arrayContaining(["Amber Balcaen's uncle", "Amber Balcaen's cousin", "Danica Patrick's mother"]));
    // One batched statement for the labels of all the unnamed people on the page, on top of what
    // the page itself costs (which reads unnamed people with a statement of its own).
    const page = await api().query(`{ people(first: 100) { edges { node { name } } } }`);
    expect(page.errors).toBeUndefined();
    expect(response.extensions!.cypherStatements! - page.extensions!.cypherStatements!).toBe(1);
  });
});
