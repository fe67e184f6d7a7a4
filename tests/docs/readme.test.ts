/**
 * The README stays true: its configuration table is the app's configuration, and every example
 * query runs against the seed graph without errors, covering every root field.
 */
import fs from 'node:fs';
import path from 'node:path';
import { GraphQLObjectType, parse, OperationDefinitionNode, FieldNode } from 'graphql';
import { envSchema, PROJECT_ROOT } from '../../src/config/config';
import { buildGraphSchema } from '../../src/graph/schema';
import { testToken, useTestApi } from '../support/api';

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

describe('every README example runs against the seed graph', () => {
  const api = useTestApi();

  test.each(EXAMPLES.map((example, index) => [index + 1, rootFields(example).join(', '), example]))(
    'example %i (%s)',
    async (_index, _fields, example) => {
      const isMutation = operationOf(example as string).operation === 'mutation';
      const response = await api().query(example as string, variablesOf(example as string), isMutation ? testToken() : undefined);
      expect(response.errors).toBeUndefined();
      for (const field of rootFields(example as string)) {
        expect((response.data as Record<string, unknown>)[field]).not.toBeNull();
      }
    },
  );
});
