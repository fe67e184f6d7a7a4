/**
 * The invented racing fixtures (tests/fixtures/racing/) exported in each format: the meeting, its
 * classes, the vehicle and its make, the award and its body, the roles held, and the results with
 * class, vehicle, shared entries, pole and status, are in the CSV, the GraphML and the JSON-LD.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import jsonld from 'jsonld';
import { exportGraph } from '../../src/export/export-graph';
import { ExportFormat } from '../../src/export/formats';
import { GRAPHML_FILE } from '../../src/export/graphml';
import { JSONLD_FILE, nodeIri, VOCABULARY_IRI as vocabulary } from '../../src/export/jsonld';
import { useRacingGraph } from '../support/racing-graph';
import { ParsedGraphml, readGraphml } from './graphml-reader';

const database = useRacingGraph();

const SCHEMA = 'https://schema.org/';
type Row = Record<string, string>;
interface Quad { subject: { value: string }; predicate: { value: string }; object: { value: string } }

let outRoot: string;
const exported = (format: ExportFormat) => path.join(outRoot, format);

let graphml: ParsedGraphml;
let quads: Quad[];

beforeAll(async () => {
  outRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'pitlane-export-racing-'));
  for (const format of ['csv', 'graphml', 'jsonld'] as const) await exportGraph(database(), { format, outDir: exported(format) });
  graphml = readGraphml(fs.readFileSync(path.join(exported('graphml'), GRAPHML_FILE), 'utf8'));
  const document = JSON.parse(fs.readFileSync(path.join(exported('jsonld'), JSONLD_FILE), 'utf8'));
  quads = (await jsonld.toRDF(document, { safe: true } as jsonld.Options.ToRdf)) as Quad[];
});

afterAll(() => fs.rmSync(outRoot, { recursive: true, force: true }));

const csv = (file: string): Row[] => parse(fs.readFileSync(path.join(exported('csv'), `${file}.csv`), 'utf8'), { columns: true }) as Row[];
const byId = (rows: Row[]) => Object.fromEntries(rows.map((row) => [row.id, row]));

describe('CSV', () => {
  test('a file for each new label: the meeting, the classes, the vehicle, the award', () => {
    expect(byId(csv('nodes/Meeting'))['test-island-races-2019']).toMatchObject({ name: 'Island Races 2019', year: '2019' });
    expect(JSON.parse(byId(csv('nodes/Meeting'))['test-island-races-2019'].disciplines)).toEqual(['motorcycle-road-racing']);
    expect(csv('nodes/Class').map((row) => row.id).sort()).toEqual([
      'test-class-prototype', 'test-class-sidecar', 'test-class-superbike', 'test-class-supersport',
    ]);
    expect(csv('nodes/Vehicle')).toEqual([expect.objectContaining({ id: 'test-vehicle-arrow-p2', name: 'Arrow P2', model: 'P2' })]);
    expect(csv('nodes/Award')).toEqual([expect.objectContaining({ id: 'test-award-rookie', kind: 'rookie-of-the-year' })]);
  });

  test('a race without a year; an event dated "at 14" with the years the graph derives for it (born 1975)', () => {
    expect(byId(csv('nodes/Race'))['test-harbour-club-race']).toMatchObject({ year: '', dateAsStated: 'in her first season' });
    expect(byId(csv('nodes/Event'))['test-maria-boss-first-race']).toMatchObject({
      dateAsStated: 'at 14', relativeTo: 'test-maria-boss', offsetYears: '14', earliestYear: '1989', latestYear: '1990',
    });
  });

  test('results: class, vehicle, number and shared entry on each of the three drivers; pole and fastest lap as booleans', () => {
    const results = csv('relationships/ENTERED_RACE');
    const sixHours = results.filter((row) => row.to === 'test-six-hours-2021');
    expect(sixHours.map((row) => row.from).sort()).toEqual(['test-ada-long', 'test-bea-long', 'test-cy-long']);
    for (const row of sixHours) {
      expect(row).toMatchObject({ class: 'test-class-prototype', vehicle: 'test-vehicle-arrow-p2', number: '22', entry: '22', status: 'dnf', laps: '140' });
    }
    expect(results.find((row) => row.to === 'test-island-races-2019-supersport')).toMatchObject({ pole: 'true', fastestLap: 'true', gap: 'by 2.1s' });
  });

  test('roles held, the award received with its years, the make and the awarding body', () => {
    expect(csv('relationships/HELD_ROLE').map((row) => [row.id, row.role, row.title, row.since, row.until, row.key]).sort()).toEqual([
      ['test-maria-boss:HELD_ROLE:test-team-sparrow:owner', 'owner', '', '2003', '2012', 'owner'],
      ['test-maria-boss:HELD_ROLE:test-young-drivers-programme:director', 'director', 'programme director', '2013', '', 'director'],
    ]);
    expect(csv('relationships/RECEIVED').map((row) => [row.from, row.to, JSON.parse(row.years)])).toEqual([['test-maria-boss', 'test-award-rookie', [1995]]]);
    expect(csv('relationships/MADE_BY').map((row) => [row.from, row.to])).toEqual([['test-vehicle-arrow-p2', 'test-arrow-cars']]);
    expect(csv('relationships/AWARDED_BY').map((row) => [row.from, row.to])).toEqual([['test-award-rookie', 'test-racing-club']]);
  });
});

describe('GraphML', () => {
  test('the new labels on their nodes; HELD_ROLE edges with their role and years', () => {
    const labels = (id: string) => graphml.nodes.find((n) => n.id === id)?.data.labels;
    expect([labels('test-island-races-2019'), labels('test-class-sidecar'), labels('test-vehicle-arrow-p2'), labels('test-award-rookie')])
      .toEqual([':Entity:Meeting', ':Entity:Class', ':Entity:Vehicle', ':Entity:Award']);
    const roles = graphml.edges.filter((e) => e.data.label === 'HELD_ROLE').map((e) => [e.source, e.target, e.data.role, e.data.since, e.data.until ?? null]);
    expect(roles.sort()).toEqual([
      ['test-maria-boss', 'test-team-sparrow', 'owner', 2003, 2012],
      ['test-maria-boss', 'test-young-drivers-programme', 'director', 2013, null],
    ]);
  });

  test('a race entry: typed pole, laps and status; the meeting\'s races and classes as edges', () => {
    const entry = (from: string, to: string) => graphml.edges.find((e) => e.data.label === 'ENTERED_RACE' && e.source === from && e.target === to)?.data;
    expect(entry('test-rosa-quick', 'test-island-races-2019-supersport')).toMatchObject({ pole: true, fastestLap: true, finishPosition: 1 });
    expect(entry('test-rosa-quick', 'test-island-races-2019-superbike')).toMatchObject({ status: 'dnf', laps: 3 });
    expect(graphml.edges.filter((e) => e.data.label === 'PART_OF_MEETING').map((e) => e.target)).toEqual(Array(3).fill('test-island-races-2019'));
    expect(graphml.edges.filter((e) => e.data.label === 'FOR_CLASS')).toHaveLength(4);
  });
});

describe('JSON-LD', () => {
  const objectsOf = (subject: string, predicate: string) =>
    quads.filter((q) => q.subject.value === subject && q.predicate.value === predicate).map((q) => q.object.value);

  test('disciplines as schema:sport; the award as schema:award; the make as schema:manufacturer; the new labels as types', () => {
    expect(objectsOf(nodeIri('test-island-races-2019'), `${SCHEMA}sport`)).toEqual(['motorcycle-road-racing']);
    expect(objectsOf(nodeIri('test-maria-boss'), `${SCHEMA}award`)).toEqual([nodeIri('test-award-rookie')]);
    expect(objectsOf(nodeIri('test-vehicle-arrow-p2'), `${SCHEMA}manufacturer`)).toEqual([nodeIri('test-arrow-cars')]);
    expect(objectsOf(nodeIri('test-award-rookie'), 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type')).toContain(`${vocabulary}Award`);
    expect(objectsOf(nodeIri('test-award-rookie'), `${vocabulary}kind`)).toEqual(['rookie-of-the-year']);
  });

  test('a role held is a statement with its role and years; a race entry links its class and vehicle', () => {
    const statementsOf = (type: string) => quads.filter((q) => q.predicate.value === `${vocabulary}relationshipType` && q.object.value === type).map((q) => q.subject.value);
    const roles = statementsOf('HELD_ROLE').map((s) => [objectsOf(s, `${vocabulary}role`)[0], objectsOf(s, `${vocabulary}since`)[0]]).sort();
    expect(roles).toEqual([['director', '2013'], ['owner', '2003']]);
    const entries = statementsOf('ENTERED_RACE').filter((s) => objectsOf(s, `${vocabulary}vehicle`).length > 0);
    expect(entries).toHaveLength(3);
    for (const s of entries) {
      expect([objectsOf(s, `${vocabulary}class`), objectsOf(s, `${vocabulary}vehicle`)])
        .toEqual([[nodeIri('test-class-prototype')], [nodeIri('test-vehicle-arrow-p2')]]);
    }
  });
});
