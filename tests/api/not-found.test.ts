/**
 * Unknown ids: a question that cannot be asked (lineage, connection or timeline of an id that
 * names nothing) is a NOT_FOUND error naming the argument and the id; "no path" stays a plain
 * null. Root lookups by id answer null plus NOT_FOUND, so the other root fields still answer;
 * node(id:) keeps Relay's plain null. The success path sends no extra statement.
 */
import { useTestApi } from '../support/api';

const api = useTestApi();

test.each([
  { query: '{ lineage(personId: "no-such-person") { relatives { kinship } } }', field: 'lineage', argument: 'personId', id: 'no-such-person' },
  { query: '{ timeline(personId: "no-such-person") { title } }', field: 'timeline', argument: 'personId', id: 'no-such-person' },
  // An id of another kind of node is no person either.
  { query: '{ lineage(personId: "rette-jones-racing") { relatives { kinship } } }', field: 'lineage', argument: 'personId', id: 'rette-jones-racing' },
  { query: '{ connection(fromId: "no-such-node", toId: "danica-patrick") { length } }', field: 'connection', argument: 'fromId', id: 'no-such-node' },
  { query: '{ connection(fromId: "amber-balcaen", toId: "no-such-node") { length } }', field: 'connection', argument: 'toId', id: 'no-such-node' },
])('$field with an unknown $argument → NOT_FOUND naming $argument and the id', async ({ query, field, argument, id }) => {
  const response = await api().query(query);
  expect(response.status).toBe(200);
  expect(response.data).toEqual({ [field]: null });
  expect(response.errors).toHaveLength(1);
  const [error] = response.errors!;
  expect(error.extensions).toEqual({ code: 'NOT_FOUND', argument });
  expect(error.message).toContain(`"${id}"`);
  expect(error.message).toContain(argument);
  expect(error.path).toEqual([field]);
});

test('no path between two nodes that exist is null without an error', async () => {
  // Within one relationship Mike Balcaen does not reach Rette Jones Racing (it takes two).
  const response = await api().query('{ connection(fromId: "amber-balcaen", toId: "lou-kennedy-sr", maxLength: 1) { length } far: connection(fromId: "mike-balcaen", toId: "rette-jones-racing", maxLength: 1) { length } }');
  expect(response.errors).toBeUndefined();
  expect(response.data).toEqual({ connection: { length: 1 }, far: null });
});

test('a path found costs one statement; the existence check runs only when there is none', async () => {
  const found = await api().query('{ connection(fromId: "amber-balcaen", toId: "danica-patrick") { length } }');
  expect(found.errors).toBeUndefined();
  expect(found.extensions?.cypherStatements).toBe(1);
  const lineage = await api().query('{ lineage(personId: "amber-balcaen") { relatives { kinship } } }');
  expect(lineage.errors).toBeUndefined();
  expect(lineage.extensions?.cypherStatements).toBe(1);
});

test.each([
  ['person', 'Person'], ['team', 'Team'], ['series', 'Series'], ['season', 'Season'], ['race', 'Race'],
  ['venue', 'Venue'], ['organization', 'Organization'], ['source', 'Source'],
])('%s(id:) with an unknown id → null and NOT_FOUND naming the id; the other fields still answer', async (field, label) => {
  const response = await api().query(`{ missing: ${field}(id: "no-such-id") { id } amber: person(id: "amber-balcaen") { id } }`);
  expect(response.status).toBe(200);
  expect(response.data).toEqual({ missing: null, amber: { id: 'amber-balcaen' } });
  expect(response.errors).toEqual([
    expect.objectContaining({ path: ['missing'], extensions: { code: 'NOT_FOUND', argument: 'id' } }),
  ]);
  expect(response.errors![0].message).toBe(`No ${label} has the id "no-such-id" (argument "id").`);
});

test('an id of another type is NOT_FOUND too; node(id:) stays a plain null', async () => {
  const response = await api().query('{ team: person(id: "rette-jones-racing") { id } node(id: "nope") { id } }');
  expect(response.data).toEqual({ team: null, node: null });
  expect(response.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([[['team'], 'NOT_FOUND']]);
});
