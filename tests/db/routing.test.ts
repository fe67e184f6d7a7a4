/**
 * "Cluster-ready", exercised: the Database (src/db/database.ts) over a neo4j:// (routing) URI
 * against the test run's Neo4j. The driver fetches a routing table naming the server as router,
 * reader and writer; reads run in read-access transactions (Neo4j refuses a write in one) and
 * writes in write-access ones; bookmarks chain, so a read in a fresh session sees the write
 * before it. The whole suite runs on neo4j:// too (tests/setup/global-setup.ts); the first test
 * fails if that ever changes.
 */
import neo4j, { Driver } from 'neo4j-driver';
import { loadConfig } from '../../src/config/config';
import { Database } from '../../src/db/database';
import { routingUri } from '../../src/db/neo4j-server';

const config = loadConfig();
const suiteUri = process.env.NEO4J_URI ?? '';
/** The test server as a routing URI, whatever scheme NEO4J_URI has (a single Neo4j 5 server routes too). */
const routing = routingUri(suiteUri);
const direct = routing.replace(/^neo4j:\/\//, 'bolt://');
const serverAddress = new URL(routing).host;
const { user, password, database: databaseName } = config.neo4j;

let db: Database;
beforeAll(async () => {
  db = await Database.connect({ uri: routing, user, password, database: databaseName });
  await db.write('MATCH (n:RoutingTest) DETACH DELETE n');
});
afterAll(async () => {
  await db?.write('MATCH (n:RoutingTest) DETACH DELETE n');
  await db?.close();
});

interface RoutingTableView {
  routers: { asHostPort(): string }[];
  readers: { asHostPort(): string }[];
  writers: { asHostPort(): string }[];
}
/**
 * The routing table the driver holds for a database. neo4j-driver has no public accessor: this
 * reads its connection provider (neo4j-driver-bolt-connection), and says so if that ever moves.
 */
function driverRoutingTable(driver: Driver, database: string): { provider: string; table?: RoutingTableView } {
  const provider = (driver as unknown as { _connectionProvider?: { constructor: { name: string }; _routingTableRegistry?: { get(db: string): RoutingTableView | undefined } } })._connectionProvider;
  if (!provider) throw new Error('neo4j-driver internals changed: no _connectionProvider on the driver');
  return { provider: provider.constructor.name, table: provider._routingTableRegistry?.get(database) };
}
const hostPorts = (addresses: { asHostPort(): string }[]) => addresses.map((a) => a.asHostPort());

test('the whole test suite talks to its embedded Neo4j over neo4j:// (routing), not bolt://', () => {
  if (process.env.PITLANE_TEST_EMBEDDED_DATA) expect(suiteUri).toMatch(/^neo4j:\/\/127\.0\.0\.1:\d+$/);
  else expect(suiteUri).toMatch(/^(neo4j|bolt)(\+s|\+ssc)?:\/\//);
});

test('the server answers the routing procedure with itself as router, reader and writer', async () => {
  const [row] = await db.read('CALL dbms.routing.getRoutingTable({}, $database) YIELD ttl, servers RETURN ttl, servers', { database: databaseName });
  expect(Number(row.ttl)).toBeGreaterThan(0);
  const byRole = Object.fromEntries((row.servers as { role: string; addresses: string[] }[]).map((s) => [s.role, s.addresses]));
  expect(Object.keys(byRole).sort()).toEqual(['READ', 'ROUTE', 'WRITE']);
  for (const role of ['READ', 'ROUTE', 'WRITE']) {
    expect(byRole[role].length).toBeGreaterThan(0);
    if (process.env.PITLANE_TEST_EMBEDDED_DATA) expect(byRole[role]).toEqual([serverAddress]);
  }
});

test('a neo4j:// Database holds a routing table from the server; a bolt:// driver connects directly; both answer', async () => {
  await db.read('RETURN 1 AS one');
  const { provider, table } = driverRoutingTable(db.driver, databaseName);
  expect(provider).toBe('RoutingConnectionProvider');
  expect(table).toBeDefined();
  expect(hostPorts(table!.routers).length).toBeGreaterThan(0);
  expect(hostPorts(table!.readers).length).toBeGreaterThan(0);
  expect(hostPorts(table!.writers).length).toBeGreaterThan(0);
  if (process.env.PITLANE_TEST_EMBEDDED_DATA) {
    expect({ routers: hostPorts(table!.routers), readers: hostPorts(table!.readers), writers: hostPorts(table!.writers) })
      .toEqual({ routers: [serverAddress], readers: [serverAddress], writers: [serverAddress] });
  }

  const bolt = await Database.connect({ uri: direct, user, password, database: databaseName });
  try {
    expect(await bolt.read('RETURN 2 AS two')).toEqual([{ two: 2 }]);
    expect(driverRoutingTable(bolt.driver, databaseName).provider).toBe('DirectConnectionProvider');
  } finally {
    await bolt.close();
  }
  expect(await db.read('RETURN 1 AS one')).toEqual([{ one: 1 }]);
});

test('db.read runs in a read-access transaction: Neo4j refuses a write there, and nothing is written', async () => {
  await expect(db.read("CREATE (:RoutingTest {id: 'written-in-a-read'})")).rejects.toMatchObject({
    code: 'Neo.ClientError.Statement.AccessMode',
    message: expect.stringMatching(/Writing in read access mode not allowed/),
  });
  expect(await db.read("MATCH (n:RoutingTest {id: 'written-in-a-read'}) RETURN count(n) AS n")).toEqual([{ n: 0 }]);
});

test('db.write and db.writeTransaction run in write-access transactions: the write is applied', async () => {
  await db.write("CREATE (:RoutingTest {id: 'written-in-a-write'})");
  await db.writeTransaction(async (tx) => {
    await tx.run("CREATE (:RoutingTest {id: 'written-in-a-transaction'})");
  });
  const rows = await db.read('MATCH (n:RoutingTest) WHERE n.id STARTS WITH $prefix RETURN n.id AS id ORDER BY id', { prefix: 'written-in-a-' });
  expect(rows.map((r) => r.id)).toEqual(['written-in-a-transaction', 'written-in-a-write']);
});

test('bookmarks chain: each write leaves a new bookmark, and a read in a fresh session sees it', async () => {
  const manager = db.driver.executeQueryBookmarkManager;
  const seen = new Set<string>();
  for (let i = 1; i <= 3; i += 1) {
    const before = [...(await manager.getBookmarks())];
    await db.write('CREATE (:RoutingTest {id: $id})', { id: `bookmark-${i}` });
    const after = [...(await manager.getBookmarks())];
    // The manager holds the newest bookmark only, and it is not one it held before.
    expect(after).toHaveLength(1);
    expect(before).not.toContain(after[0]);
    expect(seen.has(after[0])).toBe(false);
    seen.add(after[0]);
    // Each db.read opens a new session; it starts from the manager's bookmark, so it sees the write.
    expect(await db.read('MATCH (n:RoutingTest {id: $id}) RETURN n.id AS id', { id: `bookmark-${i}` })).toEqual([{ id: `bookmark-${i}` }]);
  }

  // A request-scoped Database (counting) shares the driver and its bookmarks: a write through one
  // request is seen by the next request's read.
  let statements = 0;
  await db.counting(() => (statements += 1)).write("CREATE (:RoutingTest {id: 'request-a'})");
  expect(await db.counting(() => (statements += 1)).read("MATCH (n:RoutingTest {id: 'request-a'}) RETURN n.id AS id")).toEqual([{ id: 'request-a' }]);
  // The write, the graph version's raise in its transaction (graph-version.cypher.ts), the read.
  expect(statements).toBe(3);

  // And a plain session handed the bookmark explicitly (as a service in another process would be) sees it too.
  const bookmarks = [...(await manager.getBookmarks())];
  const session = db.driver.session({ database: databaseName, defaultAccessMode: neo4j.session.READ, bookmarks });
  try {
    const result = await session.executeRead((tx) => tx.run("MATCH (n:RoutingTest {id: 'request-a'}) RETURN count(n) AS n"));
    expect(result.records[0].get('n')).toBe(1);
  } finally {
    await session.close();
  }
});
