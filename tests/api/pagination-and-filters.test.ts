/**
 * Relay connections with keyset cursors, filters and ordering, over HTTP.
 */
import { PEOPLE } from '../../src/graph/person/person.cypher';
import { RACES } from '../../src/graph/race/race.cypher';
import { SEASONS } from '../../src/graph/season/season.cypher';
import { useTestApi } from '../support/api';

// The interview's people: these tests are about paging and filtering, not about what later sources add.
const api = useTestApi({ seeded: 'interview' });

async function data(query: string, variables?: Record<string, unknown>): Promise<any> {
  const response = await api().query(query, variables);
  expect(response.errors).toBeUndefined();
  return response.data;
}

const PEOPLE_PAGE = `query($first: Int!, $after: String, $filter: PersonFilter, $orderBy: PersonOrder) {
  people(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    edges { cursor node { id name } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

test('walking people one page at a time visits everyone once, in name order, unnamed last', async () => {
  const seen: string[] = [];
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    const { people } = await data(PEOPLE_PAGE, { first: 2, after });
    pages += 1;
    expect(people.totalCount).toBe(6);
    expect(people.pageInfo.hasPreviousPage).toBe(after !== null);
    expect(people.pageInfo.endCursor).toBe(people.edges[people.edges.length - 1].cursor);
    seen.push(...people.edges.map((e: any) => e.node.id));
    if (!people.pageInfo.hasNextPage) break;
    after = people.pageInfo.endCursor;
  }
  expect(pages).toBe(3);
  expect(seen).toEqual(['amber-balcaen', 'danica-patrick', 'lou-kennedy-sr', 'mike-balcaen', 'amber-balcaen-cousin', 'amber-balcaen-uncle']);
});

test('a later page costs what the first does: same statements, and no SKIP anywhere', async () => {
  const first = await api().query(PEOPLE_PAGE.replace('totalCount', ''), { first: 1 });
  const later = await api().query(PEOPLE_PAGE.replace('totalCount', ''), { first: 1, after: (first.data as any).people.pageInfo.endCursor });
  expect(first.extensions?.cypherStatements).toBe(1);
  expect(later.extensions?.cypherStatements).toBe(1);
  for (const query of [...Object.values(PEOPLE), ...Object.values(SEASONS), ...Object.values(RACES)]) {
    expect(query.page).not.toMatch(/\bSKIP\b/i);
  }
});

test('first: 0 gives an empty page that still knows whether there is more', async () => {
  const { people } = await data(PEOPLE_PAGE, { first: 0 });
  expect(people.edges).toEqual([]);
  expect(people.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: null, endCursor: null });
});

test.each([
  [{ gender: 'FEMALE' }, ['amber-balcaen', 'danica-patrick']],
  [{ nationality: 'canadian' }, ['amber-balcaen']],
  [{ nameContains: 'BALC' }, ['amber-balcaen', 'mike-balcaen']],
  [{ seriesId: 'nascar-xfinity-series' }, ['danica-patrick']],
  [{ teamId: 'rette-jones-racing' }, ['amber-balcaen']],
  [{ yearFrom: 2012, yearTo: 2018 }, ['amber-balcaen', 'danica-patrick']],
  [{ yearFrom: 2021 }, ['amber-balcaen']],
  [{ raced: false }, []],
  [{ gender: 'FEMALE', seriesId: 'arca-menards-series' }, ['amber-balcaen']],
])('people(filter: %j)', async (filter, ids) => {
  const { people } = await data(PEOPLE_PAGE, { first: 50, filter });
  expect(people.edges.map((e: any) => e.node.id)).toEqual(ids);
  expect(people.totalCount).toBe(ids.length);
});

test('orderBy: ID orders by slug', async () => {
  const { people } = await data(PEOPLE_PAGE, { first: 3, orderBy: 'ID' });
  expect(people.edges.map((e: any) => e.node.id)).toEqual(['amber-balcaen', 'amber-balcaen-cousin', 'amber-balcaen-uncle']);
});

test('seasons newest first, paged by cursor', async () => {
  const query = `query($after: String) { seasons(first: 3, after: $after, orderBy: YEAR_DESC) { edges { node { year } } pageInfo { endCursor hasNextPage } } }`;
  const page1 = await data(query);
  const page2 = await data(query, { after: page1.seasons.pageInfo.endCursor });
  const years = [...page1.seasons.edges, ...page2.seasons.edges].map((e: any) => e.node.year);
  expect(years).toEqual([2023, 2022, 2021, 2020, 2018, 2016]);
});

test('races in date order, filtered by series, status and venue', async () => {
  const { races } = await data(`{ races(filter: { seriesId: "arca-menards-series" }) { edges { node { id date year status } } } }`);
  expect(races.edges.map((e: any) => e.node.id)).toEqual([
    'arca-menards-series-2022-charlotte',
    'arca-menards-series-2022-daytona-international-speedway',
    'arca-menards-series-2023-daytona-international-speedway',
    'arca-menards-series-2023-talladega-superspeedway',
  ]);
  const scheduled = await data(`{ races(filter: { status: SCHEDULED }) { edges { node { date } } } }`);
  expect(scheduled.races.edges).toEqual([{ node: { date: '2023-04-22' } }]);
  const latest = await data(`{ races(first: 1, orderBy: YEAR_DESC) { edges { node { date } } } }`);
  expect(latest.races.edges).toEqual([{ node: { date: '2023-04-22' } }]);
});

test('series are found by former names and aliases; teams by series and year; organizations by kind', async () => {
  const series = await data(`{ seriesList(filter: { nameContains: "national" }) { edges { node { id } } } }`);
  expect(series.seriesList.edges).toEqual([{ node: { id: 'arca-menards-series' } }]);
  const teams = await data(`{ teams(filter: { seriesId: "arca-menards-series", yearFrom: 2023 }) { edges { node { id } } } }`);
  expect(teams.teams.edges).toEqual([{ node: { id: 'venturini-motorsports' } }]);
  const bodies = await data(`{ organizations(filter: { kind: SANCTIONING_BODY }) { edges { node { id sanctions { id } } } } }`);
  expect(bodies.organizations.edges.map((e: any) => e.node.id)).toEqual(['nascar']);
  const venues = await data(`{ venues(filter: { nameContains: "speedway" }) { totalCount } }`);
  expect(venues.venues.totalCount).toBe(3);
});
