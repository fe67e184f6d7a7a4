/**
 * Claims and conflicts in the API, on the invented claims fixtures (tests/fixtures/claims/): what
 * each source says of a node or relationship, the value the graph answers with, and every dispute,
 * filtered and paged, one statement per request level.
 */
import { useTestApi } from '../support/api';
import { ALMANAC, ENCYCLOPEDIA, GAZETTE, IDA, NORTH_TOWN, RACE, RITA, SOUTH_TOWN, useClaimsGraph } from '../support/claims-fixtures';

const api = useTestApi({ seeded: false });
useClaimsGraph();

async function read(query: string, variables?: Record<string, unknown>, reads: 'compiled' | 'loaders' = 'compiled') {
  const response = await (reads === 'compiled' ? api().query(query, variables) : api().queryLoaders(query, variables));
  expect(response.errors).toBeUndefined();
  return { data: response.data as any, statements: response.extensions?.cypherStatements };
}

/** The request read by the loaders alone (the compiler's fallback). */
const readByLoaders = (query: string, variables?: Record<string, unknown>) => read(query, variables, 'loaders');

const RACE_ENTRY = `${RITA}|ENTERED_RACE|${RACE}`;
const GROUPS = {
  idaBorn: `${IDA}#born`,
  ritaBornIn: `${RITA}#BORN_IN`,
  ritaBorn: `${RITA}#born`,
  finish: `${RACE_ENTRY}#finishPosition`,
};

describe('claims on a node', () => {
  test('every source\'s claim of a property, the preferred first, with its support and why it was preferred', async () => {
    const { data } = await read(`{
      person(id: "${RITA}") {
        born
        claims(property: "born") { property value preferred disputed pinned rule storage quote quotes locator excerpt source { id storage } }
      }
    }`);
    expect(data.person.born).toBe('1987-09');
    expect(data.person.claims).toEqual([
      {
        property: 'born', value: '1987-09', preferred: true, disputed: true, pinned: false, rule: 'AGREEMENT', storage: 'CITED',
        quote: 'Rita Fast, the Freedonian born in September 1987, came home fifth.', quotes: [], locator: 'Paragraph 3',
        excerpt: 'Rita Fast, the Freedonian born in September 1987, came home fifth.', source: { id: GAZETTE, storage: 'CITED' },
      },
      {
        property: 'born', value: '1987', preferred: false, disputed: true, pinned: false, rule: 'AGREEMENT', storage: 'STORED',
        quote: 'Rita Fast is a Freedonian racing driver, born in 1987 in North Town.',
        quotes: ['Rita Fast is a Freedonian racing driver, born in 1987 in North Town.'], locator: null, excerpt: null,
        source: { id: ALMANAC, storage: 'STORED' },
      },
      {
        property: 'born', value: '1988-04-02', preferred: false, disputed: true, pinned: false, rule: 'AGREEMENT', storage: 'CITED',
        quote: 'Rita Fast (born 2 April 1988 in South Town) is a Freedonian racing driver.', quotes: [], locator: 'Lead section, paragraph 1',
        excerpt: 'Rita Fast (born 2 April 1988 in South Town) is a Freedonian racing driver.', source: { id: ENCYCLOPEDIA, storage: 'CITED' },
      },
    ]);
  });

  test('without a property: existence claims first (oldest first), then each property; agreed values are all preferred', async () => {
    const { data } = await read(`{ person(id: "${RITA}") { name claims { id property value preferred disputed rule addedAt source { id } } } }`);
    const claims = data.person.claims;
    expect(claims.map((claim: any) => [claim.property, claim.value, claim.source.id])).toEqual([
      [null, null, ALMANAC], [null, null, ENCYCLOPEDIA], [null, null, GAZETTE],
      ['born', '1987-09', GAZETTE], ['born', '1987', ALMANAC], ['born', '1988-04-02', ENCYCLOPEDIA],
      ['gender', 'female', ALMANAC], ['gender', 'female', ENCYCLOPEDIA],
      ['name', 'Rita Fast', ALMANAC], ['name', 'Rita Fast', ENCYCLOPEDIA], ['name', 'Rita Fast', GAZETTE],
      ['nationality', 'Freedonian', ALMANAC], ['nationality', 'Freedonian', ENCYCLOPEDIA], ['nationality', 'Freedonian', GAZETTE],
      ['roles', 'driver', ALMANAC],
    ]);
    const agreed = claims.filter((claim: any) => claim.property !== 'born');
    expect(agreed.every((claim: any) => claim.preferred && !claim.disputed && claim.rule === null)).toBe(true);
    expect(new Set(claims.map((claim: any) => claim.id)).size).toBe(claims.length);
    expect(claims[0].addedAt <= claims[1].addedAt && claims[1].addedAt <= claims[2].addedAt).toBe(true);
    expect(claims[0].addedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
    expect(data.person.name).toBe('Rita Fast');
  });

  test('a property the label does not state is refused, naming the ones it does', async () => {
    const response = await api().query(`{ person(id: "${RITA}") { claims(property: "shoeSize") { id } } }`);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'property' });
    expect(response.errors?.[0].message).toMatch(/"shoeSize".*nationality.*born/);
    // A property only the graph derives (earliestYear on a race) is no source's claim either.
    const derived = await api().query(`{ race(id: "${RACE}") { claims(property: "earliestYear") { id } } }`);
    expect(derived.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'property' });
  });
});

