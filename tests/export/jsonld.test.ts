/**
 * The JSON-LD export is valid linked data: jsonld.js turns it into RDF in safe mode (which fails on
 * anything it would have to drop), and the triples say what the graph says, in schema.org and
 * PROV-O terms where they fit.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import jsonld from 'jsonld';
import { exportGraph } from '../../src/export/export-graph';
import { JSONLD_FILE, nodeIri, VOCABULARY_IRI as vocabulary } from '../../src/export/jsonld';
import { amberFather, amberInspiration, amberRaceResults, nodeCounts, relationshipCounts } from '../support/graph-facts';
import { useTestDatabase } from '../support/neo4j';

const database = useTestDatabase();

const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const SCHEMA = 'https://schema.org/';
const PROV = 'http://www.w3.org/ns/prov#';
const XSD_INTEGER = 'http://www.w3.org/2001/XMLSchema#integer';

interface Term { termType: string; value: string; datatype?: { value: string } }
interface Quad { subject: Term; predicate: Term; object: Term }

let quads: Quad[];

/** The objects of (subject, predicate, ?o). */
const objects = (subject: string, predicate: string): Term[] =>
  quads.filter((q) => q.subject.value === subject && q.predicate.value === predicate).map((q) => q.object);

/** The subjects of (?s, predicate, object). */
const subjects = (predicate: string, object: string): string[] =>
  quads.filter((q) => q.predicate.value === predicate && q.object.value === object).map((q) => q.subject.value);

/** The rdf:Statement that stands for one relationship. */
function statement(from: string, type: string, to: string): string {
  const found = subjects(`${RDF}type`, `${RDF}Statement`).filter((s) =>
    objects(s, `${RDF}subject`)[0]?.value === nodeIri(from)
    && objects(s, `${RDF}object`)[0]?.value === nodeIri(to)
    && objects(s, `${vocabulary}relationshipType`)[0]?.value === type);
  expect(found).toHaveLength(1);
  return found[0];
}

let outDir: string;

beforeAll(async () => {
  outDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pitlane-export-jsonld-')), 'out');
  await exportGraph(database(), { format: 'jsonld', outDir });
  const document = JSON.parse(fs.readFileSync(path.join(outDir, JSONLD_FILE), 'utf8'));
  expect(document['@context']['@vocab']).toBe(vocabulary);
  // The types say "placeholder" for the dataset; jsonld.js returns quads when no format is given.
  const safe = { safe: true } as jsonld.Options.ToRdf;
  quads = (await jsonld.toRDF(document, safe)) as Quad[];
});

afterAll(() => fs.rmSync(path.dirname(outDir), { recursive: true, force: true }));

test('every node is a typed resource with its label, every relationship a statement with its type', async () => {
  const nodes = await nodeCounts(database());
  const relationships = await relationshipCounts(database());
  expect(nodes.total).toBeGreaterThan(0);
  for (const [label, count] of Object.entries(nodes.byKind)) {
    expect([label, subjects(`${RDF}type`, `${vocabulary}${label}`).length]).toEqual([label, count]);
  }
  const statements = subjects(`${RDF}type`, `${RDF}Statement`);
  expect(statements).toHaveLength(relationships.total);
  const perType: Record<string, number> = {};
  for (const s of statements) {
    const [type] = objects(s, `${vocabulary}relationshipType`);
    perType[type.value] = (perType[type.value] ?? 0) + 1;
  }
  expect(perType).toEqual(relationships.byKind);
});

test('schema.org types where they fit: a Person, a SportsTeam, a SportsEvent, and the source a CreativeWork', async () => {
  const ids = async (label: string) => (await database().read('MATCH (n:Entity) WHERE $label IN labels(n) RETURN n.id AS id', { label })).map((r) => nodeIri(r.id as string)).sort();
  expect(subjects(`${RDF}type`, `${SCHEMA}Person`).sort()).toEqual(await ids('Person'));
  expect(subjects(`${RDF}type`, `${SCHEMA}SportsTeam`).sort()).toEqual(await ids('Team'));
  // Races and race meetings (the model declares both SportsEvent).
  expect(subjects(`${RDF}type`, `${SCHEMA}SportsEvent`).sort()).toEqual([...await ids('Race'), ...await ids('Meeting')].sort());
  expect(subjects(`${RDF}type`, `${SCHEMA}CreativeWork`).sort()).toEqual(await ids('Source'));
  const [amber] = await database().read("MATCH (p:Person {id: 'amber-balcaen'}) RETURN p.name AS name");
  expect(objects(nodeIri('amber-balcaen'), `${SCHEMA}name`).map((o) => o.value)).toEqual([amber.name]);
});

test("Amber Balcaen's father: schema:children, and the statement's PROV derivation with its quote", async () => {
  const father = await amberFather(database());
  expect(subjects(`${SCHEMA}children`, nodeIri('amber-balcaen'))).toEqual([nodeIri(father.id)]);
  const parentOf = statement(father.id, 'PARENT_OF', 'amber-balcaen');
  expect(objects(parentOf, `${RDF}predicate`).map((o) => o.value)).toEqual([`${SCHEMA}children`]);
  const derivations = objects(parentOf, `${PROV}qualifiedDerivation`).map((d) => d.value);
  expect(derivations.flatMap((d) => objects(d, `${vocabulary}quote`).map((q) => q.value)).sort()).toEqual([...father.quotes].sort());
  expect(derivations.flatMap((d) => objects(d, `${PROV}entity`).map((e) => e.value)).sort()).toEqual(father.sources.map(nodeIri).sort());
  expect(objects(parentOf, `${PROV}wasDerivedFrom`).map((o) => o.value)).toEqual([...new Set(father.sources)].map(nodeIri));
});

test('who inspired her, with the quotes', async () => {
  for (const inspiration of await amberInspiration(database())) {
    const inspiredBy = statement('amber-balcaen', 'INSPIRED_BY', inspiration.idolId);
    const quotes = objects(inspiredBy, `${PROV}qualifiedDerivation`).flatMap((d) => objects(d.value, `${vocabulary}quote`)).map((q) => q.value);
    expect(quotes.sort()).toEqual([...inspiration.quotes].sort());
  }
});

test('race results: finish positions as xsd:integer on the ENTERED_RACE statements', async () => {
  for (const result of await amberRaceResults(database())) {
    const entered = statement('amber-balcaen', 'ENTERED_RACE', result.raceId);
    const [finish] = objects(entered, `${vocabulary}finishPosition`);
    expect([finish.value, finish.datatype?.value]).toEqual([String(result.finishPosition), XSD_INTEGER]);
    expect(objects(entered, `${vocabulary}startPosition`).map((o) => Number(o.value))).toEqual(result.startPosition === null ? [] : [result.startPosition]);
  }
});
