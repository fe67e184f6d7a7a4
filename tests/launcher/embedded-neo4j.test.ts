/**
 * The embedded Neo4j launcher: it starts, answers Cypher, and never leaves a JVM behind, whether it
 * is stopped politely or its parent is killed; without Java it says what to install.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Database } from '../../src/db/database';
import { freePort, startEmbeddedNeo4j } from '../../src/db/embedded/embedded-neo4j';
import { distScript, envWithoutNeo4jUri, jvmPids, startNode, waitFor } from '../support/processes';

const tempDirs: string[] = [];
function tempDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pitlane-launcher-test-'));
  tempDirs.push(dir);
  return dir;
}
afterAll(() => tempDirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

describe('embedded Neo4j launcher', () => {
  test('starts on 127.0.0.1, answers RETURN 1, and stops with no JVM left', async () => {
    const dataDir = tempDataDir();
    const neo4j = await startEmbeddedNeo4j({ dataDir, port: 0, say: () => undefined });
    try {
      expect(neo4j.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
      expect(jvmPids(dataDir)).toEqual([neo4j.pid]);
      const db = await Database.connect({ uri: neo4j.uri, user: 'neo4j', password: '', database: 'neo4j' });
      try {
        expect(await db.read('RETURN 1 AS one')).toEqual([{ one: 1 }]);
      } finally {
        await db.close();
      }
    } finally {
      await neo4j.stop();
    }
    expect(jvmPids(dataDir)).toEqual([]);
  }, 120_000);

  test('`npm run neo4j` serves Bolt on NEO4J_BOLT_PORT, and its JVM dies with a killed parent', async () => {
    const dataDir = tempDataDir();
    const port = await freePort();
    const cli = startNode(distScript('cli/neo4j.js'), [], envWithoutNeo4jUri({ NEO4J_BOLT_PORT: String(port), NEO4J_DATA_DIR: dataDir }));
    try {
      await waitFor(() => cli.output().includes('serving Bolt'), 120_000, 'npm run neo4j to print its Bolt URI');
      expect(cli.output()).toContain(`bolt://127.0.0.1:${port}`);
      const db = await Database.connect({ uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password: '', database: 'neo4j' });
      try {
        expect(await db.read('RETURN 2 AS two')).toEqual([{ two: 2 }]);
      } finally {
        await db.close();
      }
      expect(jvmPids(dataDir)).toHaveLength(1);
    } finally {
      // SIGKILL: the parent gets no chance to clean up; the JVM must notice its closed stdin.
      cli.child.kill('SIGKILL');
      await cli.exited;
    }
    await waitFor(() => jvmPids(dataDir).length === 0, 60_000, 'the orphaned JVM to exit');
  }, 240_000);

  test('without java on PATH it names what to install, and the NEO4J_URI alternative', async () => {
    const binDir = tempDataDir();
    fs.symlinkSync(process.execPath, path.join(binDir, 'node'));
    const cli = startNode(distScript('cli/neo4j.js'), [], envWithoutNeo4jUri({ PATH: binDir, NEO4J_DATA_DIR: tempDataDir() }));
    expect(await cli.exited).toBe(1);
    expect(cli.output()).toMatch(/needs Java 17 or newer, but no 'java' was found on PATH/);
    expect(cli.output()).toContain('NEO4J_URI');
    expect(cli.output()).not.toMatch(/\n\s+at /); // a message, not a stack trace
  }, 60_000);
});
