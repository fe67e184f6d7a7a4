/**
 * DataLoader everywhere: a nested query sends one batched statement per relationship field per
 * depth level, whatever the list sizes. The API reports the statements a request sent in
 * extensions.cypherStatements; with N+1 that number would grow with the page size.
 */
import { useTestApi } from '../support/api';

// These queries measure statements, not limits: a page of 100 people with nested lists costs more
// than the default MAX_QUERY_COST (5000), which counts page sizes from variables too (limits.test.ts),
// and nested lists' pages (20 unless given) too: they ask nested lists for pages they need.
// The interview's people: the statement counts are checked on a graph whose size these tests know.
const api = useTestApi({ seeded: 'interview', env: { MAX_QUERY_COST: '1000000' } });

const PEOPLE_SEASONS_SERIES_ENTRANTS = `query($first: Int!) {
  people(first: $first) {
    edges { node {
      name
      seasons(first: 10) {
        finalPosition
        team { name }
        season { year series { name } entries(first: 10) { points person { name } } }
      }
    } }
  }
}`;

async function statementsFor(query: string, variables: Record<string, unknown>, reads: 'compiled' | 'loaders' = 'compiled') {
  const response = await (reads === 'compiled' ? api().query(query, variables) : api().queryLoaders(query, variables));
  expect(response.errors).toBeUndefined();
  return { count: response.extensions?.cypherStatements, data: response.data as any };
}

test('people → seasons → series and entrants, by the loaders: one statement per field per level, for 1 person or all', async () => {
  const one = await statementsFor(PEOPLE_SEASONS_SERIES_ENTRANTS, { first: 1 }, 'loaders');
  const all = await statementsFor(PEOPLE_SEASONS_SERIES_ENTRANTS, { first: 100 }, 'loaders');
  // The larger page really is larger, at every level.
  expect(all.data.people.edges.length).toBe(6);
  const seasons = all.data.people.edges.flatMap((e: any) => e.node.seasons);
  expect(seasons.length).toBeGreaterThanOrEqual(7);
  // people, seasons, season.series, season.entries, entry.team; entry.person and season are primed.
  // A page that reaches past the named people also reads the unnamed ones (one more statement,
  // whatever the page size); a page filled by named people does not.
  expect(one.count).toBe(5);
  expect(all.data.people.edges.some((e: any) => e.node.name === null)).toBe(true);
  expect(all.count).toBe(6);
});

test('people → seasons → series and entrants, compiled: the root field\'s statement, for 1 person or all', async () => {
  const one = await statementsFor(PEOPLE_SEASONS_SERIES_ENTRANTS, { first: 1 });
  const all = await statementsFor(PEOPLE_SEASONS_SERIES_ENTRANTS, { first: 100 });
  expect(all.data).toEqual((await statementsFor(PEOPLE_SEASONS_SERIES_ENTRANTS, { first: 100 }, 'loaders')).data);
  // The page of named people; a page reaching past them reads the unnamed ones too, still with everything below.
  expect(one.count).toBe(1);
  expect(all.count).toBe(2);
});

test('races → venues → results → people: still one statement per level', async () => {
  const query = `query($first: Int!) {
    races(first: $first) { edges { node { name venue { name } season { year } entries(first: 10) { finishPosition person { name races(first: 10) { race { id } } } } } } }
  }`;
  const small = await statementsFor(query, { first: 1 }, 'loaders');
  const large = await statementsFor(query, { first: 50 }, 'loaders');
  expect(large.data.races.edges.length).toBeGreaterThan(3);
  // races, venue, season, entries, entry.person.races (entry.person is primed, race is primed)
  expect(large.count).toBe(5);
  expect(small.count).toBe(large.count);
  // Compiled: one statement, the same answer.
  const compiled = await statementsFor(query, { first: 50 });
  expect(compiled.data).toEqual(large.data);
  expect(compiled.count).toBe(1);
});

test('totalCount costs one more statement, and only when asked for', async () => {
  const without = await statementsFor('{ people(first: 3) { edges { node { id } } } }', {});
  const withCount = await statementsFor('{ people(first: 3) { totalCount edges { node { id } } } }', {});
  expect(without.count).toBe(1);
  expect(withCount.count).toBe(2);
  expect(withCount.data.people.totalCount).toBe(6);
});

test('lineage and connection, with the people and nodes they name: one statement each', async () => {
  const lineage = await statementsFor('{ lineage(personId: "amber-balcaen") { relatives { kinship raced person { id name gender } } } }', {});
  expect(lineage.data.lineage.relatives.map((r: any) => r.person.name)).toContain('Mike Balcaen');
  expect(lineage.count).toBe(1);
  // displayName of the unnamed relatives (uncle, cousin): one more statement for all of them.
  const labelled = await statementsFor('{ lineage(personId: "amber-balcaen") { relatives { person { displayName } } } }', {});
  expect(labelled.data.lineage.relatives.map((r: any) => r.person.displayName)).toContain("Amber Balcaen's uncle");
  expect(labelled.count).toBe(2);
  const path = await statementsFor('{ connection(fromId: "amber-balcaen", toId: "danica-patrick") { length nodes { id ... on Person { name } } } }', {});
  expect(path.data.connection.nodes[0]).toEqual({ id: 'amber-balcaen', name: 'Amber Balcaen' });
  expect(path.data.connection.nodes).toHaveLength(path.data.connection.length + 1);
  expect(path.count).toBe(1);
});
