/**
 * A relationship type and a property added to the model declaration alone show up in everything
 * derived from it here: the explorer's words and neighbourhood query, the CSV columns, the GraphML
 * keys, the JSON-LD context and docs/MODEL.md. The model is GRAPH_MODEL plus `COACHED`
 * (Person→Person, with `since: int` and API fields on both sides) plus `Person.nickname`.
 */
import jsonld from 'jsonld';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseGraphql } from 'graphql';
import { NEIGHBOURS_SHOWN, neighbourhoodSpecs } from '../../src/explorer/neighbourhood-queries';
import { kinshipTypes, wordsFor } from '../../src/explorer/relationship-words';
import { csvFiles } from '../../src/export/csv';
import { ExportError } from '../../src/export/export-error';
import { ExportedGraph } from '../../src/export/exported-graph';
import { graphmlFiles, graphmlKeys } from '../../src/export/graphml';
import { jsonldContext, jsonldDocument, nodeIri, VOCABULARY_IRI } from '../../src/export/jsonld';
import { modelMarkdown } from '../../src/generate/model-markdown';
import { GraphModel, RelationshipDeclaration } from '../../src/model/declaration';
import { GRAPH_MODEL } from '../../src/model/graph-model';
import { checkModel } from '../../src/model/model-queries';

const COACHED: RelationshipDeclaration = {
  type: 'COACHED',
  description: 'A coach and a driver they coached.',
  from: ['Person'],
  to: ['Person'],
  properties: { since: { type: 'int', min: 1880, max: 2100, reads: 'since {value}', description: 'The year the coaching began.' } },
  symmetric: false,
  cardinality: 'many-to-many',
  words: 'coach of',
  curated: true,
  edge: { name: 'Coaching', description: 'A coach and a driver.', fromField: { name: 'coach' }, toField: { name: 'driver' } },
  fields: [
    { on: 'Person', name: 'coached', direction: 'out', edge: true, description: 'Drivers this person coached.' },
    { on: 'Person', name: 'coaches', direction: 'in', edge: true, description: 'Who coached this person.' },
  ],
};

const MODEL: GraphModel = {
  ...GRAPH_MODEL,
  nodes: GRAPH_MODEL.nodes.map((node) => node.label !== 'Person' ? node : {
    ...node,
    properties: { ...node.properties, nickname: { type: 'string', max: 100, term: 'Nickname', jsonld: 'schema:additionalName' } },
  }),
  relationships: [...GRAPH_MODEL.relationships, COACHED],
};

const sourced = { sources: ['coaching-article'], quotes: ['She coached her from 2019.'] };

/** Two people, one coaching the other, in the shape the exporters read. */
const GRAPH: ExportedGraph = {
  scope: { kind: 'whole-graph' },
  nodes: [
    { id: 'ann-coach', labels: ['Entity', 'Person'], label: 'Person', properties: { name: 'Ann Coach', nickname: 'Ace', ...sourced } },
    { id: 'bea-driver', labels: ['Entity', 'Person'], label: 'Person', properties: { name: 'Bea Driver', roles: ['driver'], ...sourced } },
  ],
  relationships: [{ id: 'ann-coach:COACHED:bea-driver', type: 'COACHED', from: 'ann-coach', to: 'bea-driver', properties: { since: 2019, ...sourced } }],
};

test('the extended model is coherent', () => {
  expect(() => checkModel(MODEL)).not.toThrow();
});

describe('the explorer', () => {
  test('reads the new type in its declared words; the old model does not know them', () => {
    expect(wordsFor('COACHED', MODEL)).toBe('coach of');
    expect(wordsFor('COACHED', GRAPH_MODEL)).toBe('coached');
    expect(kinshipTypes(MODEL).has('COACHED')).toBe(false);
  });

  test("asks for the new fields in a person's neighbourhood, with the edge's property and evidence", () => {
    const person = neighbourhoodSpecs(MODEL).Person;
    const document = parseGraphql(person.document);
    expect(document.definitions).toHaveLength(1);
    const compact = person.document.replace(/\s+/g, ' ');
    expect(compact).toContain(' nickname ');
    // Each list field in a request of its own (a page: the query cost).
    const list = (field: string) => person.lists.find((candidate) => candidate.field === field)?.document.replace(/\s+/g, ' ');
    expect(list('coached')).toContain(`coached(first: ${NEIGHBOURS_SHOWN}) { driver { __typename id name } since sources {`);
    expect(list('coaches')).toContain(`coaches(first: ${NEIGHBOURS_SHOWN}) { coach { __typename id name } since sources {`);
    expect(JSON.stringify(neighbourhoodSpecs(GRAPH_MODEL).Person)).not.toContain('coach');

    const coached = person.links.find((link) => link.field === 'coached');
    const coaches = person.links.find((link) => link.field === 'coaches');
    expect([coached?.type, coached?.direction, coached?.via]).toEqual(['COACHED', 'out', 'driver']);
    expect([coaches?.type, coaches?.direction, coaches?.via]).toEqual(['COACHED', 'in', 'coach']);
    expect(coached?.detail?.({ since: 2019 })).toBe('since 2019');
    expect(coached?.detail?.({ since: null })).toBeUndefined();
    expect(person.details({ nationality: 'Canadian', nickname: 'Ace', roles: [], raced: false })).toEqual([
      ['Nationality', 'Canadian'], ['Nickname', 'Ace'], ['Raced', 'not that the sources say'],
    ]);
  });
});

