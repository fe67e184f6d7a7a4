/**
 * A selection's cache policy from the declared hints (src/graphql/cache-policy.ts): the smallest
 * max-age and no-store as soon as one touched type or field says so, through fragments and
 * interfaces; once per parsed document. The schema is a small one written here.
 */
import { buildSchema, parse } from 'graphql';
import { cacheControlHeader, CachePolicies } from '../../src/graphql/cache-policy';

const schema = buildSchema(`
  interface Node { id: ID! }
  type Person implements Node { id: ID! name: String team: Team }
  type Team implements Node { id: ID! name: String }
  type Secret implements Node { id: ID! holder: String }
  type Query { person(id: ID!): Person node(id: ID!): Node secrets: [Secret!]! teams: [Team!]! }
  type Mutation { rename(id: ID!, name: String!): Person }
`);
const hints = { Team: { maxAge: 30 }, 'Person.name': { maxAge: 45 }, Secret: { noStore: true as const }, Mutation: { noStore: true as const } };
const policies = () => new CachePolicies(schema, hints, 60);
const policyOf = (query: string) => policies().of(parse(query));

test('a selection without hints gets the default max-age', () => {
  expect(policyOf('{ person(id: "a") { id } }')).toEqual({ noStore: false, maxAge: 60 });
});

test('the smallest max-age of the touched types and fields wins', () => {
  expect(policyOf('{ person(id: "a") { id name } }')).toEqual({ noStore: false, maxAge: 45 });
  expect(policyOf('{ person(id: "a") { name team { id } } }')).toEqual({ noStore: false, maxAge: 30 });
});

test('a no-store type reached through an interface fragment, or a named fragment, makes it no-store', () => {
  expect(policyOf('{ node(id: "a") { id ... on Secret { holder } } }')).toEqual({ noStore: true });
  expect(policyOf('{ node(id: "a") { ...S } } fragment S on Secret { id }')).toEqual({ noStore: true });
  expect(policyOf('{ secrets { id } }')).toEqual({ noStore: true });
  expect(policyOf('{ node(id: "a") { id ... on Team { name } } }')).toEqual({ noStore: false, maxAge: 30 });
});

test('a document holding a mutation is never stored', () => {
  expect(policyOf('mutation { rename(id: "a", name: "b") { id } }')).toEqual({ noStore: true });
  expect(policyOf('query Q { teams { id } } mutation M { rename(id: "a", name: "b") { id } }')).toEqual({ noStore: true });
});

test('computed once per parsed document: the same document gets the same policy object, another an equal one', () => {
  const cache = policies();
  const document = parse('{ teams { id } }');
  const first = cache.of(document);
  expect(cache.of(document)).toBe(first);
  const other = cache.of(parse('{ teams { id } }'));
  expect(other).not.toBe(first);
  expect(other).toEqual(first);
});

test('a hint naming what the schema does not have, or a bad max-age, is refused with its name', () => {
  expect(() => new CachePolicies(schema, { Team: { maxAge: 30 }, Tem: { noStore: true } }, 60)).toThrow('Cache hint "Tem": the schema has no such type.');
  expect(() => new CachePolicies(schema, { 'Person.nam': { noStore: true } }, 60)).toThrow('Cache hint "Person.nam": the schema has no such field.');
  expect(() => new CachePolicies(schema, { Team: { maxAge: -1 } }, 60)).toThrow('Cache hint "Team": maxAge must be a whole number of seconds, 0 or more (got -1).');
});

test('the Cache-Control header of a policy', () => {
  expect(cacheControlHeader({ noStore: false, maxAge: 60 }, 'public')).toBe('public, max-age=60');
  expect(cacheControlHeader({ noStore: false, maxAge: 0 }, 'private')).toBe('private, max-age=0');
  expect(cacheControlHeader({ noStore: true }, 'public')).toBe('no-store');
});
