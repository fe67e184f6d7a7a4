/**
 * The subgraph an export takes with --from/--depth: exactly the nodes within that many hops and
 * every relationship between them; a clear refusal for an unknown id or a depth out of range.
 */
import { ExportError } from '../../src/export/export-error';
import { MAX_SUBGRAPH_DEPTH, readSubgraph, readWholeGraph } from '../../src/export/read-graph';
import { neighbourhoodIds, nodeCounts, relationshipCounts, relationshipsAmong } from '../support/graph-facts';
import { useTestDatabase } from '../support/neo4j';

const database = useTestDatabase();

test('--from amber-balcaen --depth 1: she and exactly her neighbours, and the relationships among them', async () => {
  const expected = await neighbourhoodIds(database(), 'amber-balcaen', 1);
  expect(expected.length).toBeGreaterThan(5);
  const graph = await readSubgraph(database(), 'amber-balcaen', 1);
  expect(graph.scope).toEqual({ kind: 'subgraph', fromId: 'amber-balcaen', depth: 1 });
  expect(graph.nodes.map((n) => n.id).sort()).toEqual(expected);
  expect(graph.relationships).toHaveLength(await relationshipsAmong(database(), expected));
  const included = new Set(expected);
  for (const rel of graph.relationships) expect(included.has(rel.from) && included.has(rel.to)).toBe(true);
  // Relationships between two neighbours count too: her father is also in her family.
  expect(graph.relationships.some((r) => r.from !== 'amber-balcaen' && r.to !== 'amber-balcaen')).toBe(true);
});

test('depth 2 reaches further, and still only as far as two hops', async () => {
  const expected = await neighbourhoodIds(database(), 'amber-balcaen', 2);
  const graph = await readSubgraph(database(), 'amber-balcaen', 2);
  expect(graph.nodes.map((n) => n.id).sort()).toEqual(expected);
  expect(expected.length).toBeGreaterThan((await neighbourhoodIds(database(), 'amber-balcaen', 1)).length);
  expect(graph.relationships).toHaveLength(await relationshipsAmong(database(), expected));
});

test('nodes keep their labels and provenance in a subgraph', async () => {
  const graph = await readSubgraph(database(), 'mike-balcaen', 1);
  const [row] = await database().read("MATCH (p:Person {id: 'mike-balcaen'}) RETURN p.quotes AS quotes, labels(p) AS labels");
  const mike = graph.nodes.find((n) => n.id === 'mike-balcaen');
  expect(mike?.label).toBe('Person');
  expect([...(mike?.labels ?? [])].sort()).toEqual([...(row.labels as string[])].sort());
  expect(mike?.properties.quotes).toEqual(row.quotes);
});

test('the whole graph: every :Entity node and every relationship between two of them, nothing of the audit log', async () => {
  const graph = await readWholeGraph(database());
  expect(graph.nodes).toHaveLength((await nodeCounts(database())).total);
  expect(graph.relationships).toHaveLength((await relationshipCounts(database())).total);
  expect(graph.nodes.some((n) => n.labels.includes('AuditEntry'))).toBe(false);
});

test('an unknown --from id is refused, naming the id', async () => {
  await expect(readSubgraph(database(), 'no-such-driver', 1)).rejects.toThrow(new ExportError('No node has the id "no-such-driver".'));
});

test.each([0, MAX_SUBGRAPH_DEPTH + 1, 1.5, -1])('depth %p is refused', async (depth) => {
  await expect(readSubgraph(database(), 'amber-balcaen', depth)).rejects.toThrow(/depth must be a whole number from 1 to 5/);
});
