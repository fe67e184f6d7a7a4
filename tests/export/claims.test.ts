/**
 * Every export carries the claims behind the graph (the `(:Claim)` nodes beside it), each saying
 * what it is about, what it states, its source, whether that source is stored (quotes) or cited
 * (locator and excerpt), and how the graph resolved it: a `claims.csv` table, reified
 * `pitlane:Claim` resources in JSON-LD, `:Claim` nodes with typed keys in GraphML. A subgraph
 * export carries the claims about its nodes and the relationships among them.
 *
 * The graph is the seed graph with the invented claims fixtures (tests/fixtures/claims/, see its
 * README.md) loaded on top by the seed loader, which writes their claims. The claims named here
 * and what they say come from those fixture files; every claim of the graph (the seed's too) is
 * compared with Neo4j's.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import jsonld from 'jsonld';
import { claimId, ClaimValue } from '../../src/db/claims/claim';
import { Database } from '../../src/db/database';
import { CLAIM_COLUMNS, CLAIMS_FILE } from '../../src/export/csv';
import { exportGraph } from '../../src/export/export-graph';
import { GRAPHML_FILE } from '../../src/export/graphml';
import { claimIri, JSONLD_FILE, nodeIri, VOCABULARY_IRI as vocabulary } from '../../src/export/jsonld';
import { readSubgraph } from '../../src/export/read-graph';
import { loadSeedFiles } from '../../src/seed/load-seed';
import {
  ALMANAC, CLAIMS_FIXTURES, ENCYCLOPEDIA, GAZETTE, IDA, LOAD_TIMEOUT_MS, RACE, RITA, SOUTH_TOWN,
} from '../support/claims-fixtures';
import { neighbourhoodIds } from '../support/graph-facts';
import { useTestDatabase } from '../support/neo4j';
import { readGraphml } from './graphml-reader';

const database = useTestDatabase();

const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const XSD = 'http://www.w3.org/2001/XMLSchema#';
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

// What the fixture files say (tests/fixtures/claims/*.yaml).
const RACE_ENTRY = `${RITA}|ENTERED_RACE|${RACE}`;
const BORN_IN_SOUTH_TOWN = `${RITA}|BORN_IN|${SOUTH_TOWN}`;
const ALMANAC_QUOTE = 'Rita Fast is a Freedonian racing driver, born in 1987 in North Town.';
const ALMANAC_RACE_QUOTE = 'In the Valley 200 of 2019 she started second and finished third.';
const GAZETTE_LOCATOR = 'Paragraph 3';
const GAZETTE_EXCERPT = 'Rita Fast, the Freedonian born in September 1987, came home fifth.';
const ENCYCLOPEDIA_LOCATOR = 'Lead section, paragraph 1';
const ENCYCLOPEDIA_EXCERPT = 'Rita Fast (born 2 April 1988 in South Town) is a Freedonian racing driver.';

/** The fixture claims the tests name: one source saying one thing of one element (ids as the claim store makes them). */
const ids = {
  ritaExists: claimId(ALMANAC, RITA, null, null),
  bornAlmanac: claimId(ALMANAC, RITA, 'born', '1987'),
  bornEncyclopedia: claimId(ENCYCLOPEDIA, RITA, 'born', '1988-04-02'),
  bornGazette: claimId(GAZETTE, RITA, 'born', '1987-09'),
  nameGazette: claimId(GAZETTE, RITA, 'name', 'Rita Fast'),
  roleAlmanac: claimId(ALMANAC, RITA, 'roles', 'driver'),
  bornInSouthTown: claimId(ENCYCLOPEDIA, BORN_IN_SOUTH_TOWN, null, null),
  finishAlmanac: claimId(ALMANAC, RACE_ENTRY, 'finishPosition', 3),
  finishEncyclopedia: claimId(ENCYCLOPEDIA, RACE_ENTRY, 'finishPosition', 4),
  finishGazette: claimId(GAZETTE, RACE_ENTRY, 'finishPosition', 5),
  idaBornAlmanac: claimId(ALMANAC, IDA, 'born', '1990'),
};

/**
 * The quotes in a claim's `quotes` cell or GraphML value (a JSON array). A cited source's claim has
 * none: the claim store keeps an empty list for it, which the exports write as `[]`.
 */
const quotesIn = (cell: unknown): unknown[] => (cell === undefined || cell === '' ? [] : JSON.parse(String(cell)));

interface GraphClaim extends Record<string, unknown> { id: string; entities: string[]; value?: ClaimValue }

