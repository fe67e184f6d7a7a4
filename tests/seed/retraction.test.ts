/**
 * Many sources, one graph: loading a source changes only its own claims, two sources that disagree
 * are both kept (a dispute answered by the rule), and retracting a source takes out exactly what it
 * claims. Checked on the whole graph's fingerprint (src/db/fingerprint.ts: every node, relationship
 * and claim, without times) against graphs built from the remaining sources alone.
 * The sources are invented fixtures (tests/fixtures/retraction/README.md).
 */
import path from 'node:path';
import { graphFingerprint, GraphFingerprint } from '../../src/db/fingerprint';
import { prepareDatabase } from '../../src/db/prepare';
import { loadSeedFiles } from '../../src/seed/load-seed';
import { resetGraph } from '../../src/seed/reset';
import { retractSource } from '../../src/seed/retract';
import { useTestDatabase } from '../support/neo4j';

const database = useTestDatabase({ seeded: false });
const FIXTURES = path.join(__dirname, '../fixtures/retraction');
const A = path.join(FIXTURES, 'test-fixture-source-a.yaml');
const B = path.join(FIXTURES, 'test-fixture-source-b.yaml');
const C = path.join(FIXTURES, 'test-fixture-source-c.yaml');
const curator = { actor: 'retraction-test', role: 'editor' };

async function graphOf(...files: string[]): Promise<GraphFingerprint> {
  await resetGraph(database());
  await prepareDatabase(database());
  for (const file of files) await loadSeedFiles(database(), [file]);
  return graphFingerprint(database());
}

async function person(id: string): Promise<Record<string, unknown>> {
  const [row] = await database().read('MATCH (p:Person {id: $id}) RETURN properties(p) AS properties', { id });
  return row?.properties as Record<string, unknown>;
}

/** A source's claims as it made them: what, of what, with which support and when (not how the graph resolved them). */
async function claimsOf(sourceId: string) {
  return database().read(
    'MATCH (c:Claim {source: $sourceId}) RETURN c.id AS id, c {.*, preferred: null, disputed: null, rule: null} AS claim ORDER BY id', { sourceId },
  );
}

let aloneA: GraphFingerprint;
let aloneB: GraphFingerprint;

beforeAll(async () => {
  aloneB = await graphOf(B);
  aloneA = await graphOf(A);
}, 120_000);

test('a second source changes none of the first one\'s claims; lists are the union; a disagreement is kept as a dispute', async () => {
  await graphOf(A);
  const claimsOfA = await claimsOf('test-fixture-source-a');
  await loadSeedFiles(database(), [B]);
  expect(await claimsOf('test-fixture-source-a')).toEqual(claimsOfA);

  const ruth = await person('test-ruth-able');
  // One source each, neither more specific: the more recent source answers (B, 2024-03, over A, 2020).
  expect(ruth.born).toBe('1991');
  expect(ruth.nicknames).toEqual(['Ruthie', 'The Kite']);
  expect(ruth.roles).toEqual(['driver']);
  expect(ruth.sources).toEqual(['test-fixture-source-a', 'test-fixture-source-b']);
  // B names Sam without his roles: it claims none, so A's stay.
  expect((await person('test-sam-able')).roles).toEqual(['driver']);

  const born = await database().read(
    "MATCH (c:Claim {subject: 'test-ruth-able', property: 'born'}) RETURN c.source AS source, c.value AS value, c.preferred AS preferred, c.disputed AS disputed, c.rule AS rule, c.storage AS storage, c.locator AS locator ORDER BY source",
  );
  expect(born).toEqual([
    { source: 'test-fixture-source-a', value: '1990', preferred: false, disputed: true, rule: 'recency', storage: 'stored', locator: null },
    { source: 'test-fixture-source-b', value: '1991', preferred: true, disputed: true, rule: 'recency', storage: 'cited', locator: 'paragraph 1' },
  ]);
}, 120_000);

test('load A, load B, retract B: the graph is A alone; retract A too: only B\'s facts remain', async () => {
  await graphOf(A, B);
  const dryRun = await retractSource(database(), 'test-fixture-source-b', { apply: false, ...curator });
  expect(dryRun.applied).toBe(false);
  expect(dryRun.diff.conflictsSettled.map((conflict) => conflict.property)).toEqual(['born']);
  expect(dryRun.nodesRemoved).toBe(2); // B's publisher and Lou Bell
  expect(dryRun.relationshipsRemoved).toBe(1); // MENTORED

  const retracted = await retractSource(database(), 'test-fixture-source-b', { apply: true, ...curator });
  expect(retracted.claimsRemoved).toBe(dryRun.claimsRemoved);
  const afterRetraction = await graphFingerprint(database());
  expect(afterRetraction.counts).toEqual(aloneA.counts);
  expect(afterRetraction.nodes).toEqual(aloneA.nodes);
  expect(afterRetraction.relationships).toEqual(aloneA.relationships);
  expect(afterRetraction.hash).toBe(aloneA.hash);

  await loadSeedFiles(database(), [B]);
  await retractSource(database(), 'test-fixture-source-a', { apply: true, ...curator });
  const onlyB = await graphFingerprint(database());
  expect(onlyB.nodes).toEqual(aloneB.nodes);
  expect(onlyB.relationships).toEqual(aloneB.relationships);
  expect((await person('test-ruth-able')).born).toBe('1991');
  expect(await person('test-team-kite')).toBeUndefined();
}, 120_000);

test('re-loading a source changes nothing; loading it after another changes only its claims', async () => {
  const both = await graphOf(A, B);
  const [again] = await loadSeedFiles(database(), [A]);
  expect(again.written).toBe(false);
  expect((await graphFingerprint(database())).hash).toBe(both.hash);
}, 120_000);

test('a dry run writes nothing; a retraction that would cut another source\'s fact loose is refused and writes nothing', async () => {
  const before = await graphOf(A, C);
  const planned = await retractSource(database(), 'test-fixture-source-a', { apply: false, ...curator });
  expect(planned.applied).toBe(false);
  expect((await graphFingerprint(database())).hash).toBe(before.hash);
  await expect(retractSource(database(), 'test-fixture-source-a', { apply: true, ...curator }))
    .rejects.toThrow(/"test-sam-able" <-\[:MENTORED\]- "test-kim-cole"/);
  expect((await graphFingerprint(database())).hash).toBe(before.hash);
  await expect(retractSource(database(), 'no-such-source', { apply: false, ...curator })).rejects.toThrow(/there is no source "no-such-source"/);
}, 120_000);

test('a retraction is audited with who, what and the counts', async () => {
  await graphOf(A, B);
  await retractSource(database(), 'test-fixture-source-b', { apply: true, ...curator });
  const [entry] = await database().read("MATCH (a:AuditEntry {operation: 'retractSource'}) RETURN a.actor AS actor, a.sourceId AS sourceId, a.input AS input");
  expect(entry).toMatchObject({ actor: 'retraction-test', sourceId: 'test-fixture-source-b' });
  expect(JSON.parse(String(entry.input))).toMatchObject({ nodesRemoved: 2, relationshipsRemoved: 1 });
}, 120_000);
