/**
 * Every list under an object is a page: `first` (default and maximum NESTED_PAGE) and `after`, in
 * a stable order, beside a `…Connection` with cursors, `pageInfo` and `totalCount`; the parents of
 * one level that ask the same page share one statement; and the query cost multiplies a nested
 * list's selections by its `first`, so a deep nest of large pages is refused before any Cypher.
 */
import { loadConfig } from '../../src/config/config';
import { NESTED_PAGE } from '../../src/graphql/connection';
import { startTestApi, TestApi } from '../support/api';
import { useTestDatabase } from '../support/neo4j';

const db = useTestDatabase();
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi(db());
});
afterAll(() => api?.stop());

const AMBER = 'amber-balcaen';

/** The races the graph holds for a person, read with Cypher of this test's own. */
async function storedRaceIds(personId: string): Promise<string[]> {
  const rows = await db().read('MATCH (:Person {id: $personId})-[:ENTERED_RACE]->(race:Race) RETURN race.id AS id', { personId });
  return rows.map((row) => row.id as string);
}

async function data(query: string, variables?: Record<string, unknown>, reads: 'compiled' | 'loaders' = 'compiled') {
  const response = await (reads === 'compiled' ? api.query(query, variables) : api.queryLoaders(query, variables));
  expect(response.errors).toBeUndefined();
  return { data: response.data as any, statements: response.extensions?.cypherStatements };
}

const RACES_PAGE = `query($id: ID!, $first: Int!, $after: String) {
  person(id: $id) {
    racesConnection(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage endCursor }
      edges { cursor node { race { id year date } } }
    }
  }
}`;

test('a list longer than `first` gives exactly `first` items, and its connection says there are more and how many', async () => {
  const stored = await storedRaceIds(AMBER);
  expect(stored.length).toBeGreaterThan(3);
  const { data: page } = await data(`{ person(id: "${AMBER}") { races(first: 2) { race { id } } racesConnection(first: 2) { totalCount pageInfo { hasNextPage } edges { node { race { id } } } } } }`);
  expect(page.person.races).toHaveLength(2);
  expect(page.person.racesConnection.edges.map((edge: any) => edge.node.race.id)).toEqual(page.person.races.map((entry: any) => entry.race.id));
  expect(page.person.racesConnection.totalCount).toBe(stored.length);
  expect(page.person.racesConnection.pageInfo.hasNextPage).toBe(true);
});

test('walking with `after` gives every item once, no overlap and no gap, in the stable order', async () => {
  const stored = await storedRaceIds(AMBER);
  const walked: { id: string; year: number | null; date: string | null }[] = [];
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    const { data: page } = await data(RACES_PAGE, { id: AMBER, first: 2, after });
    const connection = page.person.racesConnection;
    expect(connection.pageInfo.hasPreviousPage).toBe(after !== null);
    walked.push(...connection.edges.map((edge: any) => edge.node.race));
    pages += 1;
    if (!connection.pageInfo.hasNextPage) break;
    after = connection.pageInfo.endCursor;
  }
  expect(pages).toBe(Math.ceil(stored.length / 2));
  const ids = walked.map((race) => race.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect([...ids].sort()).toEqual([...stored].sort());
  // Oldest first (by year, then date): the order the loader always used.
  const years = walked.map((race) => race.year ?? 9999);
  expect(years).toEqual([...years].sort((a, b) => a - b));
  // The list field takes the connection's cursors: the same page from the same cursor.
  const { data: second } = await data(RACES_PAGE, { id: AMBER, first: 2, after: null });
  const cursor = second.person.racesConnection.pageInfo.endCursor;
  const { data: listAfter } = await data(`query($after: String) { person(id: "${AMBER}") { races(first: 2, after: $after) { race { id } } } }`, { after: cursor });
  expect(listAfter.person.races.map((entry: any) => entry.race.id)).toEqual(ids.slice(2, 4));
});

test('without `first`, a list gives the default page; the last page says there is no more', async () => {
  const stored = await storedRaceIds(AMBER);
  expect(stored.length).toBeLessThanOrEqual(NESTED_PAGE.default);
  const { data: page } = await data(`{ person(id: "${AMBER}") { races { race { id } } racesConnection { totalCount pageInfo { hasNextPage endCursor } } } }`);
  expect(page.person.races).toHaveLength(stored.length);
  expect(page.person.racesConnection.pageInfo.hasNextPage).toBe(false);
  const { data: beyond } = await data(RACES_PAGE, { id: AMBER, first: 5, after: page.person.racesConnection.pageInfo.endCursor });
  expect(beyond.person.racesConnection.edges).toEqual([]);
  expect(beyond.person.racesConnection.pageInfo).toMatchObject({ hasNextPage: false, endCursor: null });
});