let parent: string;
let claimsInGraph: GraphClaim[];
let allClaimIds: string[];
/** A keyed relationship of the seed graph (HELD_ROLE), whose existence claims the seed loader wrote. */
let heldRole: { from: string; to: string; key: string };
/** A reference property's claim of the seed graph (a race entry's team): its value names a node. */
let teamClaim: { id: string; value: string };

/** Every claim in the graph, asked of Neo4j directly. */
async function readClaims(db: Database): Promise<GraphClaim[]> {
  const rows = await db.read('MATCH (c:Claim) RETURN properties(c) AS c ORDER BY c.id');
  return rows.map((row) => row.c as GraphClaim);
}

async function exported(format: 'csv' | 'jsonld' | 'graphml', options: { fromId?: string; depth?: number } = {}): Promise<string> {
  const outDir = path.join(parent, `${format}-${options.fromId ?? 'all'}`);
  await exportGraph(database(), { format, outDir, ...options });
  return outDir;
}

beforeAll(async () => {
  parent = fs.mkdtempSync(path.join(os.tmpdir(), 'pitlane-export-claims-'));
  await loadSeedFiles(database(), CLAIMS_FIXTURES);
  claimsInGraph = await readClaims(database());
  allClaimIds = claimsInGraph.map((claim) => String(claim.id)).sort();
  const [held] = await database().read('MATCH (a)-[r:HELD_ROLE]->(b) RETURN a.id AS from, b.id AS to, r.key AS key ORDER BY from, to, key LIMIT 1');
  heldRole = { from: String(held.from), to: String(held.to), key: String(held.key) };
  const [team] = await database().read("MATCH (c:Claim {property: 'team'}) RETURN c.id AS id, c.value AS value ORDER BY id LIMIT 1");
  teamClaim = { id: String(team.id), value: String(team.value) };
}, LOAD_TIMEOUT_MS);

afterAll(() => fs.rmSync(parent, { recursive: true, force: true }));

