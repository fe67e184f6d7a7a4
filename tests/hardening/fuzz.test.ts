/**
 * Property-based fuzzing (fast-check): GraphQL documents and variables generated from the schema,
 * valid and invalid. Whatever comes in: no 5xx but the intended 503, no crash, and every error
 * carries a code.
 */
import fc from 'fast-check';
import {
  getNamedType, GraphQLArgument, GraphQLField, GraphQLInputType, GraphQLSchema, isEnumType, isInputObjectType,
  isInterfaceType, isLeafType, isListType, isNonNullType, isObjectType, isScalarType, isUnionType, GraphQLOutputType,
} from 'graphql';
import { buildGraphSchema } from '../../src/graph/schema';
import { useTestApi } from '../support/api';

const api = useTestApi();
let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildGraphSchema();
});

type Gen = fc.GeneratorValue;

const IDS = ['amber-balcaen', 'danica-patrick', 'arca-menards-series', 'arca-menards-series-2022', 'rette-jones-racing', 'nope', ''];
const STRINGS = ['', 'a', 'Amber', 'AND (', '"', '\\', '💥', 'x'.repeat(300), 'NaN', '-1'];

/** A literal for an input type: usually valid, sometimes of the wrong type or out of range. */
function literal(g: Gen, type: GraphQLInputType, depth = 0): string {
  if (g(fc.integer, { min: 0, max: 9 }) === 0) return g(fc.constantFrom, 'null', '"wrong"', '12', 'true', 'BOGUS', '[1]', '{ x: 1 }');
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    const items = g(fc.integer, { min: 0, max: 2 });
    return `[${Array.from({ length: items }, () => literal(g, inner.ofType, depth + 1)).join(', ')}]`;
  }
  if (isEnumType(inner)) return g(fc.constantFrom, ...inner.getValues().map((v) => v.name));
  if (isInputObjectType(inner)) {
    if (depth > 2) return '{}';
    const fields = Object.values(inner.getFields()).filter((f) => isNonNullType(f.type) || g(fc.boolean));
    return `{ ${fields.map((f) => `${f.name}: ${literal(g, f.type, depth + 1)}`).join(', ')} }`;
  }
  if (isScalarType(inner)) {
    switch (inner.name) {
      case 'Int': return String(g(fc.constantFrom, -1, 0, 1, 2, 5, 20, 101, 1000, 2016, 2022, 2147483647));
      case 'Float': return String(g(fc.double, { noNaN: true, noDefaultInfinity: true }));
      case 'Boolean': return String(g(fc.boolean));
      case 'ID': return JSON.stringify(g(fc.constantFrom, ...IDS));
      default: return JSON.stringify(g(fc.boolean) ? g(fc.constantFrom, ...STRINGS) : g(fc.string, { maxLength: 20 }));
    }
  }
  return 'null';
}

function argumentsOf(g: Gen, args: readonly GraphQLArgument[]): string {
  const chosen = args.filter((a) => isNonNullType(a.type) || g(fc.boolean));
  return chosen.length ? `(${chosen.map((a) => `${a.name}: ${literal(g, a.type)}`).join(', ')})` : '';
}

function selection(g: Gen, type: GraphQLOutputType, depth: number): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (isUnionType(named) || isInterfaceType(named)) {
    const possible = schema.getPossibleTypes(named);
    const pick = possible[g(fc.integer, { min: 0, max: possible.length - 1 })];
    return `{ __typename ... on ${pick.name} ${selection(g, pick, depth)} }`;
  }
  if (!isObjectType(named)) return '';
  const fields = Object.values(named.getFields()) as GraphQLField<unknown, unknown>[];
  const leaves = fields.filter((f) => isLeafType(getNamedType(f.type)));
  const count = g(fc.integer, { min: 1, max: 3 });
  const picked = Array.from({ length: count }, () => {
    const pool = depth >= 3 ? leaves : fields;
    return pool[g(fc.integer, { min: 0, max: pool.length - 1 })];
  });
  if (leaves.length) picked.push(leaves[0]);
  const unique = [...new Map(picked.map((f) => [f.name, f])).values()];
  return `{ ${unique.map((f) => `${f.name}${argumentsOf(g, f.args)} ${selection(g, f.type, depth + 1)}`).join(' ')} }`;
}

function document(g: Gen): string {
  const query = Object.values(schema.getQueryType()!.getFields());
  const field = query[g(fc.integer, { min: 0, max: query.length - 1 })];
  const body = `{ ${field.name}${argumentsOf(g, field.args)} ${selection(g, field.type, 1)} }`;
  // Now and then, break the document itself.
  switch (g(fc.integer, { min: 0, max: 14 })) {
    case 0: return body.slice(0, g(fc.integer, { min: 0, max: body.length }));
    case 1: return body.replace(/\{ /, '{ unknownField ');
    case 2: return `mutation ${body}`;
    default: return body;
  }
}

test('no generated document gets a 5xx (but 503), crashes the API, or an error without a code', async () => {
  await fc.assert(
    fc.asyncProperty(fc.gen(), fc.option(fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue(), { maxKeys: 2 })), async (g, variables) => {
      const query = document(g);
      const response = await fetch(api().url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: unknown; stacktrace?: unknown } }[] };
      // On failure, fast-check shows the shrunk document and response.
      if (![200, 400, 503].includes(response.status)) {
        throw new Error(`HTTP ${response.status} for ${JSON.stringify({ query, variables })}: ${JSON.stringify(body)}`);
      }
      expect(body.data !== undefined || body.errors !== undefined).toBe(true);
      for (const error of body.errors ?? []) {
        expect(typeof error.extensions?.code).toBe('string');
        expect(error.extensions?.stacktrace).toBeUndefined();
        expect(error.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
      }
    }),
    { numRuns: 300 },
  );
  const live = await fetch(api().url.replace('/graphql', '/health/live'));
  expect(live.status).toBe(200);
}, 240_000);
