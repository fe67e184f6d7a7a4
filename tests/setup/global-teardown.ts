/** Stops the embedded Neo4j of this test run and removes its data folder. */
import fs from 'node:fs';
import type { EmbeddedNeo4j } from '../../src/db/embedded/embedded-neo4j';

export default async function globalTeardown(): Promise<void> {
  const neo4j = (globalThis as { __PITLANE_NEO4J__?: EmbeddedNeo4j }).__PITLANE_NEO4J__;
  if (!neo4j) return;
  await neo4j.stop();
  fs.rmSync(neo4j.dataDir, { recursive: true, force: true });
}
