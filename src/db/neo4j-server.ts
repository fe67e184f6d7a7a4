/**
 * Which Neo4j this process talks to: the user's own (NEO4J_URI set) or an embedded one it starts.
 */
import { AppConfig } from '../config/config';
import { Database } from './database';
import { EmbeddedNeo4j, startEmbeddedNeo4j } from './embedded/embedded-neo4j';
import { Say } from './embedded/launcher-build';

export interface Neo4jServer {
  db: Database;
  /** Where the driver connects, for people to read. */
  uri: string;
  /** Set when this process started the Neo4j it uses. */
  embedded?: EmbeddedNeo4j;
  /** Closes the driver, then stops the embedded Neo4j if we started one. */
  close(): Promise<void>;
}

/**
 * The embedded server answers the routing procedure (it advertises 127.0.0.1:<port>), so we connect
 * with neo4j:// and exercise the same routing driver that a cluster or Aura gets.
 */
export function routingUri(boltUri: string): string {
  return boltUri.replace(/^bolt:\/\//, 'neo4j://');
}

export async function connectNeo4j(
  config: AppConfig,
  options: { say?: Say; embeddedPort?: number } = {},
): Promise<Neo4jServer> {
  const { user, password, database, txTimeoutMs, maxPoolSize } = config.neo4j;
  if (config.neo4j.uri) {
    const db = await Database.connect({ uri: config.neo4j.uri, user, password, database, txTimeoutMs, maxPoolSize });
    return { db, uri: config.neo4j.uri, close: () => db.close() };
  }

  const embedded = await startEmbeddedNeo4j({
    dataDir: config.embedded.dataDir,
    port: options.embeddedPort ?? 0,
    say: options.say,
  });
  const uri = routingUri(embedded.uri);
  let db: Database;
  try {
    db = await Database.connect({ uri, user, password: '', database, txTimeoutMs, maxPoolSize });
  } catch (error) {
    await embedded.stop();
    throw error;
  }
  return {
    db,
    uri,
    embedded,
    async close() {
      try {
        await db.close();
      } finally {
        await embedded.stop();
      }
    },
  };
}