describe('the exports', () => {
  test('CSV: the new property is a Person column before provenance; the new type has its own file and columns', () => {
    const files = new Map(csvFiles(GRAPH, MODEL).map((file) => [file.path, file.contents]));
    const [personColumns] = parseCsv(String(files.get('nodes/Person.csv')), { to_line: 1 }) as string[][];
    const declared = Object.keys(GRAPH_MODEL.nodes.find((node) => node.label === 'Person')!.properties);
    expect(personColumns).toEqual(['id', ...declared, 'nickname', 'sources', 'quotes']);
    expect(declared).not.toContain('nickname');
    const coached = parseCsv(String(files.get('relationships/COACHED.csv')), { columns: true }) as Record<string, string>[];
    expect(coached).toEqual([{ id: 'ann-coach:COACHED:bea-driver', from: 'ann-coach', to: 'bea-driver', since: '2019', sources: '["coaching-article"]', quotes: '["She coached her from 2019."]' }]);
  });

  test('GraphML: a string key for the new property, a long key for the new type\'s property', () => {
    const keys = graphmlKeys(MODEL);
    expect(keys.node.find((key) => key.name === 'nickname')).toEqual({ id: 'n_nickname', domain: 'node', name: 'nickname', type: 'string', list: false });
    expect(keys.edge.find((key) => key.name === 'since')).toEqual({ id: 'e_since', domain: 'edge', name: 'since', type: 'long', list: false });
    expect(graphmlKeys(GRAPH_MODEL).node.map((key) => key.name)).not.toContain('nickname');
    const [{ contents }] = graphmlFiles(GRAPH, MODEL);
    expect(contents).toContain('<key id="e_since" for="edge" attr.name="since" attr.type="long"');
    expect(contents).toContain('<data key="e_since">2019</data>');
  });

  test('JSON-LD: the context names the declared term, and the new type\'s statement carries its property', async () => {
    const context = jsonldContext(MODEL);
    expect(context.nickname).toBe('schema:additionalName');
    expect(jsonldContext(GRAPH_MODEL).nickname).toBeUndefined();
    const quads = (await jsonld.toRDF(jsonldDocument(GRAPH, MODEL), { safe: true } as jsonld.Options.ToRdf)) as
      { subject: { value: string }; predicate: { value: string }; object: { value: string } }[];
    const objects = (subject: string, predicate: string) => quads.filter((q) => q.subject.value === subject && q.predicate.value === predicate).map((q) => q.object.value);
    expect(objects(nodeIri('ann-coach'), 'https://schema.org/additionalName')).toEqual(['Ace']);
    expect(objects(nodeIri('ann-coach'), `${VOCABULARY_IRI}COACHED`)).toEqual([nodeIri('bea-driver')]);
    const statement = quads.find((q) => q.predicate.value === `${VOCABULARY_IRI}relationshipType` && q.object.value === 'COACHED')?.subject.value;
    expect(objects(String(statement), `${VOCABULARY_IRI}since`)).toEqual(['2019']);
  });

  test('a property or type the model does not declare is refused, by name', () => {
    expect(() => csvFiles(GRAPH, GRAPH_MODEL)).toThrow(new ExportError(
      'Person "ann-coach" has a property "nickname" that the graph model does not declare for Person. The model is the truth: ' +
      'a migration should have removed or renamed it (src/db/migrations/).',
    ));
    const withoutNickname: ExportedGraph = {
      ...GRAPH,
      nodes: GRAPH.nodes.map(({ properties: { nickname: _nickname, ...properties }, ...node }) => ({ ...node, properties })),
    };
    expect(() => graphmlFiles(withoutNickname, GRAPH_MODEL)).toThrow('Relationships of type COACHED are in the graph, but the graph model declares no type COACHED.');
    expect(() => jsonldDocument(withoutNickname, GRAPH_MODEL)).toThrow(ExportError);
  });
});

test('docs/MODEL.md: the new type in the diagram and its own section, the new property in the Person table', () => {
  const markdown = modelMarkdown(MODEL);
  expect(markdown).toContain('  Person }o--o{ Person : "COACHED"\n');
  expect(markdown).toContain('### COACHED\n\nA coach and a driver they coached.');
  expect(markdown).toContain('- Reads "coach of".');
  expect(markdown).toContain('| `Person.coached` | out | list of Coaching | Drivers this person coached. |');
  expect(markdown).toContain('| `since` | int |  | 1880–2100 |  | The year the coaching began. |');
  const person = markdown.split('### Person\n')[1].split('\n### ')[0];
  expect(person).toContain('| `nickname` | string |  | 1–100 characters |  | Linked data: `schema:additionalName`. |');
  expect(modelMarkdown(GRAPH_MODEL)).not.toContain('COACHED');
});
