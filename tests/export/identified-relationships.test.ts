/**
 * What the racing model adds to the exports, on a small graph made here (no database): two
 * relationships of one type between the same two nodes, told apart by a property the model
 * identifies them by (a person's two roles in one team), stay two in every format, each with the
 * `key` the model computes for it; a race's fractional points, booleans, disciplines (a list of
 * an enum), references to a class and a vehicle, and the years the graph derives are exported typed.
 */
import { parse } from 'csv-parse/sync';
import jsonld from 'jsonld';
import { Row } from '../../src/db/database';
import { csvFiles } from '../../src/export/csv';
import { ExportError } from '../../src/export/export-error';
import { ExportedGraph } from '../../src/export/exported-graph';
import { graphmlFiles } from '../../src/export/graphml';
import { jsonldDocument, nodeIri } from '../../src/export/jsonld';
import { graphFromRows } from '../../src/export/read-graph';
import { GRAPH_MODEL } from '../../src/model/graph-model';
import { readGraphml } from './graphml-reader';

const node = (id: string, label: string, properties: Record<string, unknown>): Row =>
  ({ element: 'node', id, labels: ['Entity', label], type: null, from: null, to: null, properties: { id, ...properties } });
const relationship = (from: string, type: string, to: string, properties: Record<string, unknown>): Row =>
  ({ element: 'relationship', id: null, labels: [], type, from, to, properties });

const cited = { sources: ['a-source'], quotes: ['A sentence.'] };

const ROWS: Row[] = [
  node('a-source', 'Source', { title: 'A source', kind: 'other', text: 'A sentence.' }),
  node('maria', 'Person', { name: 'Maria', ...cited }),
  node('sparrow', 'Team', { name: 'Sparrow', ...cited }),
  node('sidecar', 'Class', { name: 'Sidecar', disciplines: ['motorcycle-road-racing'], ...cited }),
  node('outfit', 'Vehicle', { name: 'An outfit', model: 'S1', disciplines: ['motorcycle-road-racing'], ...cited }),
  node('race', 'Race', { name: 'A race', status: 'completed', disciplines: ['motorcycle-road-racing'], ...cited }),
  node('first-race', 'Event', { title: 'First race at 14', kind: 'career-start', dateAsStated: 'at 14', relativeTo: 'maria', offsetYears: 14, earliestYear: 1989, latestYear: 1990, ...cited }),
  // Two roles in one team: the loader keeps each one's role in `key`.
  relationship('maria', 'HELD_ROLE', 'sparrow', { role: 'owner', since: 2003, until: 2012, key: 'owner', ...cited }),
  relationship('maria', 'HELD_ROLE', 'sparrow', { role: 'director', title: 'team director', since: 2013, key: 'director', ...cited }),
  relationship('maria', 'ENTERED_RACE', 'race', {
    class: 'sidecar', vehicle: 'outfit', entry: '4', crewRole: 'rider', pole: true, fastestLap: false, finishPosition: 2, points: 12.5, ...cited,
  }),
];

const graph = (rows: Row[] = ROWS): ExportedGraph => graphFromRows({ kind: 'whole-graph' }, rows, GRAPH_MODEL);

