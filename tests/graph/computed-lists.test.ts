/**
 * The lists under an object that a resolver computes whole (a node's claims, a conflict's claims, a
 * team's season entries, a person's career summary and its seasons, a lineage's relatives and their
 * achievements) and every element's citations are pages like the model's relationship lists: `first`
 * (at most NESTED_PAGE.maximum) and `after`, with a `…Connection` twin. And no list of objects under an
 * object is left unbounded: the schema is read for every one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, getNamedType, getNullableType, isLeafType, isListType, isObjectType } from 'graphql';
import { CITATION_PAGE, NESTED_PAGE } from '../../src/graphql/connection';
import { generateSyntheticGraph } from '../../src/bench/synthetic/generate';
import { loadSyntheticGraph } from '../../src/bench/synthetic/load-synthetic';
import { startTestApi, TestApi } from '../support/api';
import { emptyGraph, useTestDatabase } from '../support/neo4j';

const db = useTestDatabase();
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi(db());
});
afterAll(() => api?.stop());

const AMBER = 'amber-balcaen';

/**
 * Lists of objects under an object that are not pages, each bounded otherwise. Anything else
 * found unpaged fails the test.
 */
const BOUNDED_OTHERWISE: Record<string, string> = {
  'Relative.path': 'at most `maxDepth` (1 to 6) kinship links',
  'Path.nodes': 'at most `maxLength` (at most 10) hops, plus one',
  'Path.relationships': 'at most `maxLength` (at most 10) hops',
};
/** A fact's citations (`sources`) are a page with a smaller default (CITATION_PAGE); every other list's default is NESTED_PAGE's. */
const defaultPageOf = (field: string, item: string) => (field === 'sources' && item === 'Citation' ? CITATION_PAGE.default : NESTED_PAGE.default);

describe('the schema', () => {
  const schema = buildSchema(fs.readFileSync(path.resolve(__dirname, '../../schema/schema.graphql'), 'utf8'));
  const roots = new Set(['Query', 'Mutation', 'Subscription']);
  const lists = Object.values(schema.getTypeMap())
    .filter(isObjectType)
    .filter((type) => !type.name.startsWith('__') && !roots.has(type.name))
    .flatMap((type) => Object.values(type.getFields()).map((field) => ({ type, field })))
    .filter(({ field }) => isListType(getNullableType(field.type)) && !isLeafType(getNamedType(field.type)));

  test('every list of objects under an object is a page with a `…Connection` twin, or bounded for a stated reason', () => {
    const unbounded: string[] = [];
    let paged = 0;
    for (const { type, field } of lists) {
      const item = getNamedType(field.type).name;
      const name = `${type.name}.${field.name}`;
      // A connection's edges are its page.
      if (type.name.endsWith('Connection') && field.name === 'edges') continue;
      if (BOUNDED_OTHERWISE[name]) continue;
      const first = field.args.find((arg) => arg.name === 'first');
      const after = field.args.find((arg) => arg.name === 'after');
      const twin = type.getFields()[`${field.name}Connection`];
      if (!first || !after || first.defaultValue !== defaultPageOf(field.name, item) || !twin
        || getNamedType(twin.type).name !== `${item}ListConnection`) {
        unbounded.push(name);
        continue;
      }
      paged += 1;
    }
    expect(unbounded).toEqual([]);
    // The computed lists this file is about are among them, beside the model's relationship lists.
    expect(paged).toBeGreaterThan(40);
    for (const name of ['Person.sources', 'SeasonEntry.sources', 'TimelineEntry.sources', 'KinshipHop.sources', 'PathRelationship.sources', 'Team.seasonEntries', 'Person.careerSummary', 'SeriesCareer.seasons', 'Lineage.relatives', 'Relative.achievements', 'Conflict.claims', 'Person.claims', 'SeasonEntry.claims']) {
      expect(lists.map(({ type, field }) => `${type.name}.${field.name}`)).toContain(name);
    }
  });

  test('the lists left unpaged for a reason are still in the schema (the reasons are not stale)', () => {
    const names = lists.map(({ type, field }) => `${type.name}.${field.name}`);
    for (const name of Object.keys(BOUNDED_OTHERWISE)) expect(names).toContain(name);
  });
});

async function data(query: string, variables?: Record<string, unknown>) {
  const response = await api.query(query, variables);
  expect(response.errors).toBeUndefined();
  return response.data as any;
}

/**
 * Walks a `…Connection` a page of `first` at a time: the items, the totalCounts each page gave,
 * and how many pages it took. `at` picks the connection out of the response.
 */
