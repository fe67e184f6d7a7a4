/**
 * The README stays true: its configuration table is the app's configuration, and every example
 * query runs against the seed graph without errors, covering every root field.
 */
import { Neo4jServer } from '../../src/db/neo4j-server';
import fs from 'node:fs';
import path from 'node:path';
import { GraphQLObjectType, parse, OperationDefinitionNode, FieldNode } from 'graphql';
import { envSchema, PROJECT_ROOT } from '../../src/config/config';
import { buildGraphSchema } from '../../src/graph/schema';
import { loadSeedFiles } from '../../src/seed/load-seed';
import { TestApi, testToken, useTestApi } from '../support/api';
import { emptyGraph, testNeo4j } from '../support/neo4j';
import { RACING_FIXTURES } from '../support/racing-fixtures';
import { claimsGraph, LOAD_TIMEOUT_MS } from '../support/claims-fixtures';

const README = fs.readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
const EXAMPLES = [...README.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);

function operationOf(example: string): OperationDefinitionNode {
  return parse(example).definitions[0] as OperationDefinitionNode;
}

function rootFields(example: string): string[] {
  return operationOf(example).selectionSet.selections.map((s) => (s as FieldNode).name.value);
}

/** Variables of an example: the JSON in its trailing `# variables: {...}` comment lines. */
function variablesOf(example: string): Record<string, unknown> | undefined {
  const comment = example.split('# variables:')[1];
  return comment === undefined ? undefined : JSON.parse(comment.replace(/^\s*#/gm, ''));
}

test('the two commands, and the CI script runs the README test command', () => {
  expect(README).toContain('npm ci && npm start');
  expect(README).toContain('npm ci && npm test');
  const ci = fs.readFileSync(path.join(PROJECT_ROOT, '.ci', 'run'), 'utf8');
  expect(ci).toMatch(/^npm ci$/m);
  expect(ci).toMatch(/^npm test$/m);
});

test('the configuration table lists exactly the variables the app reads', () => {
  const documented = [...README.matchAll(/^\| `([A-Z0-9_]+)` \|/gm)].map((m) => m[1]).sort();
  expect(documented).toEqual(Object.keys(envSchema.shape).sort());
});

test('the examples cover every root query field', async () => {
  const schema = await buildGraphSchema();
  const all = Object.keys((schema.getQueryType() as GraphQLObjectType).getFields()).sort();
  const shown = new Set(EXAMPLES.filter((e) => operationOf(e).operation === 'query').flatMap(rootFields));
  expect(all.filter((field) => !shown.has(field))).toEqual([]);
});

/** Examples that run on the invented racing fixtures (tests/fixtures/racing/) rather than the seed. */
const ON_FIXTURES = '# On the invented racing fixtures';
const onFixtures = (example: string): boolean => example.startsWith(ON_FIXTURES);
/** Examples that run on the invented claims fixtures (tests/fixtures/claims/): sources that disagree. */
const ON_CLAIMS_FIXTURES = '# On the invented claims fixtures';
const onClaimsFixtures = (example: string): boolean => example.startsWith(ON_CLAIMS_FIXTURES);
const numbered = (which: (example: string) => boolean) =>
  EXAMPLES.map((example, index) => [index + 1, rootFields(example).join(', '), example] as const).filter(([, , example]) => which(example));

async function runsWithAnswers(api: () => TestApi, example: string): Promise<void> {
  const isMutation = operationOf(example).operation === 'mutation';
  const response = await api().query(example, variablesOf(example), isMutation ? testToken() : undefined);
  expect(response.errors).toBeUndefined();
  for (const field of rootFields(example)) {
    expect((response.data as Record<string, unknown>)[field]).not.toBeNull();
  }
}

/** Runs `work` on the test run's Neo4j, closing the connection whatever happens. */
async function withTestDatabase(work: (db: Neo4jServer['db']) => Promise<void>): Promise<void> {
  const neo4j = await testNeo4j();
  try {
    await work(neo4j.db);
  } finally {
    await neo4j.close();
  }
}

describe('every README example runs against the seed graph', () => {
  const api = useTestApi();

  test.each(numbered((example) => !onFixtures(example) && !onClaimsFixtures(example)))('example %i (%s)', (_index, _fields, example) => runsWithAnswers(api, example));
});

describe('the racing examples run against the invented racing fixtures', () => {
  const api = useTestApi({ seeded: false });
  beforeAll(async () => {
    await withTestDatabase(async (db) => { await emptyGraph(db); await loadSeedFiles(db, RACING_FIXTURES); });
  });
  afterAll(async () => {
    // The next suites rebuild the graph they need from an empty one.
    await withTestDatabase(async (db) => { await emptyGraph(db); });
  });

  test('there are some, and the fixtures they name exist', () => {
    expect(numbered(onFixtures).length).toBeGreaterThanOrEqual(2);
  });
  test.each(numbered(onFixtures))('example %i (%s)', (_index, _fields, example) => runsWithAnswers(api, example));
});

describe('the claims examples run against the invented claims fixtures', () => {
  const api = useTestApi({ seeded: false });
  beforeAll(async () => {
    await withTestDatabase(async (db) => { await claimsGraph(db); });
  }, LOAD_TIMEOUT_MS);
  afterAll(async () => {
    await withTestDatabase(async (db) => { await emptyGraph(db); });
  });

  test('there are some: conflicts, claims and preferClaim', () => {
    const fields = numbered(onClaimsFixtures).map(([, names]) => names).join(', ');
    expect(fields).toMatch(/conflicts/);
    expect(fields).toMatch(/preferClaim/);
  });
  test.each(numbered(onClaimsFixtures))('example %i (%s)', (_index, _fields, example) => runsWithAnswers(api, example));
});
