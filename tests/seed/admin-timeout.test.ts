/**
 * Loads and the schema are administrative work: one all-or-nothing transaction each, under
 * ADMIN_TX_TIMEOUT_MS rather than the API's NEO4J_TX_TIMEOUT_MS, so a busy machine that makes a
 * seed slower than an API request may be does not make `npm start`, `npm run seed` or a test's
 * seeding fail. Neo4j's transaction monitor stops any transaction older than its timeout at its
 * next check (every 2 s by default); the schema's index build and the loads here take longer than
 * that, so with a 1 ms timeout they would be stopped.
 */
import { loadConfig } from '../../src/config/config';
import { ADMIN_TX_TIMEOUT_MS, Database } from '../../src/db/database';
import { applySchema } from '../../src/db/schema';
import { loadSeedFiles, seedFilesIn } from '../../src/seed/load-seed';
import { resetGraph } from '../../src/seed/reset';

let connected: Database;
let tight: Database;

beforeAll(async () => {
  const { uri, user, password, database } = loadConfig().neo4j;
  if (!uri) throw new Error('NEO4J_URI is not set: run the tests through jest (npm test).');
  connected = await Database.connect({ uri, user, password, database });
  tight = connected.withTransactionTimeout(1);
});
afterAll(() => connected?.close());

test('the schema and every seed file load although API transactions may last only 1 ms', async () => {
  await resetGraph(tight);
  await applySchema(tight);
  const loaded = await loadSeedFiles(tight);
  expect(loaded.map((l) => l.written)).toEqual(seedFilesIn().map(() => true));
  const [row] = await tight.withTransactionTimeout(ADMIN_TX_TIMEOUT_MS).read('MATCH (p:Person {id: $id}) RETURN p.name AS name', { id: 'amber-balcaen' });
  expect(row.name).toBe('Amber Balcaen');
}, 300_000); // a guard against a hang, not a measure: it loads every seed file