describe('claims on a relationship (its edge type)', () => {
  test('a to-one field answers with the preferred end of a disputed relationship, and both relationships stay', async () => {
    // North Town sorts first by name; the encyclopedia's South Town is preferred (it is the newer source).
    const { data } = await read(`{
      person(id: "${RITA}") { birthPlace { id } }
      conflicts(entityId: "${RITA}", first: 5) { edges { node { relationshipType claims(first: 5) { preferred relationship { to { id } } } } } }
    }`);
    expect(data.person.birthPlace).toEqual({ id: SOUTH_TOWN });
    const bornIn = data.conflicts.edges.map((edge: any) => edge.node).find((conflict: any) => conflict.relationshipType === 'BORN_IN');
    const ends = bornIn.claims.map((claim: any) => [claim.relationship.to.id, claim.preferred]);
    expect(ends.sort()).toEqual([[NORTH_TOWN, false], [SOUTH_TOWN, true]]);
  });

  test('by the loaders, a to-one field reads claims only for a node with more than one end: one more statement for the whole batch', async () => {
    // person, birthPlace; Ida has no birth place, so nothing is disputed and no claim is read.
    const single = await readByLoaders(`{ person(id: "${IDA}") { birthPlace { id } } }`);
    expect(single.data.person.birthPlace).toBeNull();
    expect(single.statements).toBe(2);
    // Rita has two ends: one more statement tells which relationship lost its dispute.
    const contested = await readByLoaders(`{ person(id: "${RITA}") { birthPlace { id } } }`);
    expect(contested.data.person.birthPlace).toEqual({ id: SOUTH_TOWN });
    expect(contested.statements).toBe(3);
    // Both people in one request: the list's own statements, one for the birth places of all, and
    // one for the disputes among them.
    const list = await readByLoaders('{ people(first: 10) { edges { node { id } } } }');
    const both = await readByLoaders('{ people(first: 10) { edges { node { id birthPlace { id } } } } }');
    const places = Object.fromEntries(both.data.people.edges.map((edge: any) => [edge.node.id, edge.node.birthPlace?.id ?? null]));
    expect(places).toMatchObject({ [RITA]: SOUTH_TOWN, [IDA]: null });
    expect(both.statements).toBe(Number(list.statements) + 2);
  });

  test('compiled, a to-one field and its dispute are read in the root field\'s one statement', async () => {
    const single = await read(`{ person(id: "${IDA}") { birthPlace { id } } }`);
    expect(single.data.person.birthPlace).toBeNull();
    expect(single.statements).toBe(1);
    const contested = await read(`{ person(id: "${RITA}") { birthPlace { id } } }`);
    expect(contested.data.person.birthPlace).toEqual({ id: SOUTH_TOWN });
    expect(contested.statements).toBe(1);
    // A list of people with their birth places costs what the list alone costs.
    const list = await read('{ people(first: 10) { edges { node { id } } } }');
    const both = await read('{ people(first: 10) { edges { node { id birthPlace { id } } } } }');
    const places = Object.fromEntries(both.data.people.edges.map((edge: any) => [edge.node.id, edge.node.birthPlace?.id ?? null]));
    expect(places).toMatchObject({ [RITA]: SOUTH_TOWN, [IDA]: null });
    expect(both.statements).toBe(list.statements);
  });

  test('a race result: every source\'s finishing position, the answer by source order, and the claim of the start it alone gives', async () => {
    const { data } = await read(`{
      person(id: "${RITA}") { races(first: 5) { finishPosition startPosition claims(first: 10) { property value preferred rule source { id } relationship { type from { id } to { id } key } } } }
    }`);
    const [entry] = data.person.races;
    expect(entry.finishPosition).toBe(4);
    expect(entry.startPosition).toBe(2);
    expect(entry.claims.map((claim: any) => [claim.property, claim.value, claim.preferred, claim.rule, claim.source.id])).toEqual([
      [null, null, true, null, ALMANAC], [null, null, true, null, ENCYCLOPEDIA], [null, null, true, null, GAZETTE],
      ['finishPosition', 4, true, 'SOURCE_ORDER', ENCYCLOPEDIA],
      ['finishPosition', 3, false, 'SOURCE_ORDER', ALMANAC],
      ['finishPosition', 5, false, 'SOURCE_ORDER', GAZETTE],
      ['startPosition', 2, true, null, ALMANAC],
    ]);
    expect(entry.claims[0].relationship).toEqual({ type: 'ENTERED_RACE', from: { id: RITA }, to: { id: RACE }, key: null });
  });

  test('the same edge read from its other end has the same claims; a property the type does not state is refused', async () => {
    const { data } = await read(`{ race(id: "${RACE}") { entries(first: 5) { claims(property: "finishPosition", first: 10) { value source { id } } } } }`);
    expect(data.race.entries[0].claims).toEqual([
      { value: 4, source: { id: ENCYCLOPEDIA } }, { value: 3, source: { id: ALMANAC } }, { value: 5, source: { id: GAZETTE } },
    ]);
    const response = await api().query(`{ race(id: "${RACE}") { entries { claims(property: "born") { id } } } }`);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'property' });
    expect(response.errors?.[0].message).toMatch(/ENTERED_RACE.*finishPosition/);
  });
});