test('the loader wrote the fixture claims the tests name', () => {
  expect(allClaimIds).toEqual(expect.arrayContaining(Object.values(ids)));
});

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
    const stored = row(ids.bornAlmanac);
    expect(stored).toMatchObject({ storage: 'stored', source: ALMANAC, locator: '', excerpt: '', property: 'born', value: '1987', valueType: 'string' });
    expect(JSON.parse(stored.quotes)).toEqual([ALMANAC_QUOTE]);
    expect(row(ids.bornGazette)).toMatchObject({
      storage: 'cited', source: GAZETTE, locator: GAZETTE_LOCATOR, excerpt: GAZETTE_EXCERPT, property: 'born', value: '1987-09',
    });
    expect(quotesIn(row(ids.bornGazette).quotes)).toEqual([]);
    expect(row(ids.bornInSouthTown)).toMatchObject({ storage: 'cited', source: ENCYCLOPEDIA, locator: ENCYCLOPEDIA_LOCATOR, excerpt: ENCYCLOPEDIA_EXCERPT });
    expect(quotesIn(row(ids.bornInSouthTown).quotes)).toEqual([]);
    for (const r of rows) expect(['stored', 'cited']).toContain(r.storage);
  });

  test('what a claim is about: a node, a relationship with its ends, a keyed relationship; an existence claim has no property', () => {
    expect(row(ids.ritaExists)).toMatchObject({ subjectKind: 'node', subject: RITA, label: 'Person', property: '', value: '', valueType: '' });
    expect(JSON.parse(row(ids.ritaExists).entities)).toEqual([RITA]);
    expect(row(ids.bornInSouthTown)).toMatchObject({
      subjectKind: 'relationship', subject: BORN_IN_SOUTH_TOWN, type: 'BORN_IN', from: RITA, to: SOUTH_TOWN, key: '', property: '', value: '',
    });
    expect(JSON.parse(row(ids.bornInSouthTown).entities)).toEqual([RITA, SOUTH_TOWN]);
    const { from, to, key } = heldRole;
    const keyed = rows.filter((r) => r.subject === `${from}|HELD_ROLE|${to}|${key}`);
    expect(keyed.length).toBeGreaterThan(0);
    for (const r of keyed) expect(r).toMatchObject({ subjectKind: 'relationship', type: 'HELD_ROLE', from, to, key });
  });

  test('values keep their type in valueType; a list item its position; a dispute says who won and by which rule', () => {
    expect(row(ids.finishAlmanac)).toMatchObject({ value: '3', valueType: 'number', preferred: 'false', disputed: 'true', rule: 'source-order', group: `${RACE_ENTRY}#finishPosition` });
    expect(row(ids.finishEncyclopedia)).toMatchObject({ value: '4', valueType: 'number', preferred: 'true', disputed: 'true', rule: 'source-order' });
    expect(row(ids.finishGazette)).toMatchObject({ value: '5', valueType: 'number', preferred: 'false', disputed: 'true', rule: 'source-order' });
    expect(row(ids.bornGazette)).toMatchObject({ preferred: 'true', disputed: 'true', rule: 'agreement', group: `${RITA}#born` });
    expect(row(ids.bornAlmanac)).toMatchObject({ preferred: 'false', disputed: 'true', rule: 'agreement' });
    expect(row(ids.nameGazette)).toMatchObject({ value: 'Rita Fast', preferred: 'true', disputed: 'false', rule: '' });
    expect(row(ids.roleAlmanac)).toMatchObject({ property: 'roles', value: 'driver', position: '0' });
    // Every value as Neo4j holds it, under its type.
    const typeOf = (value: unknown) => (value === undefined || value === null ? '' : typeof value);
    for (const claim of claimsInGraph) {
      expect([claim.id, row(claim.id).value, row(claim.id).valueType]).toEqual([claim.id, claim.value === undefined ? '' : String(claim.value), typeOf(claim.value)]);
    }
  });

  test('when each claim was added: ISO date-time, in the order the fixture files were loaded', () => {
    const added = [ids.bornAlmanac, ids.bornEncyclopedia, ids.bornGazette].map((id) => row(id).addedAt);
    for (const at of added) expect(at).toMatch(ISO_DATE_TIME);
    const times = added.map((at) => new Date(at).getTime());
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(times[0]).toBeLessThan(times[2]);
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
    expect(value(ids.bornAlmanac, 'claimStorage')).toBe('stored');
    expect(value(ids.bornGazette, 'claimStorage')).toBe('cited');
  });

  test('a node claim is about the node; a relationship claim about the statement of that relationship', () => {
    expect(value(ids.bornAlmanac, 'claimAbout')).toBe(nodeIri(RITA));
    const statement = value(ids.bornInSouthTown, 'claimAbout')!;
    expect(objects(statement, `${RDF}type`).map((o) => o.value)).toEqual([`${RDF}Statement`]);
    expect(objects(statement, `${RDF}subject`).map((o) => o.value)).toEqual([nodeIri(RITA)]);
    expect(objects(statement, `${RDF}object`).map((o) => o.value)).toEqual([nodeIri(SOUTH_TOWN)]);
    expect(objects(statement, `${vocabulary}relationshipType`).map((o) => o.value)).toEqual(['BORN_IN']);
    const { from, to, key } = heldRole;
    const keyedClaim = claimsInGraph.find((claim) => claim.subject === `${from}|HELD_ROLE|${to}|${key}`)!;
    const keyed = value(keyedClaim.id, 'claimAbout')!;
    expect(objects(keyed, `${RDF}type`).map((o) => o.value)).toEqual([`${RDF}Statement`]);
    expect(objects(keyed, `${vocabulary}key`).map((o) => o.value)).toEqual([key]);
  });

  test('property, typed value, source, quotes or locator and excerpt, added at, resolution', () => {
    expect(value(ids.bornAlmanac, 'claimProperty')).toBe('born');
    expect(value(ids.bornAlmanac, 'claimValue')).toBe('1987');
    expect(value(ids.bornAlmanac, 'claimSource')).toBe(nodeIri(ALMANAC));
    expect(objects(claimIri(ids.bornAlmanac), `${vocabulary}quote`).map((o) => o.value)).toEqual([ALMANAC_QUOTE]);
    expect(value(ids.bornAlmanac, 'claimLocator')).toBeUndefined();
    expect(value(ids.bornAlmanac, 'claimExcerpt')).toBeUndefined();
    expect(value(ids.bornGazette, 'claimSource')).toBe(nodeIri(GAZETTE));
    expect(value(ids.bornGazette, 'claimLocator')).toBe(GAZETTE_LOCATOR);
    expect(value(ids.bornGazette, 'claimExcerpt')).toBe(GAZETTE_EXCERPT);
    expect(objects(claimIri(ids.bornGazette), `${vocabulary}quote`)).toEqual([]);
    const [finish] = objects(claimIri(ids.finishAlmanac), `${vocabulary}claimValue`);
    expect([finish.value, finish.datatype?.value]).toEqual(['3', `${XSD}integer`]);
    expect(objects(claimIri(ids.finishAlmanac), `${vocabulary}quote`).map((o) => o.value)).toEqual([ALMANAC_RACE_QUOTE]);
    // Every boolean and fractional value of the graph's claims keeps its datatype.
    for (const claim of claimsInGraph) {
      const datatype = typeof claim.value === 'boolean' ? 'boolean' : typeof claim.value === 'number' && !Number.isInteger(claim.value) ? 'double' : null;
      if (datatype) expect(objects(claimIri(claim.id), `${vocabulary}claimValue`)[0].datatype?.value).toBe(`${XSD}${datatype}`);
    }
    const [added] = objects(claimIri(ids.finishAlmanac), `${vocabulary}claimAddedAt`);
    expect(added.datatype?.value).toBe(`${XSD}dateTime`);
    expect(added.value).toMatch(ISO_DATE_TIME);
    expect(value(ids.finishAlmanac, 'claimPreferred')).toBe('false');
    expect(value(ids.finishAlmanac, 'claimDisputed')).toBe('true');
    expect(value(ids.finishAlmanac, 'claimRule')).toBe('source-order');
    expect(value(ids.finishEncyclopedia, 'claimPreferred')).toBe('true');
    expect(value(ids.bornGazette, 'claimRule')).toBe('agreement');
    expect(value(ids.nameGazette, 'claimRule')).toBeUndefined();
    // An existence claim states no property and no value.
    expect(value(ids.ritaExists, 'claimProperty')).toBeUndefined();
    expect(value(ids.ritaExists, 'claimValue')).toBeUndefined();
  });

  test("a reference property's value is the IRI of the node it names", () => {
    const [team] = objects(claimIri(teamClaim.id), `${vocabulary}claimValue`);
    expect([team.termType, team.value]).toEqual(['NamedNode', nodeIri(teamClaim.value)]);
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
    expect(claim(ids.finishAlmanac)).toMatchObject({
      subjectKind: 'relationship', type: 'ENTERED_RACE', from: RITA, to: RACE, property: 'finishPosition',
      value: 3, position: 0, storage: 'stored', source: ALMANAC, preferred: false, disputed: true, rule: 'source-order', pinned: false,
    });
    expect(claim(ids.finishEncyclopedia)).toMatchObject({ value: 4, storage: 'cited', source: ENCYCLOPEDIA, preferred: true });
    expect(claim(ids.bornAlmanac).value).toBe('1987');
    expect(JSON.parse(String(claim(ids.bornAlmanac).quotes))).toEqual([ALMANAC_QUOTE]);
    expect(claim(ids.bornGazette)).toMatchObject({ storage: 'cited', locator: GAZETTE_LOCATOR, excerpt: GAZETTE_EXCERPT });
    expect(quotesIn(claim(ids.bornGazette).quotes)).toEqual([]);
    expect(JSON.parse(String(claim(ids.bornInSouthTown).entities))).toEqual([RITA, SOUTH_TOWN]);
    expect(claim(ids.ritaExists)).not.toHaveProperty('value');
    expect(claim(ids.ritaExists)).not.toHaveProperty('property');
    for (const { id, value } of claimsInGraph) if (value !== undefined) expect([id, claim(id).value]).toEqual([id, value]);
    const valueKeys = parsed.keys.filter((key) => key.name === 'value' && key.for === 'node').map((key) => key.type).sort();
    expect(valueKeys).toEqual(['boolean', 'double', 'long', 'string']);
  });
});

