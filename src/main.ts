/**
 * `npm start`: the composition root. Reads the configuration, starts (or connects to) Neo4j,
 * applies constraints, seeds an empty graph, serves GraphQL, and shuts all of it down on SIGTERM
 * or Ctrl-C.
 */
import 'reflect-metadata';
import { authFromHeader } from './auth/tokens';
import { loadConfig } from './config/config';
import { connectNeo4j } from './db/neo4j-server';
import { applySchema } from './db/schema';
import { createGraphContext } from './graph/context';
import { buildGraphSchema } from './graph/schema';
import { runCli } from './cli/run-cli';
import { isGraphEmpty, loadSeedFiles } from './seed/load-seed';
import { EXPLORER_PATH } from './server/explorer';
import { startHttpServer } from './server/http-server';
import { IDE_PATH } from './server/ide';
import { createLogger } from './server/logger';
import { requestIdOf } from './server/request-log.plugin';

const say = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

runCli(async () => {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);

  if (!config.neo4j.uri) say(`Starting the embedded Neo4j (data in ${config.embedded.dataDir})...`);
  const neo4j = await connectNeo4j(config, { say });
  say(`Neo4j: ${neo4j.uri}${neo4j.embedded ? ' (embedded)' : ''}`);

  let server: Awaited<ReturnType<typeof startHttpServer>> | undefined;
  let stopping = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: shutting down...`);
    try {
      await server?.stop();
    } finally {
      await neo4j.close();
    }
    say('Stopped.');
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  // `npm start` runs us under npm, which may exit on SIGTERM without passing it on. Were we left
  // behind (re-parented), shut down as if signalled, so no API or Neo4j outlives its launcher.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) void shutdown('parent process exited');
  }, 1000).unref();

  try {
    await applySchema(neo4j.db);
    if (await isGraphEmpty(neo4j.db)) {
      for (const loaded of await loadSeedFiles(neo4j.db)) {
        say(`Seeded ${loaded.sourceId}: ${loaded.nodes} nodes, ${loaded.relationships} relationships.`);
      }
    }
    server = await startHttpServer({
      schema: await buildGraphSchema(),
      db: neo4j.db,
      http: config.http,
      logger,
      createContext: (db, request) =>
        createGraphContext(db, authFromHeader(request.headers.authorization, config.jwtSecret), requestIdOf(request)),
    });
  } catch (error) {
    await neo4j.close();
    throw error;
  }
  say(`Pitlane Graph is serving GraphQL at ${server.url}`);
  say(`  GraphQL IDE: ${new URL(IDE_PATH, server.url).href}`);
  say(`  Explorer:    ${new URL(EXPLORER_PATH, server.url).href}`);
  if (!config.jwtSecret) say('Writes are disabled: set JWT_SECRET to accept editor tokens (see "Curation" in the README).');
  // Keep running until a signal arrives.
  await new Promise<never>(() => undefined);
});
