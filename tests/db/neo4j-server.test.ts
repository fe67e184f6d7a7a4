/**
 * Command-line tools beside a running embedded Neo4j (src/db/neo4j-server.ts, connectNeo4j): the
 * server notes its Bolt address in its data folder, and every tool with the same NEO4J_DATA_DIR
 * (and no NEO4J_URI) uses it instead of starting a second JVM on a locked store. A store locked by
 * a process that left no note, or a noted server that does not answer, is one line and exit 1.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../src/db/embedded/embedded-neo4j';
import { SERVER_FILE } from '../../src/db/embedded/server-file';
import { distScript, envWithoutNeo4jUri, jvmPids, RunningProcess, startNode, waitFor, stopProcessAndNeo4j } from '../support/processes';

let dataDir: string;
let boltPort: number;
let server: RunningProcess | undefined;

const noteFile = () => path.join(dataDir, SERVER_FILE);
// A loaded test machine may not seed within the default 5 s transaction timeout.
const env = () => envWithoutNeo4jUri({ NEO4J_DATA_DIR: dataDir, NEO4J_TX_TIMEOUT_MS: '60000' });

async function run(script: string, args: string[]): Promise<{ code: number | null; output: string }> {
  const tool = startNode(distScript(script), args, env());
  const code = await tool.exited;
  return { code, output: tool.output() };
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pitlane-shared-neo4j-test-'));
  boltPort = await freePort();
  server = startNode(distScript('cli/neo4j.js'), [], envWithoutNeo4jUri({ NEO4J_DATA_DIR: dataDir, NEO4J_BOLT_PORT: String(boltPort) }));
  await waitFor(() => server!.output().includes('serving Bolt'), 240_000, '`npm run neo4j` to serve');
}, 300_000);

afterAll(() => stopProcessAndNeo4j(server, dataDir), 90_000);

test('the running server notes its Bolt address and JVM in its data folder', () => {
  const note = JSON.parse(fs.readFileSync(noteFile(), 'utf8'));
  expect(note).toEqual({ uri: `bolt://127.0.0.1:${boltPort}`, pid: jvmPids(dataDir)[0], ownerPid: server!.child.pid });
});

test('seed and cypher use the running server: no second JVM, the same data', async () => {
  const jvm = jvmPids(dataDir);
  const seeded = await run('cli/seed.js', []);
  expect(seeded.output).toContain(`Using the embedded Neo4j already running at bolt://127.0.0.1:${boltPort}`);
  expect(seeded.code).toBe(0);

  const queried = await run('cli/cypher.js', ['lineage', '-p', 'personId=amber-balcaen', '-p', 'maxDepth=1', '--json']);
  expect(queried.code).toBe(0);
  expect(queried.output).toContain(`Using the embedded Neo4j already running at bolt://127.0.0.1:${boltPort}`);
  expect(queried.output).toContain('mike-balcaen'); // her father, loaded by the seed run above
  expect(jvmPids(dataDir)).toEqual(jvm);
}, 180_000);

test('a second `npm run neo4j` on the same folder says where the running one is', async () => {
  const second = await run('cli/neo4j.js', []);
  expect(second.code).toBe(1);
  expect(second.output.trim()).toBe(
    `Error: The embedded Neo4j on ${dataDir} already runs at bolt://127.0.0.1:${boltPort} (started by pid ${server!.child.pid}): ` +
      `use it (NEO4J_URI=bolt://127.0.0.1:${boltPort}), or stop that process first.`,
  );
}, 60_000);

test('an API started beside it (a second `npm start`) serves from the running server, starting no JVM', async () => {
  const jvm = jvmPids(dataDir);
  const port = await freePort();
  const api = startNode(distScript('main.js'), [], { ...env(), PORT: String(port), HOST: '127.0.0.1' });
  try {
    await waitFor(() => api.output().includes('serving GraphQL at') || api.child.exitCode !== null, 120_000, 'the API to serve');
    expect(api.output()).toContain(`Neo4j: neo4j://127.0.0.1:${boltPort} (embedded, shared with process ${server!.child.pid}`);
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ person(id: "amber-balcaen") { name } }' }),
    });
    expect(await response.json()).toMatchObject({ data: { person: { name: 'Amber Balcaen' } } });
    expect(jvmPids(dataDir)).toEqual(jvm);
  } finally {
    api.child.kill('SIGTERM');
  }
  expect(await api.exited).toBe(0);
  expect(jvmPids(dataDir)).toEqual(jvm); // stopping it left the server it did not start running
}, 180_000);

test('a noted server that does not answer (SIGSTOP): one line naming it, exit 1', async () => {
  const [jvm] = jvmPids(dataDir);
  process.kill(jvm, 'SIGSTOP');
  // Resumed whatever happens, also if the tool hangs and this test times out.
  const resume = setTimeout(() => process.kill(jvm, 'SIGCONT'), 45_000);
  let result: { code: number | null; output: string };
  try {
    result = await run('cli/cypher.js', ['womens-firsts']);
  } finally {
    clearTimeout(resume);
    process.kill(jvm, 'SIGCONT');
  }
  expect(result.code).toBe(1);
  const lines = result.output.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(new RegExp(`^Error: The embedded Neo4j on .* \\(pid ${jvm}, bolt://127\\.0\\.0\\.1:${boltPort}, started by pid ${server!.child.pid}\\) does not answer\\.`));
  expect(lines[0]).toContain('NEO4J_URI');
}, 60_000);

test('a store locked by a process that left no note: one line saying what to do, exit 1, no second Neo4j', async () => {
  // What an older `npm run neo4j` looks like: it holds the store but noted nothing.
  const note = fs.readFileSync(noteFile(), 'utf8');
  fs.rmSync(noteFile());
  const jvm = jvmPids(dataDir);
  let result: { code: number | null; output: string };
  try {
    result = await run('cli/export.js', ['--format', 'csv', '--out', path.join(dataDir, 'never-written')]);
  } finally {
    fs.writeFileSync(noteFile(), note);
  }
  expect(result.code).toBe(1);
  expect(result.output).not.toMatch(/\n\s+at |Exception|store_lock\s*\n/); // no Java or Node stack trace
  const errorLines = result.output.split('\n').filter((line) => line.startsWith('Error:'));
  expect(errorLines).toEqual([
    `Error: Another process holds the Neo4j store in ${dataDir} (its store_lock). ` +
      'Stop the `npm start` or `npm run neo4j` using it, or set NEO4J_URI to the Bolt address of the Neo4j it runs.',
  ]);
  expect(fs.existsSync(path.join(dataDir, 'never-written'))).toBe(false);
  expect(jvmPids(dataDir)).toEqual(jvm);
}, 120_000);

test('a stale note (its JVM is gone) is ignored and removed: the tool starts its own Neo4j', async () => {
  server!.child.kill('SIGTERM');
  await server!.exited;
  await waitFor(() => jvmPids(dataDir).length === 0, 60_000, 'the embedded Neo4j to stop');
  expect(fs.existsSync(noteFile())).toBe(false); // a clean stop removes it
  // A note left behind by a server whose parent was killed: its pid is no JVM any more.
  fs.writeFileSync(noteFile(), JSON.stringify({ uri: `bolt://127.0.0.1:${boltPort}`, pid: server!.child.pid, ownerPid: server!.child.pid }));

  const queried = await run('cli/cypher.js', ['lineage', '-p', 'personId=amber-balcaen', '-p', 'maxDepth=1', '--json']);
  expect(queried.code).toBe(0);
  expect(queried.output).not.toContain('already running');
  expect(queried.output).toContain('mike-balcaen');
  expect(fs.existsSync(noteFile())).toBe(false); // removed as stale, and the tool's own server cleaned up after itself
}, 240_000);
