/**
 * The explorer's neighbourhood queries, derived from the graph model, are valid against the API's
 * schema, for every node type, and within its default query cost; and they cover every
 * relationship field the model gives the type, except the family ties, which come through lineage.
 */
import { parse, validate } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { loadConfig } from '../../src/config/config';
import { armorCostEstimator } from '../../src/graphql/query-cost.plugin';
import { neighbourhoodSpecs } from '../../src/explorer/neighbourhood-queries';
import { NODE_FACTS } from '../../src/explorer/node-facts';
import { NODE_LABEL_FIELDS } from '../../src/explorer/node-labels';
import { KINSHIP_TYPES } from '../../src/explorer/relationship-words';
import { buildGraphSchema } from '../../src/graph/schema';
import { GRAPH_MODEL } from '../../src/model/graph-model';
import { relationshipFieldsOf } from '../../src/model/model-queries';

const specs = neighbourhoodSpecs(GRAPH_MODEL);

test('one query per node type of the model, each valid against the schema the server serves', async () => {
  const schema = await buildGraphSchema();
  expect(Object.keys(specs).sort()).toEqual(GRAPH_MODEL.nodes.map((node) => node.label).sort());
  for (const [label, spec] of Object.entries(specs)) {
    expect([label, validate(schema, parse(spec.document)).map((error) => error.message)]).toEqual([label, []]);
  }
});

test('each costs less than the default MAX_QUERY_COST, with room to spare (the node\'s claims and conflicts included)', async () => {
  const schema = await buildGraphSchema();
  const limit = loadConfig({}).http.limits.cost;
  for (const [label, spec] of Object.entries(specs)) {
    const cost = getComplexity({ schema, query: parse(spec.document), variables: { id: 'any' }, estimators: [armorCostEstimator] });
    expect([label, cost < 0.8 * limit]).toEqual([label, true]);
  }
});

test('a link for every relationship field of the type (family ties through lineage), with its stored type and direction', () => {
  expect([...KINSHIP_TYPES].sort()).toEqual(['HAS_RELATIVE', 'PARENT_OF', 'SIBLING_OF', 'SPOUSE_OF']);
  for (const node of GRAPH_MODEL.nodes) {
    const expected = relationshipFieldsOf(GRAPH_MODEL, node.label)
      .filter(({ relationship }) => !KINSHIP_TYPES.has(relationship.type))
      .map(({ relationship, field }) => [field.name, relationship.type, field.direction]);
    const derived = specs[node.label].links.map((link) => [link.field, link.type, link.direction]);
    expect(derived.slice(0, expected.length)).toEqual(expected);
  }
  expect(specs.Person.document).toContain('lineage(personId: $id, maxDepth: 1)');
  expect(specs.Team.links.map((link) => link.field)).toContain('seasonEntries');
});

test('the fields that name any node, and its facts, are derived from the model and valid against the schema', async () => {
  const schema = await buildGraphSchema();
  const naming = `query Name($id: ID!) { node(id: $id) { ${NODE_LABEL_FIELDS} } }`;
  expect(validate(schema, parse(naming)).map((error) => error.message)).toEqual([]);
  expect(validate(schema, parse(NODE_FACTS)).map((error) => error.message)).toEqual([]);
  for (const node of GRAPH_MODEL.nodes) {
    expect(NODE_LABEL_FIELDS).toContain(`... on ${node.label} { ${node.nameProperty}`);
    expect(NODE_FACTS).toContain(`... on ${node.label} { ${node.nameProperty}`);
  }
  expect(NODE_LABEL_FIELDS).toContain('... on Person { name description }');
});