describe('a subgraph export: the claims about its nodes and the relationships among them', () => {
  test('exactly the claims whose every entity is in the subgraph', async () => {
    const inside = new Set(await neighbourhoodIds(database(), RITA, 1));
    const graph = await readSubgraph(database(), RITA, 1);
    const expected = claimsInGraph.filter((claim) => claim.entities.every((id) => inside.has(id))).map((claim) => claim.id).sort();
    expect(graph.claims?.map((claim) => claim.id).sort()).toEqual(expected);
    expect(expected).toEqual(expect.arrayContaining([ids.ritaExists, ids.bornAlmanac, ids.bornGazette, ids.bornInSouthTown, ids.finishAlmanac, ids.finishGazette]));
    // The sources of its claims are among the sources it cites, the cited ones too.
    expect(graph.sources?.map((source) => source.id)).toEqual(expect.arrayContaining([ALMANAC, ENCYCLOPEDIA, GAZETTE]));
  });

  test('a claim about a node outside it stays out', async () => {
    const graph = await readSubgraph(database(), RACE, 1);
    expect(graph.nodes.map((node) => node.id)).toEqual(expect.arrayContaining([RACE, RITA]));
    expect(graph.nodes.map((node) => node.id)).not.toContain(IDA);
    const claims = graph.claims?.map((claim) => claim.id);
    expect(claims).toEqual(expect.arrayContaining([ids.finishAlmanac, ids.bornAlmanac]));
    expect(claims).not.toContain(ids.idaBornAlmanac);
    expect(claims).not.toContain(ids.bornInSouthTown);
  });
});