describe('relationships identified by a property', () => {
  test('two roles in one team are two relationships, each with an id ending in its role', () => {
    const roles = graph().relationships.filter((rel) => rel.type === 'HELD_ROLE');
    expect(roles.map((rel) => rel.id)).toEqual(['maria:HELD_ROLE:sparrow:owner', 'maria:HELD_ROLE:sparrow:director']);
    expect(roles.map((rel) => rel.properties.role)).toEqual(['owner', 'director']);
    // A type identified by its ends alone keeps the id it had.
    expect(graph().relationships.find((rel) => rel.type === 'ENTERED_RACE')?.id).toBe('maria:ENTERED_RACE:race');
  });

  test('two relationships with the same role between the same nodes are refused, naming the role', () => {
    const twice = [...ROWS, relationship('maria', 'HELD_ROLE', 'sparrow', { role: 'owner', key: 'owner', ...cited })];
    expect(() => graph(twice)).toThrow(new ExportError('Two HELD_ROLE relationships from "maria" to "sparrow" with role "owner": merge them before exporting.'));
  });

  test('a `key` on a type the model does not identify by properties is an undeclared property, refused', () => {
    const keyed = [...ROWS, relationship('maria', 'DROVE_FOR', 'sparrow', { years: [1995], key: 'x', ...cited })];
    expect(() => csvFiles(graph(keyed), GRAPH_MODEL)).toThrow(/DROVE_FOR relationship "maria:DROVE_FOR:sparrow" has a property "key"/);
  });

  test('CSV: two HELD_ROLE rows with role, title, years and key', () => {
    const file = csvFiles(graph(), GRAPH_MODEL).find((f) => f.path === 'relationships/HELD_ROLE.csv');
    const rows = parse(String(file?.contents), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.id, r.role, r.title, r.since, r.until, r.key])).toEqual([
      ['maria:HELD_ROLE:sparrow:owner', 'owner', '', '2003', '2012', 'owner'],
      ['maria:HELD_ROLE:sparrow:director', 'director', 'team director', '2013', '', 'director'],
    ]);
  });

  test('GraphML: two HELD_ROLE edges between the same nodes, with their roles and keys', () => {
    const parsed = readGraphml(graphmlFiles(graph(), GRAPH_MODEL)[0].contents);
    const edges = parsed.edges.filter((e) => e.data.label === 'HELD_ROLE');
    expect(edges.map((e) => [e.id, e.source, e.target, e.data.role, e.data.since, e.data.key])).toEqual([
      ['maria:HELD_ROLE:sparrow:owner', 'maria', 'sparrow', 'owner', 2003, 'owner'],
      ['maria:HELD_ROLE:sparrow:director', 'maria', 'sparrow', 'director', 2013, 'director'],
    ]);
  });

  test('JSON-LD: two statements, each with its role and key', async () => {
    const document = jsonldDocument(graph(), GRAPH_MODEL);
    const statements = (document['@graph'] as Record<string, unknown>[]).filter((o) => o.relationshipType === 'HELD_ROLE');
    expect(statements.map((s) => [s.subject, s.object, s.role, s.key])).toEqual([
      [nodeIri('maria'), nodeIri('sparrow'), 'owner', 'owner'],
      [nodeIri('maria'), nodeIri('sparrow'), 'director', 'director'],
    ]);
    expect(new Set(statements.map((s) => s['@id'])).size).toBe(2);
    // Still valid linked data (safe mode fails on anything it would drop).
    await expect(jsonld.toRDF(document, { safe: true } as jsonld.Options.ToRdf)).resolves.toBeDefined();
  });
});

describe('the racing properties, typed in every format', () => {
  test('CSV: fractional points, booleans, references and disciplines as written; derived years in their columns', () => {
    const files = csvFiles(graph(), GRAPH_MODEL);
    const rowsOf = (path: string) => parse(String(files.find((f) => f.path === path)?.contents), { columns: true }) as Record<string, string>[];
    expect(rowsOf('relationships/ENTERED_RACE.csv')[0]).toMatchObject({
      class: 'sidecar', vehicle: 'outfit', entry: '4', crewRole: 'rider', pole: 'true', fastestLap: 'false', points: '12.5',
    });
    expect(JSON.parse(rowsOf('nodes/Class.csv')[0].disciplines)).toEqual(['motorcycle-road-racing']);
    expect(rowsOf('nodes/Event.csv')[0]).toMatchObject({ dateAsStated: 'at 14', relativeTo: 'maria', earliestYear: '1989', latestYear: '1990' });
  });

  test('GraphML: points a double, pole a boolean, years longs, disciplines a JSON list', () => {
    const parsed = readGraphml(graphmlFiles(graph(), GRAPH_MODEL)[0].contents);
    const type = (domain: string, name: string) => parsed.keys.find((k) => k.for === domain && k.name === name)?.type;
    expect([type('edge', 'points'), type('edge', 'pole'), type('node', 'earliestYear'), type('node', 'disciplines')])
      .toEqual(['double', 'boolean', 'long', 'string']);
    const entry = parsed.edges.find((e) => e.data.label === 'ENTERED_RACE');
    expect(entry?.data).toMatchObject({ points: 12.5, pole: true, fastestLap: false, class: 'sidecar', vehicle: 'outfit' });
    expect(parsed.nodes.find((n) => n.id === 'first-race')?.data).toMatchObject({ earliestYear: 1989, latestYear: 1990 });
    expect(JSON.parse(String(parsed.nodes.find((n) => n.id === 'race')?.data.disciplines))).toEqual(['motorcycle-road-racing']);
  });

  test('JSON-LD: disciplines as schema:sport, class and vehicle as links to their nodes, numbers and booleans as JSON', () => {
    const document = jsonldDocument(graph(), GRAPH_MODEL);
    const context = document['@context'] as Record<string, unknown>;
    expect(context.disciplines).toBe('schema:sport');
    expect(context.class).toEqual({ '@id': 'pitlane:class', '@type': '@id' });
    expect(context.RECEIVED).toEqual({ '@id': 'schema:award', '@type': '@id' });
    const objects = document['@graph'] as Record<string, unknown>[];
    const entry = objects.find((o) => o.relationshipType === 'ENTERED_RACE');
    expect(entry).toMatchObject({ class: nodeIri('sidecar'), vehicle: nodeIri('outfit'), points: 12.5, pole: true, fastestLap: false });
    expect(objects.find((o) => o.id === 'race')).toMatchObject({ disciplines: ['motorcycle-road-racing'] });
    expect(objects.find((o) => o.id === 'first-race')).toMatchObject({ earliestYear: 1989, relativeTo: nodeIri('maria') });
  });
});
