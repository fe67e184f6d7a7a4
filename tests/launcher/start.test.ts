/**
 * `npm start` (node dist/main.js, which `npm start` runs after building): it serves GraphQL, seeds an
 * empty graph, leaves no JVM after SIGTERM, and starts no Neo4j of its own when NEO4J_URI is set.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../src/db/embedded/embedded-neo4j';
import { spawn } from 'node:child_process';
import { PROJECT_ROOT } from '../../src/config/config';
import { distScript, envWithoutNeo4jUri, jvmPids, startNode, waitFor } from '../support/processes';

async function post(port: number, query: string): Promise<unknown> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return response.json();
}

describe('npm start', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pitlane-start-test-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  test('with no NEO4J_URI: starts the embedded Neo4j, seeds it, serves GraphQL, and leaves no JVM after SIGTERM', async () => {
    const port = await freePort();
    const app = startNode(distScript('main.js'), [], envWithoutNeo4jUri({ PORT: String(port), HOST: '127.0.0.1', NEO4J_DATA_DIR: dataDir }));
    try {
      await waitFor(() => app.output().includes('serving GraphQL at'), 150_000, 'the API to start');
      expect(app.output()).toContain(`http://localhost:${port}/graphql`);
      expect(app.output()).toContain(`GraphQL IDE: http://localhost:${port}/graphiql/`);
      expect(app.output()).toContain(`Explorer:    http://localhost:${port}/explore/`);
      expect(app.output()).toMatch(/Seeded females-in-motorsport-amber-balcaen-2023/);
      expect(jvmPids(dataDir)).toHaveLength(1);

      expect(await post(port, '{ __typename }')).toMatchObject({ data: { __typename: 'Query' } });
      expect(await post(port, '{ person(id: "amber-balcaen") { name } }')).toMatchObject({
        data: { person: { name: 'Amber Balcaen' } },
      });
    } finally {
      app.child.kill('SIGTERM');
    }
    expect(await app.exited).toBe(0);
    expect(jvmPids(dataDir)).toEqual([]);
  }, 240_000);

  test('`npm start` itself: SIGTERM to npm (which may not pass it on) still stops the API and its Neo4j', async () => {
    const port = await freePort();
    const npm = spawn('npm', ['start'], {
      cwd: PROJECT_ROOT,
      env: envWithoutNeo4jUri({ PORT: String(port), HOST: '127.0.0.1', NEO4J_DATA_DIR: dataDir }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    npm.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    npm.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      await waitFor(() => output.includes('serving GraphQL at'), 150_000, 'npm start to serve');
      expect(await post(port, '{ __typename }')).toMatchObject({ data: { __typename: 'Query' } });
      expect(jvmPids(dataDir)).toHaveLength(1);
    } finally {
      npm.kill('SIGTERM');
    }
    await waitFor(() => jvmPids(dataDir).length === 0, 60_000, 'the embedded Neo4j to stop');
    await expect(fetch(`http://127.0.0.1:${port}/health/live`)).rejects.toThrow();
  }, 240_000);

  test('with NEO4J_URI set: uses that server and starts no second Neo4j', async () => {
    const port = await freePort();
    const before = jvmPids('EmbeddedNeo4j').length;
    const app = startNode(distScript('main.js'), [], { ...process.env, PORT: String(port), HOST: '127.0.0.1' });
    try {
      await waitFor(() => app.output().includes('serving GraphQL at'), 60_000, 'the API to start');
      expect(app.output()).toContain(`Neo4j: ${process.env.NEO4J_URI}`);
      expect(app.output()).not.toContain('embedded');
      expect(jvmPids('EmbeddedNeo4j').length).toBe(before);
      expect(await post(port, '{ __typename }')).toMatchObject({ data: { __typename: 'Query' } });
    } finally {
      app.child.kill('SIGTERM');
    }
    expect(await app.exited).toBe(0);
  }, 120_000);
});
