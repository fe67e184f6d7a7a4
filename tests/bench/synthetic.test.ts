/**
 * The synthetic benchmark graph: reproducible from its seed, valid in the seed format, shaped like
 * the issue asks (families over five generations, racing world, results), labelled synthetic, and
 * never loaded next to real data.
 */
import {
  DISPUTED_PEOPLE, generateSyntheticGraph, SYNTHETIC_QUOTE, SYNTHETIC_SECOND_QUOTE, SYNTHETIC_SECOND_SOURCE, SYNTHETIC_SOURCE,
} from '../../src/bench/synthetic/generate';
import { loadSyntheticGraph } from '../../src/bench/synthetic/load-synthetic';
import { emptyGraph, graphSnapshot, seededGraph, useTestDatabase } from '../support/neo4j';

const db = useTestDatabase({ seeded: false });

test('the same seed gives the same graph; another seed another', () => {
  const a = generateSyntheticGraph({ people: 300, seed: 7 });
  const b = generateSyntheticGraph({ people: 300, seed: 7 });
  const c = generateSyntheticGraph({ people: 300, seed: 8 });
  expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  expect(JSON.stringify(c)).not.toBe(JSON.stringify(a));
});

test('scale: the asked number of people, and a racing world that grows with them', () => {
  const small = generateSyntheticGraph({ people: 1000 });
  const large = generateSyntheticGraph({ people: 10000 });
  const count = (graph: typeof small, label: string) => graph.nodes.filter((n) => n.label === label).length;
  expect(count(small, 'Person')).toBe(1000);
  expect(count(large, 'Person')).toBe(10000);
  for (const label of ['Series', 'Season', 'Race', 'Team', 'Venue']) {
    expect(count(large, label)).toBeGreaterThan(count(small, label));
  }
});

test('families span five generations with parents, siblings, spouses and stated cousins; drivers have results', () => {
  const graph = generateSyntheticGraph({ people: 2000 });
  const types = new Map<string, number>();
  for (const r of graph.relationships) types.set(r.type, (types.get(r.type) ?? 0) + 1);
  for (const type of ['PARENT_OF', 'SIBLING_OF', 'SPOUSE_OF', 'HAS_RELATIVE', 'MEMBER_OF', 'DROVE_FOR', 'ENTERED_SEASON', 'ENTERED_RACE', 'PART_OF_SEASON', 'OF_SERIES', 'HELD_AT']) {
    expect([type, (types.get(type) ?? 0) > 0]).toEqual([type, true]);
  }
  // Depth of the longest parent chain: founders are generation 0, so five generations is 4 hops.
  const parentsOf = new Map<string, string[]>();
  for (const r of graph.relationships) if (r.type === 'PARENT_OF') parentsOf.set(r.to, [...(parentsOf.get(r.to) ?? []), r.from]);
  const depth = (id: string): number => Math.max(0, ...(parentsOf.get(id) ?? []).map((p) => 1 + depth(p)));
  expect(Math.max(...[...parentsOf.keys()].map(depth))).toBe(4);
  // Every race result has a finishing position, and each race's positions are 1..n without gaps.
  const byRace = new Map<string, number[]>();
  for (const r of graph.relationships) {
    if (r.type === 'ENTERED_RACE') byRace.set(r.to, [...(byRace.get(r.to) ?? []), r.finishPosition as number]);
  }
  for (const positions of byRace.values()) {
    expect([...positions].sort((x, y) => x - y)).toEqual(positions.map((_, i) => i + 1));
  }
});

test('loaded, every node is synthetic and every fact cites the synthetic source with a quote from its text', async () => {
  await emptyGraph(db());
  const graph = generateSyntheticGraph({ people: 200 });
  const load = await loadSyntheticGraph(db(), graph, 500);
  expect(load).toMatchObject({ nodes: graph.nodes.length, relationships: graph.relationships.length });
  expect(load.elementsPerSecond).toBeGreaterThan(0);
  const [counts] = await db().read(`
    MATCH (n:Entity) WITH count(n) AS nodes, count(CASE WHEN n.synthetic THEN 1 END) AS synthetic
    MATCH ()-[r]->() WHERE type(r) <> 'PUBLISHED_BY'
    RETURN nodes, synthetic, count(r) AS relationships,
           count(CASE WHEN r.sources = [$source] AND r.quotes = [$quote] THEN 1 END) AS cited`, { source: SYNTHETIC_SOURCE.id, quote: SYNTHETIC_QUOTE });
  // The nodes, and the two synthetic sources.
  expect(counts).toEqual({ nodes: graph.nodes.length + 2, synthetic: graph.nodes.length + 2, relationships: graph.relationships.length, cited: graph.relationships.length });
  expect(SYNTHETIC_SOURCE.text).toContain(SYNTHETIC_QUOTE);
  const [source] = await db().read('MATCH (s:Source {id: $id}) RETURN s.title AS title', { id: SYNTHETIC_SOURCE.id });
  expect(source.title).toMatch(/^SYNTHETIC/);
});

test('a few people have a birth year the two synthetic sources dispute, written as claims and resolved as any load resolves them', async () => {
  await emptyGraph(db());
  const graph = generateSyntheticGraph({ people: 300, seed: 5 });
  expect(graph.disputes).toHaveLength(DISPUTED_PEOPLE);
  await loadSyntheticGraph(db(), graph);
  const ids = graph.disputes.map((d) => d.personId);
  const rows = await db().read(`
    MATCH (p:Person) WHERE p.id IN $ids
    RETURN p.id AS id, p.born AS born, p.sources AS sources, p.synthetic AS synthetic,
      COLLECT { MATCH (c:Claim {subject: p.id, property: 'born'}) RETURN [c.source, c.value, c.preferred, c.disputed, c.rule] ORDER BY c.source } AS claims
    ORDER BY id`, { ids });
  expect(rows).toEqual([...graph.disputes].sort((a, b) => a.personId.localeCompare(b.personId)).map((dispute) => {
    const born = (graph.nodes.find((n) => n.id === dispute.personId) as { born?: string }).born;
    return {
      id: dispute.personId,
      // The first source is the more recent one: the graph answers with its year.
      born,
      sources: [SYNTHETIC_SOURCE.id, SYNTHETIC_SECOND_SOURCE.id],
      synthetic: true,
      claims: [
        [SYNTHETIC_SOURCE.id, born, true, true, 'recency'],
        [SYNTHETIC_SECOND_SOURCE.id, dispute.secondValue, false, true, 'recency'],
      ],
    };
  }));
  // Nobody else has claims: the rest of the graph is written in bulk.
  const [{ subjects }] = await db().read('MATCH (c:Claim) RETURN collect(DISTINCT c.subject) AS subjects');
  expect([...(subjects as string[])].sort()).toEqual([...ids].sort());
  const [second] = await db().read('MATCH (s:Source {id: $id}) RETURN s.title AS title, s.text AS text', { id: SYNTHETIC_SECOND_SOURCE.id });
  expect(second.title).toMatch(/^SYNTHETIC/);
  expect(second.text).toContain(SYNTHETIC_SECOND_QUOTE);
});

test('refuses a database with real data in it, and leaves it unchanged', async () => {
  await seededGraph(db());
  const before = await graphSnapshot(db());
  await expect(loadSyntheticGraph(db(), generateSyntheticGraph({ people: 100 }))).rejects.toThrow(/real \(non-synthetic\) nodes/);
  expect(await graphSnapshot(db())).toEqual(before);
});
