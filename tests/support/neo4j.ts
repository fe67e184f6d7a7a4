/** The test run's Neo4j (see tests/setup/global-setup.ts), and graph states tests start from. */
import { loadConfig } from '../../src/config/config';
import { Database } from '../../src/db/database';
import { connectNeo4j, Neo4jServer } from '../../src/db/neo4j-server';
import { prepareDatabase } from '../../src/db/prepare';
import { GRAPH_VERSION_LABEL } from '../../src/db/graph-version.cypher';
import { MIGRATION_LABEL } from '../../src/db/schema-declaration';
import { loadSeedFiles } from '../../src/seed/load-seed';
import { resetGraph } from '../../src/seed/reset';
import { SEED_FILE } from './seed-files';

export async function testNeo4j(): Promise<Neo4jServer> {
  if (!process.env.NEO4J_URI) throw new Error('NEO4J_URI is not set: run the tests through jest (npm test).');
  return connectNeo4j(loadConfig());
}

/** An empty graph, migrated and with the schema applied (as every start leaves it). */
export async function emptyGraph(db: Database): Promise<void> {
  await prepareDatabase(db);
  await resetGraph(db);
}

/** Which seed a test starts from: every seed/*.yaml, only the interview, or nothing. */
export type SeedChoice = boolean | 'interview';

/**
 * The graph `npm run seed -- --reset` builds: every seed/*.yaml; with `'interview'`, the interview
 * alone (for tests whose expectations are about its people and not about whatever sources the seed gains).
 */
export async function seededGraph(db: Database, seed: Exclude<SeedChoice, false> = true): Promise<void> {
  await emptyGraph(db);
  await loadSeedFiles(db, seed === 'interview' ? [SEED_FILE] : undefined);
}

export interface GraphCounts {
  nodes: number;
  relationships: number;
}

/** Nodes and relationships, not counting the migration records and the graph's version (which a reset keeps) nor the claims beside the graph. */
export async function graphCounts(db: Database): Promise<GraphCounts> {
  const [row] = await db.read(
    `MATCH (n) WHERE NOT n:${MIGRATION_LABEL} AND NOT n:${GRAPH_VERSION_LABEL} AND NOT n:Claim WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relationships`,
  );
  return { nodes: Number(row?.nodes ?? 0), relationships: Number(row?.relationships ?? 0) };
}

/** Every node and relationship with all properties, in a stable order: to compare whole graphs (not the graph's version, which every write raises). */
export async function graphSnapshot(db: Database): Promise<unknown[]> {
  const nodes = await db.read(`MATCH (n) WHERE NOT n:${GRAPH_VERSION_LABEL} RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties ORDER BY id`);
  const relationships = await db.read(
    'MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS properties ORDER BY from, type, to',
  );
  return [nodes, relationships];
}

/**
 * The test run's Neo4j for one test file, on the seed graph unless `seeded: false`; closed after
 * the file's tests. Returns a getter, valid inside tests.
 */
export function useTestDatabase(options: { seeded?: SeedChoice } = {}): () => Database {
  let neo4j: Neo4jServer | undefined;
  beforeAll(async () => {
    neo4j = await testNeo4j();
    if (options.seeded !== false) await seededGraph(neo4j.db, options.seeded);
  });
  afterAll(() => neo4j?.close());
  return () => {
    if (!neo4j) throw new Error('useTestDatabase(): the database is only available inside tests');
    return neo4j.db;
  };
}
