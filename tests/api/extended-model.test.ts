/**
 * The API is derived from the graph model: built for a model with one more relationship type
 * (COACHED, Person to Person, with a `since` year and the fields `coaches` and `coached`) and one
 * more property (Person.nickname), it reads and writes both, with nothing written for them but the
 * declaration. This file builds only that model (type-graphql keeps one set of types per process).
 * Data: an invented seed file (tests/fixtures/extended-model/), in a graph emptied for this file.
 */
import path from 'node:path';
import { printSchema } from 'graphql';
import { GraphModel, NodeDeclaration } from '../../src/model/declaration';
import { GRAPH_MODEL } from '../../src/model/graph-model';
import { buildGraphSchema } from '../../src/graph/schema';
import { loadSeedFiles, STARTUP_LOADER } from '../../src/seed/load-seed';
import { Neo4jServer } from '../../src/db/neo4j-server';
import { startTestApi, TestApi, testToken } from '../support/api';
import { asEditor } from '../support/curation';
import { emptyGraph, testNeo4j } from '../support/neo4j';

const withNickname = (node: NodeDeclaration): NodeDeclaration => (node.label !== 'Person' ? node : {
  ...node,
  properties: { ...node.properties, nickname: { type: 'string', max: 100, description: 'What people call them besides their name.' } },
});

const EXTENDED: GraphModel = {
  ...GRAPH_MODEL,
  nodes: GRAPH_MODEL.nodes.map(withNickname),
  relationships: [...GRAPH_MODEL.relationships, {
    type: 'COACHED', description: 'A coach and a driver they coached.', from: ['Person'], to: ['Person'], words: 'coached',
    properties: { since: { type: 'int', min: 1880, max: 2100, description: 'The year the coaching began.' } },
    symmetric: false, cardinality: 'many-to-many', curated: true,
    fields: [
      { on: 'Person', name: 'coaches', direction: 'in', description: 'Who coached this person.' },
      { on: 'Person', name: 'coached', direction: 'out', description: 'Whom this person coached.' },
    ],
  }],
};

const SEED_FILE = path.join(__dirname, '../fixtures/extended-model/test-fixture-coaching.yaml');
const QUOTE = 'Mary Major has coached him since 2022.';

let neo4j: Neo4jServer | undefined;
let api: TestApi | undefined;
beforeAll(async () => {
  neo4j = await testNeo4j();
  await emptyGraph(neo4j.db);
  await loadSeedFiles(neo4j.db, [SEED_FILE], STARTUP_LOADER, EXTENDED);
  api = await startTestApi(neo4j.db, { model: EXTENDED });
});
afterAll(async () => {
  await api?.stop();
  await neo4j?.close();
});

const read = async (query: string) => {
  const response = await api!.query(query);
  expect(response.errors).toBeUndefined();
  return response.data as any;
};

test('the SDL has the new field, property, input fields and relationship type', async () => {
  const sdl = printSchema(await buildGraphSchema(EXTENDED));
  const typeOf = (name: string) => sdl.slice(sdl.indexOf(`${name} {`), sdl.indexOf('}', sdl.indexOf(`${name} {`)));
  expect(typeOf('type Person implements Node')).toMatch(/nickname: String\n/);
  // A list field is a page (first, after), beside its connection.
  const coaches = /\n {2}coaches\(\n([\s\S]*?)\n {2}\): \[Person!\]!/.exec(typeOf('type Person implements Node'));
  expect(coaches?.[1]).toContain('first: Int! = 20');
  expect(coaches?.[1]).toContain('after: String');
  expect(typeOf('type Person implements Node')).toMatch(/\n {2}coached\(\n[\s\S]*?\n {2}\): \[Person!\]!/);
  expect(typeOf('type Person implements Node')).toMatch(/\n {2}coachesConnection\(\n[\s\S]*?\n {2}\): PersonListConnection!/);
  expect(typeOf('input PersonInput')).toMatch(/nickname: String\n/);
  // `since` is one input field with the model's HELD_ROLE, SPONSORED and MENTORED: its description names every type that takes it.
  expect(typeOf('input RelationshipInput')).toMatch(/"""[A-Z_, ]*\bCOACHED\b[^"]*"""\n\s+since: Int\n/);
  expect(typeOf('enum RelationshipType')).toMatch(/\bCOACHED\b/);
});

test('the seeded property and relationship read through GraphQL', async () => {
  const { person } = await read('{ person(id: "coach-mary-major") { nickname coached { id } coaches { id } } }');
  expect(person).toEqual({ nickname: 'The Professor', coached: [{ id: 'jo-minor' }], coaches: [] });
  const { person: jo } = await read('{ person(id: "jo-minor") { nickname coaches { id nickname } } }');
  expect(jo).toEqual({ nickname: null, coaches: [{ id: 'coach-mary-major', nickname: 'The Professor' }] });
});

test('addRelationship adds one of the new type, with its property checked by the model', async () => {
  const add = `mutation($input: RelationshipInput!, $citation: CitationInput!) {
    addRelationship(input: $input, citation: $citation) { type from { id } to { id } }
  }`;
  const citation = { sourceId: 'test-fixture-coaching', quote: QUOTE };
  const tooEarly = await api!.query(add, { input: { type: 'COACHED', from: 'coach-mary-major', to: 'kit-minor', since: 1700 }, citation }, testToken('editor'));
  expect(tooEarly.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(JSON.stringify(tooEarly.errors)).toMatch(/since/);

  const { addRelationship } = await asEditor(api!, add, { input: { type: 'COACHED', from: 'coach-mary-major', to: 'kit-minor', since: 2022 }, citation });
  expect(addRelationship).toEqual({ type: 'COACHED', from: { id: 'coach-mary-major' }, to: { id: 'kit-minor' } });
  const { person } = await read('{ person(id: "kit-minor") { coaches { id coached { id } } } }');
  expect(person.coaches).toEqual([{ id: 'coach-mary-major', coached: [{ id: 'jo-minor' }, { id: 'kit-minor' }] }]);
  const [row] = await neo4j!.db.read("MATCH (:Person {id: 'coach-mary-major'})-[r:COACHED]->(:Person {id: 'kit-minor'}) RETURN r.since AS since");
  expect(Number(row.since)).toBe(2022);
});
