/**
 * schema/schema.graphql is generated (npm run generate) and committed. It must be exactly what the
 * running server serves. (That it is what buildGraphSchema generates is checked with every other
 * generated file, in tests/generate/generated-files.test.ts.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildClientSchema, getIntrospectionQuery, IntrospectionQuery, printSchema } from 'graphql';
import { PROJECT_ROOT } from '../../src/config/config';
import { buildGraphSchema } from '../../src/graph/schema';
import { useTestApi } from '../support/api';

const COMMITTED = fs.readFileSync(path.join(PROJECT_ROOT, 'schema', 'schema.graphql'), 'utf8');

const api = useTestApi({ seeded: false });

test('the committed SDL is what the server serves, by introspection over HTTP', async () => {
  const response = await api().query<IntrospectionQuery>(getIntrospectionQuery({ descriptions: true }));
  expect(response.errors).toBeUndefined();
  const served = printSchema(buildClientSchema(response.data as IntrospectionQuery));
  expect(`${served}\n`).toBe(COMMITTED);
});

test('every node type implements Node, so node(id:) can return it', async () => {
  const schema = await buildGraphSchema();
  const node = schema.getType('Node');
  const implementations = schema.getPossibleTypes(node as never).map((t) => t.name).sort();
  expect(implementations).toEqual([
    'Achievement', 'Award', 'Class', 'Education', 'Event', 'Family', 'Meeting', 'Organization', 'Person', 'Place', 'Race', 'Season',
    'Series', 'Source', 'Team', 'Vehicle', 'Venue',
  ]);
});
