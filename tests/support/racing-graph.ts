/**
 * A graph of only the invented racing fixtures (tests/fixtures/racing/), for one test file: what its
 * tests count is what the fixtures state, whatever the seed files hold. The seed graph is restored
 * after the file's tests, for the files after it.
 */
import { Database } from '../../src/db/database';
import { Neo4jServer } from '../../src/db/neo4j-server';
import { loadSeedFiles } from '../../src/seed/load-seed';
import { emptyGraph, seededGraph, testNeo4j } from './neo4j';
import { RACING_FIXTURES } from './racing-fixtures';

/** Returns a getter of the database, valid inside tests. */
export function useRacingGraph(): () => Database {
  let neo4j: Neo4jServer | undefined;
  beforeAll(async () => {
    neo4j = await testNeo4j();
    await emptyGraph(neo4j.db);
    await loadSeedFiles(neo4j.db, RACING_FIXTURES);
  });
  afterAll(async () => {
    if (neo4j) await seededGraph(neo4j.db);
    await neo4j?.close();
  });
  return () => {
    if (!neo4j) throw new Error('useRacingGraph(): the database is only available inside tests');
    return neo4j.db;
  };
}
