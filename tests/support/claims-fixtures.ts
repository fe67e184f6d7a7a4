/**
 * The invented claims fixtures (tests/fixtures/claims/, see its README.md): three sources, one stored
 * and two cited, that disagree on a person's birth date, her birth place and a race finish, and
 * agree on the rest. Their ids are fixed; tests and the README's claims examples use them.
 */
import path from 'node:path';
import { Database } from '../../src/db/database';
import { Neo4jServer } from '../../src/db/neo4j-server';
import { loadSeedFiles, seedFilesIn } from '../../src/seed/load-seed';
import { emptyGraph, seededGraph, testNeo4j } from './neo4j';

export const CLAIMS_FIXTURES_DIR = path.join(__dirname, '../fixtures/claims');

export const ALMANAC = 'test-claims-almanac';
export const ENCYCLOPEDIA = 'test-claims-encyclopedia';
export const GAZETTE = 'test-claims-gazette';
export const RITA = 'test-claims-rita-fast';
export const IDA = 'test-claims-ida-slow';
export const RACE = 'test-claims-valley-200-2019';
export const NORTH_TOWN = 'test-claims-north-town';
export const SOUTH_TOWN = 'test-claims-south-town';

/** The three fixture files, in name order (almanac, encyclopedia, gazette). */
export const CLAIMS_FIXTURES: string[] = seedFilesIn(CLAIMS_FIXTURES_DIR);

/** One fixture file by its source id. */
export function claimsFixture(sourceId: string): string {
  const file = CLAIMS_FIXTURES.find((candidate) => path.basename(candidate, '.yaml') === sourceId);
  if (!file) throw new Error(`no claims fixture ${sourceId} in ${CLAIMS_FIXTURES_DIR}`);
  return file;
}

/** An empty graph with the given fixtures loaded, one file after another (the order sets when each claim was added). */
export async function claimsGraph(db: Database, sourceIds: string[] = [ALMANAC, ENCYCLOPEDIA, GAZETTE]): Promise<void> {
  await emptyGraph(db);
  for (const sourceId of sourceIds) await loadSeedFiles(db, [claimsFixture(sourceId)]);
}

/**
 * A graph of only the claims fixtures for one test file; the seed graph is restored after its tests,
 * for the files after it. Returns a getter of the database, valid inside tests.
 */
export function useClaimsGraph(sourceIds?: string[]): () => Database {
  let neo4j: Neo4jServer | undefined;
  beforeAll(async () => {
    neo4j = await testNeo4j();
    await claimsGraph(neo4j.db, sourceIds);
  });
  afterAll(async () => {
    if (neo4j) await seededGraph(neo4j.db);
    await neo4j?.close();
  });
  return () => {
    if (!neo4j) throw new Error('useClaimsGraph(): the database is only available inside tests');
    return neo4j.db;
  };
}