const CONFLICTS = `query($entityId: ID, $sourceId: ID, $first: Int, $after: String) {
  conflicts(entityId: $entityId, sourceId: $sourceId, first: $first, after: $after) {
    totalCount
    edges { cursor node { id } }
    pageInfo { hasNextPage hasPreviousPage endCursor }
  }
}`;

async function conflictIds(variables: Record<string, unknown>): Promise<string[]> {
  const { data } = await read(CONFLICTS, { first: 20, ...variables });
  expect(data.conflicts.totalCount).toBe(data.conflicts.edges.length);
  return data.conflicts.edges.map((edge: any) => edge.node.id);
}

describe('conflicts', () => {
  test('one per disputed group, ordered by id: what is disputed, the answer, the rule and every claim', async () => {
    const { data } = await read(`{
      conflicts(first: 5) {
        totalCount
        edges { node {
          id subject property relationshipType rule entity { __typename id }
          preferred { value source { id } relationship { to { id } } }
          claims(first: 5) { value preferred disputed source { id } relationship { to { id } } }
        } }
      }
    }`);
    expect(data.conflicts.totalCount).toBe(4);
    const [ida, bornIn, born, finish] = data.conflicts.edges.map((edge: any) => edge.node);
    expect([ida.id, bornIn.id, born.id, finish.id]).toEqual([GROUPS.idaBorn, GROUPS.ritaBornIn, GROUPS.ritaBorn, GROUPS.finish]);
    expect(ida).toMatchObject({
      subject: IDA, property: 'born', relationshipType: null, rule: 'RECENCY', entity: { __typename: 'Person', id: IDA },
      preferred: { value: '1991', source: { id: GAZETTE }, relationship: null },
    });
    expect(ida.claims.map((claim: any) => [claim.value, claim.preferred, claim.source.id])).toEqual([['1991', true, GAZETTE], ['1990', false, ALMANAC]]);
    // A to-one relationship type with two ends: the claims are its relationships' existence claims, told apart by their end.
    expect(bornIn).toMatchObject({
      subject: RITA, property: null, relationshipType: 'BORN_IN', rule: 'RECENCY', entity: { id: RITA },
      preferred: { value: null, source: { id: ENCYCLOPEDIA }, relationship: { to: { id: SOUTH_TOWN } } },
    });
    expect(bornIn.claims.map((claim: any) => [claim.relationship.to.id, claim.preferred, claim.source.id])).toEqual([
      [SOUTH_TOWN, true, ENCYCLOPEDIA], ['test-claims-north-town', false, ALMANAC],
    ]);
    expect(born).toMatchObject({ subject: RITA, property: 'born', rule: 'AGREEMENT', preferred: { value: '1987-09', source: { id: GAZETTE } } });
    expect(born.claims).toHaveLength(3);
    expect(born.claims.every((claim: any) => claim.disputed)).toBe(true);
    expect(finish).toMatchObject({
      subject: RACE_ENTRY, property: 'finishPosition', relationshipType: 'ENTERED_RACE', rule: 'SOURCE_ORDER', entity: { id: RITA },
      preferred: { value: 4, source: { id: ENCYCLOPEDIA } },
    });
  });

  test('filtered by an entity: any claim of the dispute about it (a node, or an end of a relationship)', async () => {
    expect(await conflictIds({ entityId: IDA })).toEqual([GROUPS.idaBorn]);
    expect(await conflictIds({ entityId: RITA })).toEqual([GROUPS.ritaBornIn, GROUPS.ritaBorn, GROUPS.finish]);
    expect(await conflictIds({ entityId: SOUTH_TOWN })).toEqual([GROUPS.ritaBornIn]);
    expect(await conflictIds({ entityId: RACE })).toEqual([GROUPS.finish]);
    expect(await conflictIds({ entityId: 'test-claims-nobody' })).toEqual([]);
  });

  test('filtered by a source: the disputes it has a claim in; with an entity, both must hold', async () => {
    expect(await conflictIds({ sourceId: ALMANAC })).toEqual([GROUPS.idaBorn, GROUPS.ritaBornIn, GROUPS.ritaBorn, GROUPS.finish]);
    expect(await conflictIds({ sourceId: ENCYCLOPEDIA })).toEqual([GROUPS.ritaBornIn, GROUPS.ritaBorn, GROUPS.finish]);
    expect(await conflictIds({ sourceId: GAZETTE })).toEqual([GROUPS.idaBorn, GROUPS.ritaBorn, GROUPS.finish]);
    expect(await conflictIds({ sourceId: GAZETTE, entityId: RITA })).toEqual([GROUPS.ritaBorn, GROUPS.finish]);
    // The place only the encyclopedia names: the dispute still counts the almanac's claim of the other place.
    expect(await conflictIds({ sourceId: ALMANAC, entityId: SOUTH_TOWN })).toEqual([GROUPS.ritaBornIn]);
  });

  test('keyset pages: the cursor of the last edge starts the next page; a made-up cursor is refused', async () => {
    const first = await read(CONFLICTS, { first: 3 });
    expect(first.data.conflicts.edges.map((edge: any) => edge.node.id)).toEqual([GROUPS.idaBorn, GROUPS.ritaBornIn, GROUPS.ritaBorn]);
    expect(first.data.conflicts.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(first.data.conflicts.totalCount).toBe(4);
    const second = await read(CONFLICTS, { first: 3, after: first.data.conflicts.pageInfo.endCursor });
    expect(second.data.conflicts.edges.map((edge: any) => edge.node.id)).toEqual([GROUPS.finish]);
    expect(second.data.conflicts.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const filtered = await read(CONFLICTS, { first: 1, sourceId: ENCYCLOPEDIA });
    const next = await read(CONFLICTS, { first: 5, sourceId: ENCYCLOPEDIA, after: filtered.data.conflicts.pageInfo.endCursor });
    expect(next.data.conflicts.edges.map((edge: any) => edge.node.id)).toEqual([GROUPS.ritaBorn, GROUPS.finish]);
    const bad = await api().query(CONFLICTS, { after: 'not-a-cursor' });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    const tooMany = await api().query(CONFLICTS, { first: 101 });
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
  });
});

describe('statements: one per request level, whatever the number of claims and conflicts', () => {
  test('claims of many nodes and of their relationships, with their sources', async () => {
    const query = `query($name: String!) {
      people(first: 10, filter: { nameContains: $name }) { edges { node {
        claims(first: 5) { value source { id } }
        races(first: 3) { claims(first: 3) { value } }
      } } }
    }`;
    const one = await readByLoaders(query, { name: 'Rita' });
    const all = await readByLoaders(query, { name: 'a' });
    expect(one.data.people.edges).toHaveLength(1);
    expect(all.data.people.edges).toHaveLength(2);
    expect(all.data.people.edges.flatMap((edge: any) => edge.node.claims).length).toBeGreaterThan(one.data.people.edges[0].node.claims.length);
    // people (a page not filled by named people also reads the unnamed ones: one more, as for every list of people),
    // their claims, their claims' sources, the races (edges) and the races' claims.
    expect(one.statements).toBe(6);
    expect(all.statements).toBe(one.statements);
    // Compiled, the races come with the people (both page statements); claims are left to their
    // loader, which now gets the people's and the races' subjects in one tick: one statement for both.
    const compiled = await read(query, { name: 'a' });
    expect(compiled.data).toEqual(all.data);
    expect(compiled.statements).toBe(4);
  });

  test('conflicts with their entity, claims and sources', async () => {
    const query = `query($first: Int!) {
      conflicts(first: $first) { edges { node { entity { id } preferred { source { id } } claims(first: 5) { value source { title } } } } }
    }`;
    const one = await read(query, { first: 1 });
    const all = await read(query, { first: 20 });
    expect(all.data.conflicts.edges).toHaveLength(4);
    // The page (with every claim of each conflict), then the entities and sources in one batch of the node loader.
    expect(one.statements).toBe(2);
    expect(all.statements).toBe(2);
  });
});