test('parents of one level each get their own page, by the loaders in one statement per field and page', async () => {
  const query = `query($first: Int!) { people(first: $first) { edges { node { id
    races(first: 2) { race { id } }
    racesConnection(first: 2) { totalCount }
  } } } }`;
  const one = await data(query, { first: 1 }, 'loaders');
  const many = await data(query, { first: 30 }, 'loaders');
  const people = many.data.people.edges.map((edge: any) => edge.node);
  const withRaces = [];
  for (const person of people) {
    const stored = await storedRaceIds(person.id);
    expect([person.id, person.racesConnection.totalCount]).toEqual([person.id, stored.length]);
    expect(person.races.length).toBe(Math.min(2, stored.length));
    for (const entry of person.races) expect(stored).toContain(entry.race.id);
    if (stored.length > 0) withRaces.push(person.id);
  }
  expect(withRaces.length).toBeGreaterThan(1);
  // people (and, past the named people, the unnamed ones), then one statement for every
  // person's page of races: the list and its connection ask the same page, so they share it.
  expect(many.statements).toBe(one.statements! + 1);
  expect(one.statements).toBe(2);
  // A second page size is a second page request: one statement more, still not one per person.
  const twoPages = await data(`{ people(first: 30) { edges { node { a: races(first: 2) { finishPosition } b: races(first: 3) { finishPosition } } } } }`, {}, 'loaders');
  expect(twoPages.statements).toBe(many.statements! + 1);
  // Compiled: the same answers, every page in the list's own statements (named people, then the unnamed).
  const compiled = await data(query, { first: 30 });
  expect(compiled.data).toEqual(many.data);
  expect(compiled.statements).toBe(2);
  const compiledTwoPages = await data(`{ people(first: 30) { edges { node { a: races(first: 2) { finishPosition } b: races(first: 3) { finishPosition } } } } }`);
  expect(compiledTwoPages.data).toEqual(twoPages.data);
  expect(compiledTwoPages.statements).toBe(2);
});

describe('bad `first` and `after` are BAD_USER_INPUT naming the argument', () => {
  const refused = async (args: string, argument: string, words: string[]) => {
    const response = await api.query(`{ person(id: "${AMBER}") { races${args} { finishPosition } } }`);
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    for (const word of words) expect(response.errors?.[0].message).toContain(word);
  };
  test(`first over the maximum (${NESTED_PAGE.maximum})`, () => refused(`(first: ${NESTED_PAGE.maximum + 1})`, 'first', [String(NESTED_PAGE.maximum)]));
  test('first below 0', () => refused('(first: -1)', 'first', ['0']));
  test('an unparseable cursor', () => refused('(after: "not-a-cursor")', 'after', ['cursor']));
  test("a root list's cursor is not a nested list's", async () => {
    const { data: people } = await data('{ people(first: 1) { pageInfo { endCursor } } }');
    await refused(`(after: "${people.people.pageInfo.endCursor}")`, 'after', ['cursor']);
  });
  test('the connection field checks the same', async () => {
    const response = await api.query(`{ person(id: "${AMBER}") { racesConnection(first: ${NESTED_PAGE.maximum + 1}) { totalCount } } }`);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
  });
});

describe('the query cost multiplies a nested list by its `first`', () => {
  const limit = loadConfig({}).http.limits.cost;
  const nest = (first: string) => `{ person(id: "${AMBER}") { teams${first} { team { drivers${first} { person { seasons${first} { points } } } } } } }`;
  // By the documented formula: seasons { points } = (2 + 1.5) x n; person = 2 + 1.5 x that;
  // drivers { person } = (2 + 1.5 x person) x n; team = 2 + 1.5 x drivers; teams { team } = (2 + 1.5 x team) x n;
  // the root person = 2 + 1.5 x teams.
  const costOf = (n: number) => {
    const seasons = 3.5 * n;
    const drivers = (2 + 1.5 * (2 + 1.5 * seasons)) * n;
    const teams = (2 + 1.5 * (2 + 1.5 * drivers)) * n;
    return Math.round(2 + 1.5 * teams);
  };

  test('three nested lists of 50 are refused with the limit error, before any Cypher', async () => {
    expect(costOf(50)).toBeGreaterThan(limit);
    const response = await api.query(nest('(first: 50)'));
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions).toEqual({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'MAX_QUERY_COST', maximum: limit, found: costOf(50) });
    expect(response.extensions?.cypherStatements).toBe(0);
  });

  test('the default page counts as `first`, from a variable too', async () => {
    const byDefault = await api.query(nest(''));
    expect(byDefault.errors?.[0].extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', found: costOf(NESTED_PAGE.default) });
    const variable = await api.query(`query($n: Int!) ${nest("(first: $n)")}`, { n: 30 });
    expect(variable.errors?.[0].extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', found: costOf(30) });
  });

  test('the same nest with small pages passes', async () => {
    expect(costOf(5)).toBeLessThanOrEqual(limit);
    const { data: small } = await data(nest('(first: 5)'));
    expect(small.person.teams.length).toBeGreaterThan(0);
  });
});