async function walk(query: string, variables: Record<string, unknown>, at: (data: any) => any, first = 1) {
  const items: unknown[] = [];
  const totals = new Set<number>();
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    const connection = at(await data(query, { ...variables, first, after }));
    expect(connection.pageInfo.hasPreviousPage).toBe(after !== null);
    items.push(...connection.edges.map((edge: any) => edge.node));
    totals.add(connection.totalCount);
    pages += 1;
    if (!connection.pageInfo.hasNextPage) break;
    after = connection.pageInfo.endCursor;
  }
  return { items, totals: [...totals], pages };
}

const PAGE = 'totalCount pageInfo { hasNextPage hasPreviousPage endCursor }';

interface Case {
  name: string;
  /** The whole list, as `list(first: NESTED_PAGE.maximum)`, and the same list walked over its connection. */
  whole: string;
  walked: string;
  variables: Record<string, unknown>;
  list: (data: any) => unknown[];
  connection: (data: any) => any;
  /** How many items the graph holds, read with Cypher of the test's own (a lineage's relatives are derived: the list field's length is the check). */
  stored?: () => Promise<number>;
}

async function count(cypher: string, params: Record<string, unknown> = {}): Promise<number> {
  const [row] = await db().read(cypher, params);
  return Number(row.n);
}

/** The team with the most season entries, and how many it has (entries name their team in a `team` property). */
async function busiestTeam(): Promise<{ id: string; entries: number }> {
  const [row] = await db().read(`MATCH ()-[entry:ENTERED_SEASON]->() WHERE entry.team IS NOT NULL
    RETURN entry.team AS id, count(*) AS n ORDER BY n DESC, id LIMIT 1`);
  return { id: row.id as string, entries: Number(row.n) };
}

const cases: Case[] = [
  {
    name: "a person's claims",
    whole: `query($id: ID!) { person(id: $id) { claims(first: ${NESTED_PAGE.maximum}) { property value source { id } } } }`,
    walked: `query($id: ID!, $first: Int!, $after: String) { person(id: $id) { claimsConnection(first: $first, after: $after) { ${PAGE} edges { node { property value source { id } } } } } }`,
    variables: { id: AMBER },
    list: (d) => d.person.claims,
    connection: (d) => d.person.claimsConnection,
    stored: () => count('MATCH (c:Claim {subject: $id}) RETURN count(c) AS n', { id: AMBER }),
  },
  {
    name: "a person's career summary",
    whole: `query($id: ID!) { person(id: $id) { careerSummary(first: ${NESTED_PAGE.maximum}) { series { id } years } } }`,
    walked: `query($id: ID!, $first: Int!, $after: String) { person(id: $id) { careerSummaryConnection(first: $first, after: $after) { ${PAGE} edges { node { series { id } years } } } } }`,
    variables: { id: AMBER },
    list: (d) => d.person.careerSummary,
    connection: (d) => d.person.careerSummaryConnection,
    stored: () => count('MATCH (:Person {id: $id})-[:ENTERED_SEASON]->(:Season)-[:OF_SERIES]->(series:Series) RETURN count(DISTINCT series) AS n', { id: AMBER }),
  },
  {
    name: "a person's citations",
    whole: `query($id: ID!) { person(id: $id) { sources(first: ${CITATION_PAGE.maximum}) { quote source { id } } } }`,
    walked: `query($id: ID!, $first: Int!, $after: String) { person(id: $id) { sourcesConnection(first: $first, after: $after) { ${PAGE} edges { node { quote source { id } } } } } }`,
    variables: { id: AMBER },
    list: (d) => d.person.sources,
    connection: (d) => d.person.sourcesConnection,
    stored: () => count('MATCH (p:Person {id: $id}) RETURN size(p.sources) AS n', { id: AMBER }),
  },
  {
    name: "a lineage's relatives",
    whole: `query($id: ID!) { lineage(personId: $id, maxDepth: 2) { relatives(first: ${NESTED_PAGE.maximum}) { kinship person { id } } } }`,
    walked: `query($id: ID!, $first: Int!, $after: String) { lineage(personId: $id, maxDepth: 2) { relativesConnection(first: $first, after: $after) { ${PAGE} edges { node { kinship person { id } } } } } }`,
    variables: { id: AMBER },
    list: (d) => d.lineage.relatives,
    connection: (d) => d.lineage.relativesConnection,
  },
];

