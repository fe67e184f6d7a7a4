/**
 * Seed loads and the audit log: every load that changes the graph leaves one AuditEntry per file
 * (the first seeding of an empty graph by `npm start` included), like an ingest; a load that changes
 * nothing writes nothing at all, so `npm run seed` on an unchanged graph leaves no trace.
 */
import { loadSeedFiles, seedFilesIn } from '../../src/seed/load-seed';
import { emptyGraph, graphSnapshot, seededGraph, useTestDatabase } from '../support/neo4j';
import { distScript, startNode } from '../support/processes';
import { seedWith, writeSeedCopy } from '../support/seed-files';

const database = useTestDatabase({ seeded: false });

interface Audit {
  actor: string;
  operation: string;
  sourceId: string;
  targetIds: string[];
  input: string;
}

const audits = async (): Promise<Audit[]> =>
  (await database().read(
    'MATCH (a:AuditEntry) RETURN a.actor AS actor, a.operation AS operation, a.sourceId AS sourceId, a.targetIds AS targetIds, a.input AS input ORDER BY a.at',
  )) as unknown as Audit[];

test('seeding an empty graph, as npm start does, audits each seed file', async () => {
  await emptyGraph(database());
  const loaded = await loadSeedFiles(database());
  expect(loaded.map((l) => l.written)).toEqual(seedFilesIn().map(() => true));
  const entries = await audits();
  expect(entries.map((a) => [a.operation, a.sourceId])).toEqual(loaded.map((l) => ['seed', l.sourceId]));
  const interview = loaded.findIndex((l) => l.sourceId === 'females-in-motorsport-amber-balcaen-2023');
  expect(entries.every((entry) => entry.actor === 'pitlane-graph')).toBe(true);
  expect(entries[interview].targetIds).toEqual(expect.arrayContaining([loaded[interview].sourceId, 'amber-balcaen']));
  // Each of its nodes and relationships is created, unless a file loaded before it stated it already.
  const input = JSON.parse(entries[interview].input);
  expect(input).toMatchObject({ nodes: loaded[interview].nodes, relationships: loaded[interview].relationships, source: 'create' });
  expect(input.created + input.changed).toBe(loaded[interview].nodes + loaded[interview].relationships);
});

test('npm run seed on an unchanged graph writes nothing, not even an audit entry', async () => {
  await seededGraph(database());
  const before = await graphSnapshot(database());
  const cli = startNode(distScript('cli/seed.js'), [], process.env);
  expect(await cli.exited).toBe(0);
  expect(cli.output()).toMatch(/Unchanged .*females-in-motorsport-amber-balcaen-2023\.yaml .*nothing written/);
  expect(await graphSnapshot(database())).toEqual(before);
}, 60_000);

test('npm run seed with a file that changes the graph writes it and audits it with the user, once', async () => {
  await seededGraph(database());
  const auditsBefore = (await audits()).length;
  const changed = writeSeedCopy(seedWith('points: 774', 'points: 775'), 'changed-source.yaml');
  const cli = startNode(distScript('cli/seed.js'), [changed], process.env);
  expect(await cli.exited).toBe(0);
  expect(cli.output()).toMatch(/Loaded .*changed-source\.yaml/);
  const [season] = await database().read(
    "MATCH (:Person {id: 'amber-balcaen'})-[entry:ENTERED_SEASON]->(:Season {id: 'arca-menards-series-2022'}) RETURN entry.points AS points",
  );
  expect(season.points).toBe(775);
  const added = (await audits()).slice(auditsBefore);
  expect(added.map((a) => [a.operation, a.sourceId, JSON.parse(a.input).changed])).toEqual([['seed', 'females-in-motorsport-amber-balcaen-2023', 1]]);
  // Loading the same file again changes nothing, and adds no entry.
  const again = startNode(distScript('cli/seed.js'), [changed], process.env);
  expect(await again.exited).toBe(0);
  expect((await audits()).length).toBe(auditsBefore + 1);
}, 120_000);

test('a source whose title changed is a change too: the Source node is compared whole', async () => {
  await seededGraph(database());
  const auditsBefore = (await audits()).length;
  const retitled = writeSeedCopy(seedWith('  title: "Amber Balcaen:', '  title: "Interview: Amber Balcaen:'), 'retitled.yaml');
  const [summary] = await loadSeedFiles(database(), [retitled], { actor: 'seed-test', operation: 'seed' });
  expect(summary.written).toBe(true);
  const [source] = await database().read("MATCH (s:Source {id: 'females-in-motorsport-amber-balcaen-2023'}) RETURN s.title AS title");
  expect(source.title).toMatch(/^Interview: Amber Balcaen:/);
  const added = (await audits()).slice(auditsBefore);
  expect(added.map((a) => [a.actor, JSON.parse(a.input).source, JSON.parse(a.input).changed])).toEqual([['seed-test', 'change', 0]]);
});
