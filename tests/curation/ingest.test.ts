/**
 * `npm run ingest`: a dry run prints what would be created, changed and left alone and writes
 * nothing; --apply writes (audited); applying again changes nothing.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { graphFingerprint } from '../../src/db/fingerprint';
import { graphSnapshot, useTestDatabase } from '../support/neo4j';
import { distScript, startNode } from '../support/processes';
import { racingFixture } from '../support/racing-fixtures';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'ingest', 'test-fixture-jane-roe.yaml');
const database = useTestDatabase();

/** A copy of the fixture (beside its source text) with the first `from` replaced; fails loudly if `from` is absent. */
function fixtureWith(from: string, to: string): string {
  const text = fs.readFileSync(FIXTURE, 'utf8');
  if (!text.includes(from)) throw new Error(`the fixture no longer contains ${JSON.stringify(from)}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pitlane-ingest-'));
  fs.cpSync(path.dirname(FIXTURE), dir, { recursive: true });
  const file = path.join(dir, path.basename(FIXTURE));
  fs.writeFileSync(file, text.replace(from, to));
  return file;
}

async function ingest(...args: string[]) {
  const cli = startNode(distScript('cli/ingest.js'), args, process.env);
  const code = await cli.exited;
  return { code, output: cli.output() };
}

test('dry run: lists what would be created and writes nothing', async () => {
  const before = await graphSnapshot(database());
  const { code, output } = await ingest(FIXTURE);
  expect(code).toBe(0);
  expect(output).toContain("+ (:Person {id: 'jane-roe'})");
  expect(output).toContain('+ (ann-roe)-[:PARENT_OF]->(jane-roe)');
  // 4 nodes and 2 relationships (the source is its own line).
  expect(output).toContain('6 to create, 0 to change, 0 to delete, 0 unchanged');
  expect(output).toContain('Dry run: nothing was written');
  expect(await graphSnapshot(database())).toEqual(before);
}, 60_000);

test('--apply writes the file in one go and audits it; applying again changes nothing', async () => {
  const applied = await ingest(FIXTURE, '--apply', '--actor', 'ingest-test');
  expect(applied.code).toBe(0);
  expect(applied.output).toMatch(/Applied .*test-fixture-jane-roe\.yaml: 4 nodes, 2 relationships/);
  const [jane] = await database().read(
    "MATCH (ann:Person {id: 'ann-roe'})-[:PARENT_OF]->(jane:Person {id: 'jane-roe'})-[stint:DROVE_FOR]->(:Team {id: 'example-racing'}) RETURN jane.nationality AS nationality, stint.years AS years",
  );
  expect(jane).toEqual({ nationality: 'British', years: [2024] });
  const audit = await database().read("MATCH (a:AuditEntry {operation: 'ingest', sourceId: 'test-fixture-jane-roe'}) RETURN a.actor AS actor, a.targetIds AS targets");
  expect(audit).toEqual([{ actor: 'ingest-test', targets: expect.arrayContaining(['jane-roe', 'ann-roe']) }]);

  const after = await graphSnapshot(database());
  const again = await ingest(FIXTURE, '--apply');
  expect(again.code).toBe(0);
  expect(again.output).toContain('0 to create, 0 to change, 0 to delete, 6 unchanged');
  expect(again.output).toContain('Nothing to change');
  expect(await graphSnapshot(database())).toEqual(after);
}, 60_000);

test('a changed file shows the changed fields', async () => {
  const file = fixtureWith('years: [2024]', 'years: [2023, 2024]');
  const { code, output } = await ingest(file);
  expect(code).toBe(0);
  expect(output).toContain('~ (jane-roe)-[:DROVE_FOR]->(example-racing)\n      years: [2024] → [2024,2023]\n        + claim 2023 from test-fixture-jane-roe');
  expect(output).toContain('0 to create, 1 to change, 0 to delete, 5 unchanged; claims: 1 added, 0 replaced, 0 removed');
}, 60_000);

test('an invalid file is refused with file, path and reason, and nothing is written', async () => {
  const file = fixtureWith('nationality: British', 'nationality: British\n    birthday: "1990-01-01"');
  const before = await graphSnapshot(database());
  const { code, output } = await ingest(file, '--apply');
  expect(code).toBe(1);
  expect(output).toMatch(/test-fixture-jane-roe\.yaml: nodes\[1\] \(line \d+\): the label Person has no property "birthday"/);
  expect(await graphSnapshot(database())).toEqual(before);
}, 60_000);

test('a quote too short to be an excerpt is refused with the quote, the minimum and where, and nothing is written', async () => {
  // "Jane Roe" occurs in the text, but two words support nothing.
  const file = fixtureWith('quotes: ["Jane Roe is a British racing driver."]', 'quotes: ["Jane Roe"]');
  const before = await graphSnapshot(database());
  const { code, output } = await ingest(file, '--apply');
  expect(code).toBe(1);
  expect(output).toMatch(/test-fixture-jane-roe\.yaml: nodes\[1\]\.quotes\[0\] \(line \d+\): quote "Jane Roe" has 2 words; a quote must be an excerpt of at least 4 words/);
  expect(await graphSnapshot(database())).toEqual(before);
}, 60_000);

test('the racing model through ingest: two roles in one team are two lines, applied with derived years, then nothing to change', async () => {
  const file = racingFixture('test-fixture-team-boss');
  const dry = await ingest(file);
  expect(dry.code).toBe(0);
  // HELD_ROLE is identified by its role: the owner and the director are apart, each with its key.
  expect(dry.output).toContain("+ (test-maria-boss)-[:HELD_ROLE {key: 'owner'}]->(test-team-sparrow)");
  expect(dry.output).toContain("+ (test-maria-boss)-[:HELD_ROLE {key: 'director'}]->(test-young-drivers-programme)");
  expect(dry.output).toContain('+ (test-maria-boss)-[:RECEIVED]->(test-award-rookie)');

  const applied = await ingest(file, '--apply', '--actor', 'ingest-test');
  expect(applied.code).toBe(0);
  const roles = await database().read(
    "MATCH (:Person {id: 'test-maria-boss'})-[r:HELD_ROLE]->(o) RETURN o.id AS at, r.role AS role, r.since AS since, r.until AS until ORDER BY r.since",
  );
  expect(roles).toEqual([
    { at: 'test-team-sparrow', role: 'owner', since: 2003, until: 2012 },
    { at: 'test-young-drivers-programme', role: 'director', since: 2013, until: null },
  ]);
  // "at 14", for someone born in 1975: the graph derived the years while applying.
  const [event] = await database().read("MATCH (e:Event {id: 'test-maria-boss-first-race'}) RETURN e.earliestYear AS earliest, e.latestYear AS latest");
  expect(event).toEqual({ earliest: 1989, latest: 1990 });

  const again = await ingest(file, '--apply');
  expect(again.output).toContain('Nothing to change');
}, 90_000);

test('--retract: a dry run shows what would go and writes nothing; --apply takes the source out, audited; --json is the diff as data', async () => {
  expect((await ingest(FIXTURE, '--apply')).code).toBe(0);
  const loaded = await graphFingerprint(database());

  const dryRun = await ingest('--retract', 'test-fixture-jane-roe');
  expect(dryRun.code).toBe(0);
  expect(dryRun.output).toContain("- (:Person {id: 'jane-roe'})");
  expect(dryRun.output).toContain('      name: "Jane Roe" → ∅\n        - claim "Jane Roe" from test-fixture-jane-roe: "Jane Roe is a British racing driver."');
  expect(dryRun.output).toContain('0 to create, 0 to change, 6 to delete');
  expect(dryRun.output).toContain('Dry run: nothing was written');
  expect((await graphFingerprint(database())).hash).toBe(loaded.hash);

  const json = await ingest('--retract', 'test-fixture-jane-roe', '--json');
  const retraction = JSON.parse(json.output.slice(json.output.indexOf('{')));
  expect(retraction).toMatchObject({ sourceId: 'test-fixture-jane-roe', applied: false, nodesRemoved: 4, relationshipsRemoved: 2 });
  expect(retraction.diff.elements.find((element: { subject: string }) => element.subject === 'jane-roe').change).toBe('delete');

  const applied = await ingest('--retract', 'test-fixture-jane-roe', '--apply', '--actor', 'retract-test');
  expect(applied.code).toBe(0);
  expect(applied.output).toMatch(/Retracted test-fixture-jane-roe: \d+ claims, 4 nodes, 2 relationships removed/);
  const audit = await database().read("MATCH (a:AuditEntry {operation: 'retractSource'}) RETURN a.actor AS actor, a.sourceId AS sourceId");
  expect(audit).toEqual([{ actor: 'retract-test', sourceId: 'test-fixture-jane-roe' }]);
  const [left] = await database().read(
    "MATCH (n) WHERE n.id IN ['jane-roe', 'ann-roe', 'example-racing', 'test-fixture-jane-roe'] OR n.source = 'test-fixture-jane-roe' RETURN count(n) AS count",
  );
  expect(left.count).toBe(0);
  // Everything else is as it was: the fingerprint lost exactly the fixture's nodes, claims and relationships.
  const after = await graphFingerprint(database());
  expect(after.nodes).toEqual(loaded.nodes.filter((node) => !['jane-roe', 'ann-roe', 'example-racing', 'test-fixture-jane-roe', 'test-fixture-publisher'].includes(String(node.id))
    && node.properties.source !== 'test-fixture-jane-roe'));

  const unknown = await ingest('--retract', 'test-fixture-jane-roe');
  expect(unknown.code).not.toBe(0);
  expect(unknown.output).toContain('there is no source "test-fixture-jane-roe" in the graph');
}, 120_000);