describe.each(cases)('$name', (c) => {
  test('walking the connection one item at a time gives the whole list once, in the list field\'s order, with the stored total', async () => {
    const whole = c.list(await data(c.whole, c.variables));
    const stored = c.stored ? await c.stored() : whole.length;
    expect(stored).toBeGreaterThan(1);
    expect(stored).toBeLessThan(NESTED_PAGE.maximum);
    const walked = await walk(c.walked, c.variables, c.connection);
    expect(whole).toHaveLength(stored);
    expect(walked.items).toEqual(whole);
    expect(walked.totals).toEqual([stored]);
    expect(walked.pages).toBe(stored);
  });
});

test("a relative's achievements are a page, with the stored total", async () => {
  // Someone of two or more achievements with a parent, child or sibling in the graph: a relative one link away.
  const [row] = await db().read(`MATCH (achiever:Person)-[:ACHIEVED]->(a:Achievement)
    WITH achiever, count(a) AS n WHERE n > 1
    MATCH (achiever)-[:PARENT_OF|SIBLING_OF]-(kin:Person)
    RETURN achiever.id AS achieverId, kin.id AS kinId, n ORDER BY n DESC, achieverId, kinId LIMIT 1`);
  expect(row).toBeDefined();
  const relatives = (await data(`query($id: ID!) { lineage(personId: $id, maxDepth: 1) { relatives(first: 20) {
    person { id } achievements(first: 1) { id } achievementsConnection(first: 5) { totalCount edges { node { id } } } } } }`, { id: row.kinId })).lineage.relatives;
  const achiever = relatives.find((relative: any) => relative.person.id === row.achieverId);
  expect(achiever.achievementsConnection.totalCount).toBe(Number(row.n));
  expect(achiever.achievements).toEqual([achiever.achievementsConnection.edges[0].node]);
});

test('claims(property:) pages the claims of that property alone', async () => {
  // The property of Amber's with the most claims.
  const [row] = await db().read(`MATCH (c:Claim {subject: $id}) WHERE c.property IS NOT NULL
    RETURN c.property AS property, count(c) AS n ORDER BY n DESC, property LIMIT 1`, { id: AMBER });
  const connection = (await data(`query($id: ID!, $property: String) { person(id: $id) { claimsConnection(property: $property, first: 1) {
    totalCount edges { node { property } } } } }`, { id: AMBER, property: row.property })).person.claimsConnection;
  expect(connection.totalCount).toBe(Number(row.n));
  expect(connection.edges.map((edge: any) => edge.node.property)).toEqual([row.property]);
});

test('a page over the maximum, or a cursor not of ours, is refused naming the argument', async () => {
  const over = NESTED_PAGE.maximum + 1;
  const queries = [
    `{ person(id: "${AMBER}") { claims(first: ${over}) { property } } }`,
    `{ person(id: "${AMBER}") { careerSummaryConnection(first: ${over}) { totalCount } } }`,
    `{ lineage(personId: "${AMBER}") { relatives(first: ${over}) { kinship } } }`,
    `{ teams(first: 1) { edges { node { seasonEntries(first: ${over}) { points } } } } }`,
    `{ conflicts(first: 1) { edges { node { claims(first: ${over}) { value } } } } }`,
    `{ person(id: "${AMBER}") { sources(first: ${over}) { quote } } }`,
    `{ timeline(personId: "${AMBER}") { sourcesConnection(first: ${over}) { totalCount } } }`,
  ];
  // A conflict's claims are only checked where there is a conflict: the seed has one (tests/curation).
  expect(await count('MATCH (c:Claim) WITH c.group AS g, count(DISTINCT c.value) AS values WHERE values > 1 RETURN count(g) AS n')).toBeGreaterThan(0);
  for (const query of queries) {
    const response = await api.query(query);
    expect({ query, status: response.status }).toEqual({ query, status: 400 });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    expect(response.errors?.[0].message).toContain(String(NESTED_PAGE.maximum));
  }
  for (const field of ['claims(after: "not-a-cursor") { property }', 'sources(after: "not-a-cursor") { quote }']) {
    const cursor = await api.query(`{ person(id: "${AMBER}") { ${field} } }`);
    expect([field, cursor.errors?.[0].extensions]).toMatchObject([field, { code: 'BAD_USER_INPUT', argument: 'after' }]);
  }
});

test('the query cost counts a computed list by its page size', async () => {
  // 100 relatives of 100 achievements each, each with its claims: far over the cost limit at any depth.
  const response = await api.query(`{ lineage(personId: "${AMBER}") { relatives(first: 100) { achievements(first: 100) { claims(first: 100) { value } } } } }`);
  expect(response.errors?.[0]?.extensions?.code).toBe('QUERY_LIMIT_EXCEEDED');
  expect(response.extensions?.cypherStatements ?? 0).toBe(0);
});

