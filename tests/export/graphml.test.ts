/**
 * The GraphML export loads back with an XML parser into the graph it came from: every node and
 * edge, typed attributes as declared by its <key>s, labels, types and provenance.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { exportGraph } from '../../src/export/export-graph';
import { GRAPHML_FILE } from '../../src/export/graphml';
import { amberFather, amberRaceResults, entityIds, nodeCounts, provenanceOfNode, relationshipCounts } from '../support/graph-facts';
import { useTestDatabase } from '../support/neo4j';
import { ParsedGraphml, readGraphml } from './graphml-reader';

const database = useTestDatabase();

let outDir: string;
let parsed: ParsedGraphml;

beforeAll(async () => {
  outDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pitlane-export-graphml-')), 'out');
  await exportGraph(database(), { format: 'graphml', outDir });
  const xml = fs.readFileSync(path.join(outDir, GRAPHML_FILE), 'utf8');
  expect(XMLValidator.validate(xml)).toBe(true);
  parsed = readGraphml(xml);
});

afterAll(() => fs.rmSync(path.dirname(outDir), { recursive: true, force: true }));

test('every node and relationship of the graph is there, each node with its labels, each edge with its type', async () => {
  const nodes = await nodeCounts(database());
  const relationships = await relationshipCounts(database());
  expect(nodes.total).toBeGreaterThan(0);
  expect(parsed.edgedefault).toBe('directed');
  // Besides them, the claims behind the graph are nodes labelled :Claim (tests/export/claims.test.ts).
  const entities = parsed.nodes.filter((n) => n.data.labels !== ':Claim');
  expect(entities.map((n) => n.id).sort()).toEqual(await entityIds(database()));
  const perLabel: Record<string, number> = {};
  for (const node of entities) {
    const labels = String(node.data.labels).split(':').filter(Boolean);
    expect(labels).toContain('Entity');
    for (const label of labels.filter((l) => l !== 'Entity')) perLabel[label] = (perLabel[label] ?? 0) + 1;
  }
  expect(perLabel).toEqual(nodes.byKind);
  const perType: Record<string, number> = {};
  for (const edge of parsed.edges) perType[String(edge.data.label)] = (perType[String(edge.data.label)] ?? 0) + 1;
  expect(perType).toEqual(relationships.byKind);
  expect(new Set(parsed.edges.map((e) => e.id)).size).toBe(parsed.edges.length);
});

test('every key declares a GraphML type; numbers are typed as numbers', () => {
  for (const key of parsed.keys) expect(['boolean', 'int', 'long', 'float', 'double', 'string']).toContain(key.type);
  const type = (domain: string, name: string) => parsed.keys.find((k) => k.for === domain && k.name === name)?.type;
  expect(type('edge', 'finishPosition')).toBe('long');
  // Points may be halves.
  expect(type('edge', 'points')).toBe('double');
  expect(type('node', 'year')).toBe('long');
  expect(type('node', 'approximate')).toBe('boolean');
});

test("Amber Balcaen's father: the PARENT_OF edge, with its quotes and sources", async () => {
  const father = await amberFather(database());
  const edges = parsed.edges.filter((e) => e.data.label === 'PARENT_OF' && e.target === 'amber-balcaen');
  expect(edges.map((e) => e.source)).toEqual([father.id]);
  expect(JSON.parse(String(edges[0].data.quotes))).toEqual(father.quotes);
  expect(JSON.parse(String(edges[0].data.sources))).toEqual(father.sources);
  expect(parsed.nodes.find((n) => n.id === father.id)?.data.name).toBe(father.name);
});

test('race results keep their positions as numbers', async () => {
  const results = await amberRaceResults(database());
  const exported = parsed.edges
    .filter((e) => e.data.label === 'ENTERED_RACE' && e.source === 'amber-balcaen' && e.data.finishPosition !== undefined)
    .map((e) => ({ raceId: e.target, startPosition: e.data.startPosition ?? null, finishPosition: e.data.finishPosition }))
    .sort((a, b) => String(a.raceId).localeCompare(String(b.raceId)));
  expect(exported).toEqual(results);
});

test("a node's provenance: its sources and quotes, aligned, and the Source node they name", async () => {
  const expected = await provenanceOfNode(database(), 'amber-balcaen');
  const amber = parsed.nodes.find((n) => n.id === 'amber-balcaen');
  expect(JSON.parse(String(amber?.data.quotes))).toEqual(expected.quotes);
  expect(JSON.parse(String(amber?.data.sources))).toEqual(expected.sources);
  const [{ title }] = await database().read('MATCH (s:Source {id: $id}) RETURN s.title AS title', { id: expected.sources[0] });
  const source = parsed.nodes.find((n) => n.id === expected.sources[0]);
  expect(source?.data.labels).toBe(':Entity:Source');
  expect(source?.data.title).toBe(title);
});
