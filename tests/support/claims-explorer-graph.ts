/**
 * A graph of only the invented claims fixtures of the explorer (tests/fixtures/claims-explorer/,
 * see its README.md): three sources disagreeing about one person's birth year and one race finish.
 * The seed graph is restored after the file's tests, for the files after it.
 */
import path from 'node:path';
import { Database } from '../../src/db/database';
import { Neo4jServer } from '../../src/db/neo4j-server';
import { loadSeedFiles, seedFilesIn } from '../../src/seed/load-seed';
import { emptyGraph, seededGraph, testNeo4j } from './neo4j';

export const CLAIMS_EXPLORER_FIXTURES_DIR = path.join(__dirname, '../fixtures/claims-explorer');

/** Returns a getter of the database, valid inside tests. */
export function useClaimsExplorerGraph(): () => Database {
  let neo4j: Neo4jServer | undefined;
  beforeAll(async () => {
    neo4j = await testNeo4j();
    await emptyGraph(neo4j.db);
    await loadSeedFiles(neo4j.db, seedFilesIn(CLAIMS_EXPLORER_FIXTURES_DIR));
  });
  afterAll(async () => {
    if (neo4j) await seededGraph(neo4j.db);
    await neo4j?.close();
  });
  return () => {
    if (!neo4j) throw new Error('useClaimsExplorerGraph(): the database is only available inside tests');
    return neo4j.db;
  };
}
