/**
 * Loads a synthetic graph in bulk (WRITE_SYNTHETIC_NODES, WRITE_SYNTHETIC_RELATIONSHIPS: batched
 * UNWIND, without claims), one transaction per batch so that 800k relationships never sit in one
 * transaction. Then the few disputed facts go through the claim store's own path (planClaims,
 * applyClaims): each disputed person's claims from both synthetic sources, resolved as any load
 * resolves them. It refuses a database that holds anything but synthetic data: benchmark data is
 * never mixed with real sources.
 */
import { nodeSubject, Support } from '../../db/claims/claim';
import { elementClaims } from '../../db/claims/element-claims';
import { applyClaims, planClaims, Run } from '../../db/claims/plan';
import { ADMIN_TX_TIMEOUT_MS, Database } from '../../db/database';
import { deriveYears } from '../../db/dating';
import { GRAPH_MODEL } from '../../model/graph-model';
import { MERGE_SOURCE } from '../../seed/seed.cypher';
import { nodeRow, relationshipRow } from '../../seed/load-seed';
import { seedFileSchema } from '../../seed/seed-file.schema';
import { CLEAR_QUERY_CACHES, COUNT_REAL_NODES, WRITE_SYNTHETIC_NODES, WRITE_SYNTHETIC_RELATIONSHIPS } from '../bench.cypher';
import { SYNTHETIC_QUOTE, SYNTHETIC_SECOND_QUOTE, SYNTHETIC_SECOND_SOURCE, SYNTHETIC_SOURCE, SyntheticGraph } from './generate';

export interface SyntheticLoad {
  nodes: number;
  relationships: number;
  seconds: number;
  /** Nodes and relationships written per second. */
  elementsPerSecond: number;
}

function batches<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
}

/** Throws unless the database is empty or holds synthetic data only. */
export async function assertNoRealData(db: Database): Promise<void> {
  const [{ count }] = await db.read(COUNT_REAL_NODES, { sourceId: SYNTHETIC_SOURCE.id });
  if (Number(count) > 0) {
    throw new Error(
      `Refusing to use this database for synthetic benchmark data: it holds ${count} real (non-synthetic) nodes. ` +
        'Point the benchmark at an empty database; it starts its own embedded Neo4j by default.',
    );
  }
}

async function mergeSyntheticSource(db: Database, source: typeof SYNTHETIC_SOURCE | typeof SYNTHETIC_SECOND_SOURCE): Promise<void> {
  const { id, publisher, text, ...properties } = source;
  await db.write(MERGE_SOURCE, { source: { id, publisher, properties: { ...properties, text, storage: 'stored', synthetic: true } } });
}

const stored = (quote: string): Support => ({ storage: 'stored', quotes: [quote], locator: null, excerpt: null });

/**
 * The disputed facts as claims: what the first source says of each disputed person (the node as
 * written, as a backfill would claim it) and what the second says (that the person exists, the
 * name, and another value of the disputed property), planned and applied in one transaction.
 */
async function writeDisputes(db: Database, graph: SyntheticGraph): Promise<void> {
  if (graph.disputes.length === 0) return;
  await mergeSyntheticSource(db, SYNTHETIC_SECOND_SOURCE);
  const nodes = new Map(graph.nodes.map((node) => [node.id, node]));
  const added = graph.disputes.flatMap((dispute) => {
    const node = nodes.get(dispute.personId);
    if (!node) throw new Error(`A synthetic dispute names ${dispute.personId}, which is not a node of the synthetic graph.`);
    const about = nodeSubject(node.id, node.label);
    const { properties } = nodeRow(node);
    return [
      ...elementClaims(GRAPH_MODEL, about, properties, SYNTHETIC_SOURCE.id, stored(SYNTHETIC_QUOTE)),
      ...elementClaims(GRAPH_MODEL, about, { name: properties.name, [dispute.property]: dispute.secondValue }, SYNTHETIC_SECOND_SOURCE.id, stored(SYNTHETIC_SECOND_QUOTE)),
    ];
  });
  await db.writeTransaction(async (tx) => {
    const run: Run = (statement, params) => tx.run(statement, params);
    await applyClaims(run, await planClaims(run, GRAPH_MODEL, { replaced: [], added }));
  });
}

export async function loadSyntheticGraph(db: Database, graph: SyntheticGraph, batchSize = 10_000): Promise<SyntheticLoad> {
  await assertNoRealData(db);
  // The same strict schema as every real seed file: synthetic data obeys the model too.
  const checked = seedFileSchema.safeParse({ source: { ...SYNTHETIC_SOURCE }, nodes: graph.nodes, relationships: graph.relationships });
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new Error(`The synthetic graph breaks the seed schema at ${issue.path.join('.')}: ${issue.message}`);
  }

  const started = process.hrtime.bigint();
  const nodeRows = graph.nodes.map((node) => {
    const row = nodeRow(node);
    return { ...row, properties: { ...row.properties, synthetic: true } };
  });
  for (const batch of batches(nodeRows, batchSize)) {
    await db.write(WRITE_SYNTHETIC_NODES, { nodes: batch, sourceId: SYNTHETIC_SOURCE.id });
  }
  await mergeSyntheticSource(db, SYNTHETIC_SOURCE);
  // Neo4j plans WRITE_SYNTHETIC_RELATIONSHIPS from statistics. With no relationships yet, scanning all of
  // them looks free, so the first plan does that for every row, and the scan grows as the batch
  // writes: 10,000 rows took 25 s. A small first batch, then a fresh plan, expands from each
  // node instead (0.5 s a batch).
  const relationshipRows = graph.relationships.map(relationshipRow);
  const firstBatch = Math.min(1_000, batchSize);
  await db.write(WRITE_SYNTHETIC_RELATIONSHIPS, { relationships: relationshipRows.slice(0, firstBatch), sourceId: SYNTHETIC_SOURCE.id });
  await db.write(CLEAR_QUERY_CACHES);
  for (const batch of batches(relationshipRows.slice(firstBatch), batchSize)) {
    await db.write(WRITE_SYNTHETIC_RELATIONSHIPS, { relationships: batch, sourceId: SYNTHETIC_SOURCE.id });
  }
  await writeDisputes(db, graph);
  // The years a load derives (dating.ts), as the seed loader does for the nodes it writes.
  await db.withTransactionTimeout(ADMIN_TX_TIMEOUT_MS).writeTransaction((tx) => deriveYears(tx, GRAPH_MODEL));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const elements = graph.nodes.length + graph.relationships.length;
  return { nodes: graph.nodes.length, relationships: graph.relationships.length, seconds, elementsPerSecond: Math.round(elements / seconds) };
}
