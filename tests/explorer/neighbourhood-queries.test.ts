/**
 * The explorer's neighbourhood queries, derived from the graph model, are valid against the API's
 * schema, for every node type, and each within its default query cost (the node's, and one per list
 * field, a page of NEIGHBOURS_SHOWN); and they cover every relationship field the model gives the
 * type, except the family ties, which come through lineage.
 */
import { parse, validate } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { loadConfig } from '../../src/config/config';
import { armorCostEstimator } from '../../src/graphql/query-cost.plugin';
import { NEIGHBOURS_SHOWN, neighbourhoodSpecs, TypeSpec } from '../../src/explorer/neighbourhood-queries';
import { NODE_FACTS } from '../../src/explorer/node-facts';
import { LINEAGE, LINEAGE_DEPTH } from '../../src/explorer/lineage-data';
import { TIMELINE } from '../../src/explorer/timeline-data';
import { CONNECTION, PATH_MAX_LENGTH } from '../../src/explorer/path-data';
import { RELATIONSHIP } from '../../src/explorer/relationship-evidence';
import { NODE_LABEL_FIELDS } from '../../src/explorer/node-labels';
import { KINSHIP_TYPES } from '../../src/explorer/relationship-words';
import { buildGraphSchema } from '../../src/graph/schema';
import { GRAPH_MODEL } from '../../src/model/graph-model';
import { relationshipFieldsOf } from '../../src/model/model-queries';
import { useTestApi } from '../support/api';

const specs = neighbourhoodSpecs(GRAPH_MODEL);
const documentsOf = (label: string, spec: TypeSpec): [string, string][] => [
  [label, spec.document],
  ...spec.roots.map((root, index): [string, string] => [`${label} root ${index}`, root]),
  ...(spec.claims ? [[`${label} claims`, spec.claims] as [string, string]] : []),
  ...spec.lists.map((list): [string, string] => [`${label}.${list.field}`, list.document]),
];

test('one query per node type of the model, each valid against the schema the server serves', async () => {
  const schema = await buildGraphSchema();
  expect(Object.keys(specs).sort()).toEqual(GRAPH_MODEL.nodes.map((node) => node.label).sort());
  for (const [label, spec] of Object.entries(specs)) {
    for (const [name, document] of documentsOf(label, spec)) {
      expect([name, validate(schema, parse(document)).map((error) => error.message)]).toEqual([name, []]);
    }
  }
});

test('each costs less than the default MAX_QUERY_COST, with room to spare (the node\'s claims and conflicts included)', async () => {
  const schema = await buildGraphSchema();
  const limit = loadConfig({}).http.limits.cost;
  for (const [label, spec] of Object.entries(specs)) {
    for (const [name, document] of documentsOf(label, spec)) {
      const cost = getComplexity({ schema, query: parse(document), variables: { id: 'any' }, estimators: [armorCostEstimator] });
      expect([name, cost < 0.8 * limit]).toEqual([name, true]);
    }
  }
});

test("the explorer's other documents (family tree, timeline, path, a relationship's evidence, a node's facts) cost less than the limit, with room to spare", async () => {
  const schema = await buildGraphSchema();
  const limit = loadConfig({}).http.limits.cost;
  const documents: [string, string, Record<string, unknown>][] = [
    ['lineage', LINEAGE, { id: 'any', depth: LINEAGE_DEPTH, after: null }],
    ['timeline', TIMELINE, { id: 'any' }],
    ['path', CONNECTION, { from: 'a', to: 'b', maxLength: PATH_MAX_LENGTH }],
    ['relationship evidence', RELATIONSHIP, { from: 'a', to: 'b' }],
    ['node facts', NODE_FACTS, { id: 'any' }],
  ];
  for (const [name, document, variables] of documents) {
    const cost = getComplexity({ schema, query: parse(document), variables, estimators: [armorCostEstimator] });
    // Each asks for citations, whose page (CITATION_PAGE.default) the cost counts for every cited element.
    expect([name, cost < 0.8 * limit]).toEqual([name, true]);
  }
});

test('every list field is asked for in a request of its own, a page of NEIGHBOURS_SHOWN with its total; to-one fields with the node', () => {
  for (const node of GRAPH_MODEL.nodes) {
    const fields = relationshipFieldsOf(GRAPH_MODEL, node.label).filter(({ relationship }) => !KINSHIP_TYPES.has(relationship.type));
    const spec = specs[node.label];
    expect([node.label, spec.lists.map((list) => list.field)]).toEqual([node.label, fields.filter((of) => !of.toOne).map(({ field }) => field.name)]);
    for (const list of spec.lists) {
      expect(list.document).toContain(`${list.field}(first: ${NEIGHBOURS_SHOWN}) {`);
      expect(list.document).toContain(`${list.field}Connection(first: ${NEIGHBOURS_SHOWN}) { totalCount }`);
    }
    for (const { field } of fields.filter((of) => of.toOne)) expect([node.label, spec.document]).toEqual([node.label, expect.stringContaining(`${field.name} {`)]);
  }
  expect(specs.Person.lists.length).toBeGreaterThan(10);
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
  expect(specs.Person.roots.join('\n')).toContain('lineage(personId: $id, maxDepth: 1)');
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

describe('against the API on the seed graph', () => {
  const api = useTestApi();

  test("a person's and a team's neighbourhood documents all answer, under the API's limits; the pages hold every neighbour the seed has", async () => {
    for (const [label, id] of [['Person', 'amber-balcaen'], ['Team', 'rette-jones-racing']]) {
      for (const [name, document] of documentsOf(label, specs[label])) {
        const response = await api().query(document, { id });
        expect([name, response.errors]).toEqual([name, undefined]);
      }
      for (const list of specs[label].lists) {
        const { data } = await api().query(list.document, { id });
        const shown = data.node[list.field] as unknown[];
        expect([list.field, shown.length]).toEqual([list.field, data.node[`${list.field}Connection`].totalCount]);
      }
    }
  });
});
