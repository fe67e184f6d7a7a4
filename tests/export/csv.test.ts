/**
 * The CSV export loads back with a CSV parser: one file per label and per relationship type, with
 * the rows, ids, ends, properties and provenance of the graph.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { exportGraph } from '../../src/export/export-graph';
import { amberFather, amberInspiration, amberRaceResults, entityIds, nodeCounts, relationshipCounts } from '../support/graph-facts';
import { useTestDatabase } from '../support/neo4j';

const database = useTestDatabase();

type Row = Record<string, string>;

let outDir: string;
/** `nodes/Person` → its rows, `relationships/PARENT_OF` → its rows. */
const tables = new Map<string, { columns: string[]; rows: Row[] }>();

function csvIn(folder: string): string[] {
  return fs.readdirSync(path.join(outDir, folder)).filter((file) => file.endsWith('.csv')).map((file) => file.replace(/\.csv$/, '')).sort();
}

function table(name: string): Row[] {
  const found = tables.get(name);
  if (!found) throw new Error(`no ${name}.csv in the export`);
  return found.rows;
}

beforeAll(async () => {
  outDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pitlane-export-csv-')), 'out');
  await exportGraph(database(), { format: 'csv', outDir });
  for (const folder of ['nodes', 'relationships']) {
    for (const name of csvIn(folder)) {
      const text = fs.readFileSync(path.join(outDir, folder, `${name}.csv`), 'utf8');
      const [columns] = parse(text, { to_line: 1 }) as string[][];
      tables.set(`${folder}/${name}`, { columns, rows: parse(text, { columns: true }) as Row[] });
    }
  }
});

afterAll(() => fs.rmSync(path.dirname(outDir), { recursive: true, force: true }));

test('one file per label with one row per node, one file per relationship type with one row per relationship', async () => {
  const nodes = await nodeCounts(database());
  const relationships = await relationshipCounts(database());
  expect(nodes.total).toBeGreaterThan(0);
  expect(csvIn('nodes')).toEqual(Object.keys(nodes.byKind).sort());
  expect(csvIn('relationships')).toEqual(Object.keys(relationships.byKind).sort());
  for (const [label, count] of Object.entries(nodes.byKind)) expect([label, table(`nodes/${label}`).length]).toEqual([label, count]);
  for (const [type, count] of Object.entries(relationships.byKind)) expect([type, table(`relationships/${type}`).length]).toEqual([type, count]);
  const ids = csvIn('nodes').flatMap((label) => table(`nodes/${label}`).map((row) => row.id)).sort();
  expect(ids).toEqual(await entityIds(database()));
});

test('headers: ids first, provenance last; every relationship end is a node of the export', async () => {
  const ids = new Set(await entityIds(database()));
  for (const [name, { columns, rows }] of tables) {
    const lead = name.startsWith('nodes/') ? ['id'] : ['id', 'from', 'to'];
    expect(columns.slice(0, lead.length)).toEqual(lead);
    // Sources and their PUBLISHED_BY carry no provenance lists of their own: they are the provenance.
    if (columns.includes('quotes')) expect(columns.slice(-2)).toEqual(['sources', 'quotes']);
    for (const row of rows) {
      if (name.startsWith('relationships/')) {
        expect(ids.has(row.from) && ids.has(row.to)).toBe(true);
      }
      if (row.quotes !== undefined) {
        const [sources, quotes] = [JSON.parse(row.sources) as string[], JSON.parse(row.quotes) as string[]];
        expect(quotes.length).toBeGreaterThan(0);
        expect(sources).toHaveLength(quotes.length);
      }
    }
  }
});

test('provenance columns in exactly the files whose nodes or relationships have provenance', async () => {
  const labels = await database().read("MATCH (n:Entity) WHERE n.quotes IS NOT NULL UNWIND [l IN labels(n) WHERE l <> 'Entity'] AS label RETURN DISTINCT label");
  const types = await database().read('MATCH (:Entity)-[r]->(:Entity) WHERE r.quotes IS NOT NULL RETURN DISTINCT type(r) AS type');
  const cited = [...labels.map((r) => `nodes/${r.label}`), ...types.map((r) => `relationships/${r.type}`)].sort();
  const withProvenance = [...tables].filter(([, { columns }]) => columns.includes('sources') && columns.includes('quotes')).map(([name]) => name).sort();
  expect(withProvenance).toEqual(cited);
});

test("Amber Balcaen's father, with the quote and source that state it", async () => {
  const father = await amberFather(database());
  const rows = table('relationships/PARENT_OF').filter((row) => row.to === 'amber-balcaen');
  expect(rows.map((row) => row.from)).toEqual([father.id]);
  expect(JSON.parse(rows[0].quotes)).toEqual(father.quotes);
  expect(JSON.parse(rows[0].sources)).toEqual(father.sources);
  expect(table('nodes/Person').find((row) => row.id === father.id)?.name).toBe(father.name);
});

test('who inspired her, quoted', async () => {
  for (const inspiration of await amberInspiration(database())) {
    const row = table('relationships/INSPIRED_BY').find((r) => r.from === 'amber-balcaen' && r.to === inspiration.idolId);
    expect(JSON.parse(String(row?.quotes))).toEqual(inspiration.quotes);
  }
});

test('race results: start and finish positions', async () => {
  const results = await amberRaceResults(database());
  const exported = table('relationships/ENTERED_RACE')
    .filter((row) => row.from === 'amber-balcaen' && row.finishPosition !== '')
    .map((row) => ({ raceId: row.to, startPosition: row.startPosition === '' ? null : Number(row.startPosition), finishPosition: Number(row.finishPosition) }))
    .sort((a, b) => a.raceId.localeCompare(b.raceId));
  expect(exported).toEqual(results);
});
