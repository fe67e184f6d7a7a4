/**
 * Every export carries the claims behind the graph (the `(:Claim)` nodes beside it), each saying
 * what it is about, what it states, its source, whether that source is stored (quotes) or cited
 * (locator and excerpt), and how the graph resolved it: a `claims.csv` table, reified
 * `pitlane:Claim` resources in JSON-LD, `:Claim` nodes with typed keys in GraphML. A subgraph
 * export carries the claims about its nodes and the relationships among them.
 *
 * The claims compared here are the fixtures of tests/support/claim-fixtures.ts (invented) and
 * whatever claims the graph keeps besides (all of them are compared with Neo4j's).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import jsonld from 'jsonld';
import { CLAIM_COLUMNS, CLAIMS_FILE } from '../../src/export/csv';
import { exportGraph } from '../../src/export/export-graph';
import { GRAPHML_FILE } from '../../src/export/graphml';
import { claimIri, JSONLD_FILE, nodeIri, VOCABULARY_IRI as vocabulary } from '../../src/export/jsonld';
import { readSubgraph } from '../../src/export/read-graph';
import { addClaimFixtures, CITED_SOURCE, claimsInGraph, FixtureClaims } from '../support/claim-fixtures';
import { neighbourhoodIds } from '../support/graph-facts';
import { useTestDatabase } from '../support/neo4j';
import { readGraphml } from './graphml-reader';

const database = useTestDatabase();

const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const XSD = 'http://www.w3.org/2001/XMLSchema#';
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

let fixtures: FixtureClaims;
let parent: string;
let allClaimIds: string[];

async function exported(format: 'csv' | 'jsonld' | 'graphml', options: { fromId?: string; depth?: number } = {}): Promise<string> {
  const outDir = path.join(parent, `${format}-${options.fromId ?? 'all'}`);
  await exportGraph(database(), { format, outDir, ...options });
  return outDir;
}

beforeAll(async () => {
  parent = fs.mkdtempSync(path.join(os.tmpdir(), 'pitlane-export-claims-'));
  fixtures = await addClaimFixtures(database());
  allClaimIds = (await claimsInGraph(database())).map((claim) => String(claim.id)).sort();
});

afterAll(() => fs.rmSync(parent, { recursive: true, force: true }));

describe('CSV: claims.csv', () => {
  let rows: Record<string, string>[];
  let columns: string[];
  beforeAll(async () => {
    const text = fs.readFileSync(path.join(await exported('csv'), CLAIMS_FILE), 'utf8');
    [columns] = parse(text, { to_line: 1 }) as string[][];
    rows = parse(text, { columns: true }) as Record<string, string>[];
  });
  const row = (id: string) => rows.find((r) => r.id === id)!;

  test('one row per claim of the graph, with every column of the claim store', () => {
    expect(rows.map((r) => r.id).sort()).toEqual(allClaimIds);
    expect(columns).toEqual([...CLAIM_COLUMNS]);
    expect(columns).toEqual(expect.arrayContaining([
      'id', 'subjectKind', 'subject', 'label', 'type', 'from', 'to', 'key', 'entities', 'property', 'value', 'valueType', 'position',
      'source', 'storage', 'quotes', 'locator', 'excerpt', 'addedAt', 'preferred', 'disputed', 'group', 'rule', 'pinned',
    ]));
  });

  test('a stored claim has its quotes; a cited one its locator and excerpt; each says which it is', () => {
    const stored = row(fixtures.ids.nodeName);
    expect(stored).toMatchObject({ storage: 'stored', source: fixtures.storedSource, locator: '', excerpt: '', property: 'name', value: 'Amber Balcaen', valueType: 'string' });
    expect(JSON.parse(stored.quotes)).toHaveLength(1);
    const cited = row(fixtures.ids.citedName);
    expect(cited).toMatchObject({ storage: 'cited', source: CITED_SOURCE.id, quotes: '', locator: 'Results, row 3' });
    expect(cited.excerpt).toMatch(/^An invented excerpt/);
    for (const r of rows) expect(['stored', 'cited']).toContain(r.storage);
  });

  test('what a claim is about: a node, a relationship with its ends, a keyed relationship; an existence claim has no property', () => {
    expect(row(fixtures.ids.nodeExists)).toMatchObject({ subjectKind: 'node', subject: 'amber-balcaen', label: 'Person', property: '', value: '', valueType: '' });
    expect(JSON.parse(row(fixtures.ids.nodeExists).entities)).toEqual(['amber-balcaen']);
    expect(row(fixtures.ids.relationshipExists)).toMatchObject({
      subjectKind: 'relationship', subject: `${fixtures.father}|PARENT_OF|amber-balcaen`, type: 'PARENT_OF', from: fixtures.father, to: 'amber-balcaen', key: '',
    });
    const { from, to, key } = fixtures.heldRole;
    expect(row(fixtures.ids.keyedRelationship)).toMatchObject({ subject: `${from}|HELD_ROLE|${to}|${key}`, key });
  });

  test('values keep their type in valueType; a dispute says who won and by which rule', () => {
    expect(row(fixtures.ids.finishStored)).toMatchObject({ value: '5', valueType: 'number', preferred: 'true', disputed: 'true', rule: 'source-order' });
    expect(row(fixtures.ids.finishCited)).toMatchObject({ value: '6', valueType: 'number', preferred: 'false', disputed: 'true' });
    expect(row(fixtures.ids.points)).toMatchObject({ value: '12.5', valueType: 'number' });
    expect(row(fixtures.ids.fastestLap)).toMatchObject({ value: 'true', valueType: 'boolean' });
    expect(row(fixtures.ids.nodeName).addedAt).toMatch(ISO_DATE_TIME);
    expect(new Date(row(fixtures.ids.nodeName).addedAt).toISOString()).toBe('2026-11-30T12:34:56.789Z');
  });
});

describe('JSON-LD: reified claims', () => {
  interface Term { termType: string; value: string; datatype?: { value: string } }
  interface Quad { subject: Term; predicate: Term; object: Term }
  let quads: Quad[];
  const objects = (subject: string, predicate: string): Term[] =>
    quads.filter((q) => q.subject.value === subject && q.predicate.value === predicate).map((q) => q.object);
  const value = (claim: string, term: string): string | undefined => objects(claimIri(claim), `${vocabulary}${term}`)[0]?.value;

  beforeAll(async () => {
    const document = JSON.parse(fs.readFileSync(path.join(await exported('jsonld'), JSONLD_FILE), 'utf8'));
    quads = (await jsonld.toRDF(document, { safe: true } as jsonld.Options.ToRdf)) as Quad[];
  });

  test('every claim of the graph is a pitlane:Claim resource that says whether its source is stored or cited', () => {
    const claims = quads.filter((q) => q.predicate.value === `${RDF}type` && q.object.value === `${vocabulary}Claim`).map((q) => q.subject.value);
    expect(claims.sort()).toEqual(allClaimIds.map(claimIri).sort());
    for (const claim of claims) expect(['stored', 'cited']).toContain(objects(claim, `${vocabulary}claimStorage`)[0]?.value);
  });

  test('a node claim is about the node; a relationship claim about the statement of that relationship', () => {
    expect(value(fixtures.ids.nodeName, 'claimAbout')).toBe(nodeIri('amber-balcaen'));
    const statement = value(fixtures.ids.relationshipExists, 'claimAbout')!;
    expect(objects(statement, `${RDF}subject`).map((o) => o.value)).toEqual([nodeIri(fixtures.father)]);
    expect(objects(statement, `${RDF}object`).map((o) => o.value)).toEqual([nodeIri('amber-balcaen')]);
    expect(objects(statement, `${vocabulary}relationshipType`).map((o) => o.value)).toEqual(['PARENT_OF']);
    const keyed = value(fixtures.ids.keyedRelationship, 'claimAbout')!;
    expect(objects(keyed, `${RDF}type`).map((o) => o.value)).toEqual([`${RDF}Statement`]);
    expect(objects(keyed, `${vocabulary}key`).map((o) => o.value)).toEqual([fixtures.heldRole.key]);
  });

  test('property, typed value, source, quotes or locator and excerpt, added at, resolution', () => {
    expect(value(fixtures.ids.nodeName, 'claimProperty')).toBe('name');
    expect(value(fixtures.ids.nodeName, 'claimSource')).toBe(nodeIri(fixtures.storedSource));
    expect(objects(claimIri(fixtures.ids.nodeName), `${vocabulary}quote`)).toHaveLength(1);
    expect(value(fixtures.ids.citedName, 'claimSource')).toBe(nodeIri(CITED_SOURCE.id));
    expect(value(fixtures.ids.citedName, 'claimLocator')).toBe('Results, row 3');
    expect(value(fixtures.ids.citedName, 'claimExcerpt')).toMatch(/^An invented excerpt/);
    expect(objects(claimIri(fixtures.ids.citedName), `${vocabulary}quote`)).toEqual([]);
    const [finish] = objects(claimIri(fixtures.ids.finishStored), `${vocabulary}claimValue`);
    expect([finish.value, finish.datatype?.value]).toEqual(['5', `${XSD}integer`]);
    expect(objects(claimIri(fixtures.ids.fastestLap), `${vocabulary}claimValue`)[0].datatype?.value).toBe(`${XSD}boolean`);
    expect(objects(claimIri(fixtures.ids.points), `${vocabulary}claimValue`)[0].datatype?.value).toBe(`${XSD}double`);
    const [added] = objects(claimIri(fixtures.ids.finishStored), `${vocabulary}claimAddedAt`);
    expect(added.datatype?.value).toBe(`${XSD}dateTime`);
    expect(added.value).toMatch(ISO_DATE_TIME);
    expect(value(fixtures.ids.finishCited, 'claimPreferred')).toBe('false');
    expect(value(fixtures.ids.finishCited, 'claimDisputed')).toBe('true');
    expect(value(fixtures.ids.finishCited, 'claimRule')).toBe('source-order');
    // An existence claim states no property and no value.
    expect(value(fixtures.ids.nodeExists, 'claimProperty')).toBeUndefined();
    expect(value(fixtures.ids.nodeExists, 'claimValue')).toBeUndefined();
  });

  test("a reference property's value is the IRI of the node it names", () => {
    expect(fixtures.teamOfRace).not.toBe('');
    const [team] = objects(claimIri(fixtures.ids.team), `${vocabulary}claimValue`);
    expect([team.termType, team.value]).toEqual(['NamedNode', nodeIri(fixtures.teamOfRace)]);
  });
});

describe('GraphML: :Claim nodes', () => {
  let parsed: ReturnType<typeof readGraphml>;
  beforeAll(async () => {
    parsed = readGraphml(fs.readFileSync(path.join(await exported('graphml'), GRAPHML_FILE), 'utf8'));
  });
  const claim = (id: string) => parsed.nodes.find((node) => node.id === id)!.data;

  test('every claim of the graph is a node labelled :Claim, with no edge, besides the entities', () => {
    const claims = parsed.nodes.filter((node) => node.data.labels === ':Claim');
    expect(claims.map((node) => node.id).sort()).toEqual(allClaimIds);
    const claimIds = new Set(allClaimIds);
    expect(parsed.edges.filter((edge) => claimIds.has(String(edge.source)) || claimIds.has(String(edge.target)))).toEqual([]);
  });

  test('its properties under their names, typed; the value under the key of its type', () => {
    expect(claim(fixtures.ids.finishStored)).toMatchObject({
      subjectKind: 'relationship', type: 'ENTERED_RACE', from: 'amber-balcaen', to: fixtures.race, property: 'finishPosition',
      value: 5, position: 0, storage: 'stored', source: fixtures.storedSource, preferred: true, disputed: true, rule: 'source-order', pinned: false,
    });
    expect(claim(fixtures.ids.points).value).toBe(12.5);
    expect(claim(fixtures.ids.fastestLap).value).toBe(true);
    expect(claim(fixtures.ids.nodeName).value).toBe('Amber Balcaen');
    expect(claim(fixtures.ids.citedName)).toMatchObject({ storage: 'cited', locator: 'Results, row 3' });
    expect(claim(fixtures.ids.citedName)).not.toHaveProperty('quotes');
    expect(JSON.parse(String(claim(fixtures.ids.nodeName).quotes))).toHaveLength(1);
    expect(JSON.parse(String(claim(fixtures.ids.relationshipExists).entities))).toEqual([fixtures.father, 'amber-balcaen']);
    expect(claim(fixtures.ids.nodeExists)).not.toHaveProperty('value');
    const valueKeys = parsed.keys.filter((key) => key.name === 'value' && key.for === 'node').map((key) => key.type).sort();
    expect(valueKeys).toEqual(['boolean', 'double', 'long', 'string']);
  });
});

describe('a subgraph export: the claims about its nodes and the relationships among them', () => {
  test('exactly the claims whose every entity is in the subgraph', async () => {
    const ids = new Set(await neighbourhoodIds(database(), 'amber-balcaen', 1));
    const graph = await readSubgraph(database(), 'amber-balcaen', 1);
    const expected = (await claimsInGraph(database()))
      .filter((claim) => (claim.entities as string[]).every((id) => ids.has(id)))
      .map((claim) => String(claim.id)).sort();
    expect(graph.claims?.map((claim) => claim.id).sort()).toEqual(expected);
    expect(expected).toEqual(expect.arrayContaining([fixtures.ids.nodeName, fixtures.ids.relationshipExists, fixtures.ids.finishStored]));
    // The cited source of its claims is among the sources it cites.
    expect(graph.sources?.map((source) => source.id)).toEqual(expect.arrayContaining([CITED_SOURCE.id, fixtures.storedSource]));
  });

  test('a claim about a node outside it stays out', async () => {
    const [{ id }] = await database().read(
      "MATCH (n:Entity)--() WHERE n.id <> 'amber-balcaen' AND NOT (n)--(:Person {id: 'amber-balcaen'}) RETURN n.id AS id ORDER BY id LIMIT 1",
    );
    const graph = await readSubgraph(database(), String(id), 1);
    expect(graph.nodes.map((node) => node.id)).not.toContain('amber-balcaen');
    expect(graph.claims?.map((claim) => claim.id)).not.toContain(fixtures.ids.nodeName);
  });
});
