/**
 * Which Neo4j this process talks to, decided in one place for the API and every command-line tool:
 *  1. the user's own (NEO4J_URI set);
 *  2. else the embedded Neo4j already running on the data folder (noted there by whoever started
 *     it, server-file.ts), if it answers: a tool beside `npm start` uses the API's server;
 *  3. else an embedded one it starts (supervised, for the API: restarted if it dies).
 * A noted server that runs but does not answer, or a store locked by a process that left no note,
 * is reported in one line that says what to do, within seconds.
 */
import { AppConfig } from '../config/config';
import { Database } from './database';
import { isUnavailable } from './errors';
import { EmbeddedNeo4j, startEmbeddedNeo4j } from './embedded/embedded-neo4j';
import { Say } from './embedded/launcher-build';
import { liveServerNote, ServerNote } from './embedded/server-file';
import { EmbeddedSupervisor, SupervisorEvents } from './embedded/supervisor';

/**
 * The request deadline (database.ts) of the connection made here, for tools and for setting up
 * (schema, seeding): longer than an API request's (NEO4J_REQUEST_DEADLINE_MS), because a cold
 * server plans a big statement slowly and nobody is waiting behind them. The API serves requests
 * through `db.withRequestDeadline(config.neo4j.requestDeadlineMs)`.
 */
export const TOOL_REQUEST_DEADLINE_MS = 30_000;
/** How long a noted embedded server gets to answer before we call it unresponsive. */
const RUNNING_SERVER_PROBE_MS = 3_000;

export interface Neo4jServer {
  db: Database;
  /** Where the driver connects, for people to read. */
  uri: string;
  /** Set when this process started the Neo4j it uses: the one running now. */
  readonly embedded?: EmbeddedNeo4j;
  /** Set when it uses an embedded Neo4j another process started (found noted in the data folder). */
  shared?: ServerNote;
  /** Closes the driver, then stops the embedded Neo4j if we started one. */
  close(): Promise<void>;
}

export interface ConnectOptions {
  say?: Say;
  embeddedPort?: number;
  /** Restart an embedded Neo4j we start when it exits unexpectedly, reporting to these events. */
  supervise?: SupervisorEvents;
}

/** A noted embedded server runs but does not answer (stopped, wedged, or still shutting down). */
export class UnresponsiveNeo4jError extends Error {
  override name = 'UnresponsiveNeo4jError';
  readonly expected = true;
  constructor(note: ServerNote, dataDir: string) {
    super(
      `The embedded Neo4j on ${dataDir} (pid ${note.pid}, ${note.uri}, started by pid ${note.ownerPid}) does not answer. ` +
        `Stop that process (kill ${note.ownerPid}), or set NEO4J_URI to a Neo4j that answers.`,
    );
  }
}

/** NEO4J_URI names a server that cannot be reached: say which, and why, in one line. */
export class Neo4jUnreachableError extends Error {
  override name = 'Neo4jUnreachableError';
  readonly expected = true;
  constructor(uri: string, cause: unknown) {
    const inner = cause instanceof Error && cause.cause instanceof Error ? cause.cause : cause;
    const why = inner instanceof Error ? inner.message.split('\n')[0].trim() : String(inner);
    super(`Cannot reach Neo4j at ${uri} (NEO4J_URI): ${why.replace(/\.?$/, '.')} Start it, correct NEO4J_URI, or unset NEO4J_URI to use the embedded Neo4j.`, { cause });
  }
}

/**
 * The embedded server answers the routing procedure (it advertises 127.0.0.1:<port>), so we connect
 * with neo4j:// and exercise the same routing driver that a cluster or Aura gets.
 */
export function routingUri(boltUri: string): string {
  return boltUri.replace(/^bolt:\/\//, 'neo4j://');
}

export async function connectNeo4j(config: AppConfig, options: ConnectOptions = {}): Promise<Neo4jServer> {
  const { user, password, database, txTimeoutMs, maxPoolSize } = config.neo4j;
  const requestDeadlineMs = TOOL_REQUEST_DEADLINE_MS;
  if (config.neo4j.uri) {
    const uri = config.neo4j.uri;
    const db = await Database.connect({ uri, user, password, database, txTimeoutMs, maxPoolSize, requestDeadlineMs }).catch((error: unknown) => {
      throw isUnavailable(error) ? new Neo4jUnreachableError(uri, error) : error;
    });
    return { db, uri, close: () => db.close() };
  }
  const connectEmbedded = (boltUri: string, deadlineMs: number): Promise<Database> =>
    Database.connect({ uri: routingUri(boltUri), user, password: '', database, txTimeoutMs, maxPoolSize, requestDeadlineMs: deadlineMs });

  const dataDir = config.embedded.dataDir;
  const say = options.say ?? ((line: string) => process.stderr.write(`${line}\n`));
  const note = liveServerNote(dataDir);
  if (note) {
    let db: Database;
    try {
      // The first contact is bounded by the probe's deadline; requests then get their own.
      db = (await connectEmbedded(note.uri, Math.min(requestDeadlineMs, RUNNING_SERVER_PROBE_MS))).withRequestDeadline(requestDeadlineMs);
    } catch {
      throw new UnresponsiveNeo4jError(note, dataDir);
    }
    say(`Using the embedded Neo4j already running at ${note.uri} (started by pid ${note.ownerPid}, data in ${dataDir}).`);
    return { db, uri: routingUri(note.uri), shared: note, close: () => db.close() };
  }

  const start = (port: number): Promise<EmbeddedNeo4j> => startEmbeddedNeo4j({ dataDir, port, say });
  const first = await start(options.embeddedPort ?? 0);
  const supervisor = options.supervise
    ? new EmbeddedSupervisor(first, { restart: () => start(first.port), events: options.supervise })
    : undefined;
  const stopEmbedded = (): Promise<void> => (supervisor ? supervisor.stop() : first.stop());
  const uri = routingUri(first.uri);
  let db: Database;
  try {
    db = await connectEmbedded(first.uri, requestDeadlineMs);
  } catch (error) {
    await stopEmbedded();
    throw error;
  }
  return {
    db,
    uri,
    get embedded() {
      return supervisor?.current ?? first;
    },
    async close() {
      try {
        await db.close();
      } finally {
        await stopEmbedded();
      }
    },
  };
}
