/**
 * The seed file schema is derived from the graph model: what the model declares, a seed file may
 * state, with the model's limits; what it does not, a seed file cannot.
 */
import { GRAPH_MODEL } from '../../src/model/graph-model';
import { seedSchemas } from '../../src/seed/seed-file.schema';
import { EXTENDED_MODEL } from '../support/extended-model';

const quotes = ['Her coach, Ann Roe, taught her to race.'];
const coached = { type: 'COACHED', from: 'ann-roe', to: 'zoe-roe', since: 2015, quotes };

test('every relationship type that sources state, and only those, is a seed relationship type', () => {
  const { relationship } = seedSchemas(GRAPH_MODEL);
  for (const rel of GRAPH_MODEL.relationships) {
    const required = { HAS_RELATIVE: { kinship: 'uncle' }, ASPIRES_TO: { goal: 'a podium' } }[rel.type] ?? {};
    const parsed = relationship.safeParse({ type: rel.type, from: 'a', to: 'b', quotes, ...required });
    expect([rel.type, parsed.success]).toEqual([rel.type, rel.curated]);
  }
});

test('a type and a property added to the model declaration alone are in the seed schema, with their limits', () => {
  expect(seedSchemas(GRAPH_MODEL).relationship.safeParse(coached).success).toBe(false);
  const { relationship, node } = seedSchemas(EXTENDED_MODEL);
  expect(relationship.safeParse(coached).success).toBe(true);
  const tooEarly = relationship.safeParse({ ...coached, since: 1700 });
  expect(tooEarly.success).toBe(false);
  expect(tooEarly.error?.issues[0].path).toEqual(['since']);
  const person = { label: 'Person', id: 'ann-roe', name: 'Ann Roe', nickname: 'The Professor', quotes };
  expect(node.safeParse(person).success).toBe(true);
  expect(seedSchemas(GRAPH_MODEL).node.safeParse(person).success).toBe(false);
  expect(node.safeParse({ ...person, nickname: 'x'.repeat(101) }).success).toBe(false);
});

test('limits are the model\'s: a name longer than the model allows is refused', () => {
  const { node } = seedSchemas(GRAPH_MODEL);
  const max = GRAPH_MODEL.nodes.find((n) => n.label === 'Team')!.properties.name.max!;
  expect(node.safeParse({ label: 'Team', id: 't', name: 'x'.repeat(max), quotes }).success).toBe(true);
  expect(node.safeParse({ label: 'Team', id: 't', name: 'x'.repeat(max + 1), quotes }).success).toBe(false);
});
