/**
 * `npm run export` as users run it (node dist/cli/export.js against the test Neo4j): a subgraph
 * export to CSV, and clear refusals of arguments it cannot take.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { neighbourhoodIds, relationshipsAmong } from '../support/graph-facts';
import { useTestDatabase } from '../support/neo4j';
import { distScript, startNode } from '../support/processes';

const database = useTestDatabase();

let parent: string;
beforeAll(() => {
  parent = fs.mkdtempSync(path.join(os.tmpdir(), 'pitlane-export-cli-'));
});
afterAll(() => fs.rmSync(parent, { recursive: true, force: true }));

async function runExport(...args: string[]) {
  const cli = startNode(distScript('cli/export.js'), args, process.env);
  const code = await cli.exited;
  return { code, output: cli.output() };
}

test('--format csv --from amber-balcaen --depth 1 writes her neighbourhood, one file per label and type, and a manifest', async () => {
  const out = path.join(parent, 'amber');
  const { code, output } = await runExport('--format', 'csv', '--out', out, '--from', 'amber-balcaen', '--depth', '1');
  expect(code).toBe(0);
  const ids = await neighbourhoodIds(database(), 'amber-balcaen', 1);
  const relationships = await relationshipsAmong(database(), ids);
  expect(output).toContain(`Exported the graph within 1 hop of amber-balcaen as csv: ${ids.length} nodes, ${relationships} relationships.`);

  const rowsIn = (folder: string) => fs.readdirSync(path.join(out, folder))
    .flatMap((file) => parse(fs.readFileSync(path.join(out, folder, file), 'utf8'), { columns: true }) as Record<string, string>[]);
  expect(rowsIn('nodes').map((row) => row.id).sort()).toEqual(ids);
  expect(rowsIn('relationships')).toHaveLength(relationships);
  const manifest = JSON.parse(fs.readFileSync(path.join(out, 'export-manifest.json'), 'utf8'));
  expect(manifest).toMatchObject({ format: 'csv', scope: { kind: 'subgraph', fromId: 'amber-balcaen', depth: 1 }, nodes: ids.length, relationships });
  expect([...manifest.files].sort()).toEqual((fs.readdirSync(out, { recursive: true }) as string[]).filter((f) => f.includes('.')).sort());
}, 60_000);

test('an unknown --from id is refused, naming it, and nothing is written', async () => {
  const out = path.join(parent, 'nobody');
  const { code, output } = await runExport('--format', 'graphml', '--out', out, '--from', 'no-such-driver');
  expect(code).toBe(1);
  expect(output).toContain('Error: No node has the id "no-such-driver".');
  expect(fs.existsSync(out)).toBe(false);
}, 60_000);

test.each([
  [['--format', 'xml', '--out', 'x'], /option '--format <format>' argument 'xml' is invalid\. Allowed choices are graphml, csv, jsonld, citations/],
  [['--out', 'x'], /required option '--format <format>' not specified/],
  [['--format', 'csv'], /required option '--out <dir>' not specified/],
  [['--format', 'csv', '--out', 'x', '--from', 'amber-balcaen', '--depth', '9'], /option '--depth <n>' argument '9' is invalid\. must be a whole number from 1 to 5/],
  [['--format', 'csv', '--out', 'x', '--from', 'amber-balcaen', '--depth', 'two'], /argument 'two' is invalid/],
  [['--format', 'csv', '--out', 'x', '--depth', '2'], /--depth needs --from <id>/],
])('%j is refused with a clear message', async (args, message) => {
  const { code, output } = await runExport(...args);
  expect(code).toBe(1);
  expect(output).toMatch(message);
  expect(fs.existsSync(path.join(process.cwd(), 'x'))).toBe(false);
}, 60_000);
