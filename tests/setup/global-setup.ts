/**
 * Once per test run: build dist/ (the command-line tests run what users run; the browser tests load
 * the explorer from it) and, unless NEO4J_URI points at a server already, start one embedded Neo4j
 * on a free port with a throwaway data folder. Also looks for Chromium (tests/setup/browser-check.ts).
 * Tests wipe and reseed the database they use: never point NEO4J_URI at data you want to keep.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedNeo4j } from '../../src/db/embedded/embedded-neo4j';
import { routingUri } from '../../src/db/neo4j-server';
import { PROJECT_ROOT } from '../../src/config/config';
import browserCheck from './browser-check';

export default async function globalSetup(): Promise<void> {
  browserCheck();
  execFileSync(process.execPath, [path.join(PROJECT_ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], {
    cwd: PROJECT_ROOT,
    stdio: 'inherit',
  });
  // The explorer's page and browser code, which the API serves at /explore (npm run build does both).
  execFileSync(process.execPath, [path.join(PROJECT_ROOT, 'dist', 'cli', 'build-explorer.js')], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  if (process.env.NEO4J_URI) {
    process.stderr.write(`\nTests use the Neo4j at ${process.env.NEO4J_URI} and will wipe it.\n`);
    return;
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pitlane-test-neo4j-'));
  const neo4j = await startEmbeddedNeo4j({ dataDir, port: 0, say: (line) => process.stderr.write(`${line}\n`) });
  process.env.NEO4J_URI = routingUri(neo4j.uri);
  process.env.PITLANE_TEST_EMBEDDED_DATA = dataDir;
  (globalThis as { __PITLANE_NEO4J__?: typeof neo4j }).__PITLANE_NEO4J__ = neo4j;
}