describe('on a synthetic graph (teams with many entries, careers of many seasons)', () => {
  beforeAll(async () => {
    await emptyGraph(db());
    await loadSyntheticGraph(db(), generateSyntheticGraph({ people: 300, seed: 5 }), 5_000);
  });

  test("a team's season entries: the default page, `first`, and walking `after` through the whole list", async () => {
    const team = await busiestTeam();
    expect(team.entries).toBeGreaterThan(NESTED_PAGE.default);
    expect(team.entries).toBeLessThanOrEqual(NESTED_PAGE.maximum);
    const entry = 'season { id } person { id }';
    const whole = (await data(`query($id: ID!) { team(id: $id) { seasonEntries(first: ${NESTED_PAGE.maximum}) { ${entry} } } }`, { id: team.id })).team.seasonEntries;
    expect(whole).toHaveLength(team.entries);
    const byDefault = (await data(`query($id: ID!) { team(id: $id) { seasonEntries { ${entry} } } }`, { id: team.id })).team.seasonEntries;
    expect(byDefault).toEqual(whole.slice(0, NESTED_PAGE.default));
    const walked = await walk(
      `query($id: ID!, $first: Int!, $after: String) { team(id: $id) { seasonEntriesConnection(first: $first, after: $after) { ${PAGE} edges { node { ${entry} } } } } }`,
      { id: team.id }, (d) => d.team.seasonEntriesConnection, 7,
    );
    expect(walked.items).toEqual(whole);
    expect(walked.totals).toEqual([team.entries]);
    expect(walked.pages).toBe(Math.ceil(team.entries / 7));
  });

  test("a fact stated by more sources than the default page: its citations' first page, the total, and the rest after", async () => {
    // Seven citations on one synthetic person (the seed's facts have at most a few): sources and quotes are stored side by side.
    const quotes = Array.from({ length: CITATION_PAGE.default + 2 }, (_, index) => `Quote ${index + 1}.`);
    const [row] = await db().write(`MATCH (source:Source) WITH source ORDER BY source.id LIMIT 1
      MATCH (person:Person) WITH source, person ORDER BY person.id LIMIT 1
      SET person.sources = [quote IN $quotes | source.id], person.quotes = $quotes RETURN person.id AS id`, { quotes });
    const cited = (await data(`query($id: ID!) { person(id: $id) { sources { quote source { id } } sourcesConnection(first: 0) { totalCount } } }`, { id: row.id })).person;
    expect(cited.sources.map((citation: any) => citation.quote)).toEqual(quotes.slice(0, CITATION_PAGE.default));
    expect(cited.sourcesConnection.totalCount).toBe(quotes.length);
    const walked = await walk(
      `query($id: ID!, $first: Int!, $after: String) { person(id: $id) { sourcesConnection(first: $first, after: $after) { ${PAGE} edges { node { quote } } } } }`,
      { id: row.id }, (d) => d.person.sourcesConnection, 3,
    );
    expect(walked.items).toEqual(quotes.map((quote) => ({ quote })));
    expect(walked.pages).toBe(Math.ceil(quotes.length / 3));
  });

  test("a career's seasons: a page of the series' seasons, oldest first, with the stored total", async () => {
    // The person and series with the most seasons.
    const [row] = await db().read(`MATCH (person:Person)-[:ENTERED_SEASON]->(season:Season)-[:OF_SERIES]->(series:Series)
      RETURN person.id AS personId, series.id AS seriesId, count(DISTINCT season) AS n ORDER BY n DESC, personId, seriesId LIMIT 1`);
    expect(Number(row.n)).toBeGreaterThan(2);
    expect(Number(row.n)).toBeLessThanOrEqual(20);
    const careers = (await data(`query($id: ID!) { person(id: $id) { careerSummary(first: 5) {
      series { id } seasons(first: 2) { year } seasonsConnection(first: 20) { totalCount edges { node { year } } } } } }`, { id: row.personId })).person.careerSummary;
    const career = careers.find((candidate: any) => candidate.series.id === row.seriesId);
    expect(career.seasonsConnection.totalCount).toBe(Number(row.n));
    const years = career.seasonsConnection.edges.map((edge: any) => edge.node.year);
    expect(years).toEqual([...years].sort((a: number, b: number) => a - b));
    expect(career.seasons).toEqual(career.seasonsConnection.edges.slice(0, 2).map((edge: any) => edge.node));
  });
});
