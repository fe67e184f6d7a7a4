/**
 * schema/schema.graphql is generated from the type-graphql classes (npm run schema) and committed.
 * It must be exactly what the running server serves.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildClientSchema, getIntrospectionQuery, IntrospectionQuery, printSchema } from 'graphql';
import { PROJECT_ROOT } from '../../src/config/config';
import { Neo4jServer } from '../../src/db/neo4j-server';
import { buildGraphSchema } from '../../src/graph/schema';
import { startTestApi, TestApi } from '../support/api';
import { testNeo4j } from '../support/neo4j';

const COMMITTED = fs.readFileSync(path.join(PROJECT_ROOT, 'schema', 'schema.graphql'), 'utf8');

let neo4j: Neo4jServer;
let api: TestApi;

beforeAll(async () => {
  neo4j = await testNeo4j();
  api = await startTestApi(neo4j.db);
});
afterAll(async () => {
  await api.stop();
  await neo4j.close();
});

test('the committed SDL is what the type-graphql classes generate (run `npm run schema` after changing a type)', async () => {
  expect(COMMITTED).toBe(`${printSchema(await buildGraphSchema())}\n`);
});

test('the committed SDL is what the server serves, by introspection over HTTP', async () => {
  const response = await api.query<IntrospectionQuery>(getIntrospectionQuery({ descriptions: true }));
  expect(response.errors).toBeUndefined();
  const served = printSchema(buildClientSchema(response.data as IntrospectionQuery));
  expect(`${served}\n`).toBe(COMMITTED);
});

test('every node type implements Node, so node(id:) can return it', async () => {
  const schema = await buildGraphSchema();
  const node = schema.getType('Node');
  const implementations = schema.getPossibleTypes(node as never).map((t) => t.name).sort();
  expect(implementations).toEqual([
    'Achievement', 'Education', 'Event', 'Family', 'Organization', 'Person', 'Place', 'Race', 'Season', 'Series', 'Source', 'Team', 'Venue',
  ]);
});
