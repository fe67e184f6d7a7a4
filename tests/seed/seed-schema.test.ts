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
    const required = { HAS_RELATIVE: { kinship: 'uncle' }, ASPIRES_TO: { goal: 'a podium' }, HELD_ROLE: { role: 'owner' } }[rel.type] ?? {};
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

describe('a fact the model cannot hold is refused with a message naming it', () => {
  const { node, relationship, seedFile } = seedSchemas(GRAPH_MODEL);
  const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) => {
    expect(result.success).toBe(false);
    return result.error!.issues.map((issue) => issue.message);
  };
  const person = { label: 'Person', id: 'ann-roe', name: 'Ann Roe', quotes };

  test('an unknown property of a node names the property and the label, says the model has no place for it, and points to note', () => {
    const [message] = messages(node.safeParse({ ...person, vehicleColour: 'red' }));
    expect(message).toMatch(/^the label Person has no property "vehicleColour": the graph model has no place for it \(it takes: label, id, quotes, locator, excerpt, name, /);
    expect(message).toMatch(/commentary that is not a fact of the model goes in "note"$/);
  });

  test('an unknown property of a relationship names the property and the type', () => {
    const entry = { type: 'ENTERED_RACE', from: 'ann-roe', to: 'some-race', finishPosition: 2, quotes };
    const [message] = messages(relationship.safeParse({ ...entry, vehicleColour: 'red', tyres: 'soft' }));
    expect(message).toMatch(/^the relationship type ENTERED_RACE has no properties "vehicleColour", "tyres": the graph model has no place for them \(it takes: type, from, to, quotes, .*\bcrewRole\b/);
    expect(message).toMatch(/goes in "note"$/);
  });

  test('a label without a note (Place) does not point to one', () => {
    const [message] = messages(node.safeParse({ label: 'Place', id: 'x', name: 'X', kind: 'city', population: 5, quotes }));
    expect(message).toMatch(/^the label Place has no property "population"/);
    expect(message).not.toMatch(/note/);
  });

  test('a property the graph derives is named as derived, not as unknown', () => {
    const event = { label: 'Event', id: 'e', title: 'Started racing', kind: 'career-start', quotes };
    expect(node.safeParse(event).success).toBe(true);
    expect(messages(node.safeParse({ ...event, earliestYear: 1990 }))).toEqual([
      '"earliestYear" of the label Event is derived by the graph, never stated in a seed file',
    ]);
  });

  test('an unknown label is named, with the known labels', () => {
    const result = node.safeParse({ label: 'Car', id: 'x', name: 'X', quotes });
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['label']]);
    const [message] = messages(result);
    expect(message).toMatch(/^unknown label "Car": the graph model has no place for it \(known labels: Person, Family, Team, /);
    for (const label of ['Meeting', 'Class', 'Vehicle', 'Award']) expect(message).toContain(label);
  });

  test('an unknown relationship type is named, with the known types; a missing label says so', () => {
    const [owns] = messages(relationship.safeParse({ type: 'OWNS', from: 'a', to: 'b', quotes }));
    expect(owns).toMatch(/^unknown relationship type "OWNS": the graph model has no place for it \(known relationship types: PARENT_OF, .*\bHELD_ROLE\b/);
    const [missing] = messages(node.safeParse({ id: 'x', name: 'X', quotes }));
    expect(missing).toMatch(/^"label" is missing \(known labels: Person, /);
  });

  test('a label or type the graph keeps itself (Source, PUBLISHED_BY) is named as such', () => {
    expect(messages(node.safeParse({ label: 'Source', id: 'x', quotes }))[0]).toMatch(/^label "Source" is not stated in seed files/);
    expect(messages(relationship.safeParse({ type: 'PUBLISHED_BY', from: 'a', to: 'b', quotes }))[0])
      .toMatch(/^relationship type "PUBLISHED_BY" is not stated in seed files/);
  });

  test('an unknown section of a seed file or key of its source is named', () => {
    const source = { id: 's', title: 'S', kind: 'other', publisher: 'p', text: 'sources/s.txt' };
    const issues = seedFile.safeParse({ source: { ...source, author: 'me' }, nodes: [person], comments: 'x' }).error?.issues ?? [];
    expect(issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual(expect.arrayContaining([
      ['', 'a seed file has no property "comments": the graph model has no place for it (it takes: source, nodes, relationships)'],
      ['source', expect.stringMatching(/^the source has no property "author": the graph model has no place for it \(it takes: id, publisher, text, title, kind, authors, published, url, retrieved, licence\)$/)],
    ]));
  });

  test('for a model with more, the messages follow that model', () => {
    const [message] = messages(seedSchemas(EXTENDED_MODEL).node.safeParse({ ...person, nickname: 'Roe', vehicleColour: 'red' }));
    expect(message).toMatch(/\(it takes: .*\bnickname\b/);
  });
});
