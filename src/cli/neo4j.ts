/**
 * `npm run neo4j`: the embedded Neo4j alone, in the foreground, for analysts' own tools
 * (cypher-shell, Neo4j Desktop, Python) and for `NEO4J_URI=bolt://127.0.0.1:7687 npm start`.
 * Ctrl-C stops it. If the data folder's Neo4j already runs (started by `npm start` or another
 * `npm run neo4j`), it says where instead of starting a second one.
 */
import { loadConfig } from '../config/config';
import { startEmbeddedNeo4j } from '../db/embedded/embedded-neo4j';
import { liveServerNote } from '../db/embedded/server-file';
import { runCli, UsageError } from './run-cli';

runCli(async () => {
  const config = loadConfig();
  const running = liveServerNote(config.embedded.dataDir);
  if (running) {
    throw new UsageError(
      `The embedded Neo4j on ${config.embedded.dataDir} already runs at ${running.uri} (started by pid ${running.ownerPid}): ` +
        `use it (NEO4J_URI=${running.uri}), or stop that process first.`,
    );
  }
  const neo4j = await startEmbeddedNeo4j({ dataDir: config.embedded.dataDir, port: config.embedded.boltPort });
  process.stdout.write(
    `Embedded Neo4j 5.26 is serving Bolt at ${neo4j.uri} (127.0.0.1 only, no authentication).\n` +
      `Data: ${neo4j.dataDir}\n` +
      `Use it from another terminal: NEO4J_URI=${neo4j.uri} npm start\n` +
      'Press Ctrl-C to stop.\n',
  );
  await new Promise<void>((resolve) => {
    const stop = (): void => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  process.stdout.write('Stopping Neo4j...\n');
  await neo4j.stop();
});
