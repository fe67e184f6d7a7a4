/**
 * `npm start`: the composition root. Reads the configuration, starts (or connects to) Neo4j,
 * applies constraints, seeds an empty graph, serves GraphQL, and shuts all of it down on SIGTERM
 * or Ctrl-C. It supervises an embedded Neo4j it started: an unexpected exit is logged at error
 * level and Neo4j restarted; if that keeps failing, /health/live turns 503 and the process exits 1.
 */
import 'reflect-metadata';
import { authFromHeader } from './auth/tokens';
import { loadConfig } from './config/config';
import { connectNeo4j } from './db/neo4j-server';
import { SupervisorEvents } from './db/embedded/supervisor';
import { prepareDatabase } from './db/prepare';
import { graphContextFactory } from './graph/context';
import { CACHE_HINTS } from './graph/cache-hints';
import { GRAPH_MODEL } from './model/graph-model';
import { buildGraphSchema } from './graph/schema';
import { runCli } from './cli/run-cli';
import { isGraphEmpty, loadSeedFiles } from './seed/load-seed';
import { EXPLORER_PATH } from './server/explorer';
import { startHttpServer } from './server/http-server';
import { IDE_PATH } from './server/ide';
import { createLogger, Logger } from './server/logger';
import { requestIdOf } from './server/request-log.plugin';

const say = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

/** What the supervisor of the embedded Neo4j reports, as log lines. */
function supervisionLog(logger: Logger, onGaveUp: () => void): SupervisorEvents {
  return {
    exited: (exit) => logger.error({ neo4jPid: exit.pid, exitCode: exit.code, signal: exit.signal }, 'embedded Neo4j exited unexpectedly; restarting it'),
    restarting: (attempt, delayMs) => logger.warn({ attempt, delayMs }, 'restarting the embedded Neo4j'),
    restartFailed: (attempt, error) => logger.error({ attempt, err: error }, 'the embedded Neo4j did not restart'),
    restarted: (neo4j, attempt) => logger.info({ attempt, neo4jPid: neo4j.pid, uri: neo4j.uri }, 'embedded Neo4j restarted'),
    gaveUp: (error) => {
      logger.fatal({ err: error }, 'the embedded Neo4j could not be restarted; exiting');
      onGaveUp();
    },
  };
}

runCli(async () => {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  let live = true;
  const gaveUp = (): void => {
    live = false;
    void shutdown('embedded Neo4j lost', 1);
  };

  if (!config.neo4j.uri) say(`Starting the embedded Neo4j (data in ${config.embedded.dataDir})...`);
  const neo4j = await connectNeo4j(config, { say, supervise: supervisionLog(logger, gaveUp) });
  if (neo4j.shared) {
    say(`Neo4j: ${neo4j.uri} (embedded, shared with process ${neo4j.shared.ownerPid}: this API loses its database when that process stops)`);
  } else {
    say(`Neo4j: ${neo4j.uri}${neo4j.embedded ? ' (embedded)' : ''}`);
  }

  let server: Awaited<ReturnType<typeof startHttpServer>> | undefined;
  let stopping = false;
  async function shutdown(reason: string, exitCode = 0): Promise<void> {
    if (stopping) return;
    stopping = true;
    say(`${reason}: shutting down...`);
    try {
      await server?.stop();
    } finally {
      await neo4j.close();
    }
    say('Stopped.');
    process.exit(exitCode);
  }
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  // `npm start` runs us under npm, which may exit on SIGTERM without passing it on. Were we left
  // behind (re-parented), shut down as if signalled, so no API or Neo4j outlives its launcher.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) void shutdown('parent process exited');
  }, 1000).unref();

  try {
    const prepared = await prepareDatabase(neo4j.db, GRAPH_MODEL, { say });
    for (const item of prepared.schema.undeclared) say(`Note: the database has ${item.name} (${item.held}), which the graph model does not declare.`);
    if (await isGraphEmpty(neo4j.db)) {
      for (const loaded of await loadSeedFiles(neo4j.db)) {
        say(`Seeded ${loaded.sourceId}: ${loaded.nodes} nodes, ${loaded.relationships} relationships.`);
      }
    }
    // The composition root: the API and its request contexts serve one graph model.
    const createGraphContext = graphContextFactory(GRAPH_MODEL);
    server = await startHttpServer({
      schema: await buildGraphSchema(GRAPH_MODEL),
      // Setting up above may take its time; requests must fail fast when Neo4j does not answer.
      db: neo4j.db.withRequestDeadline(config.neo4j.requestDeadlineMs),
      http: config.http,
      logger,
      isLive: () => live,
      cacheHints: CACHE_HINTS,
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
