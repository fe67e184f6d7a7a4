/**
 * The Neo4j driver and the only ways the rest of the app talks to it: a read statement, a write
 * statement, or a write transaction of several statements. Reads go through `executeRead` so that a
 * cluster routes them to readers; every statement is a complete Cypher text with parameters.
 * Every write transaction that changed data raises the graph's version before it commits
 * (graph-version.cypher.ts): this is the one way writes reach Neo4j, so no writer can forget it.
 */
import neo4j, { Driver, ManagedTransaction, Record as Neo4jRecord, ResultSummary, Session } from 'neo4j-driver';
import { AnswerDeadline, Heartbeat } from './deadline';
import { PROBE } from './database.cypher';
import { rethrowDriverError } from './errors';
import { BUMP_GRAPH_VERSION, READ_GRAPH_VERSION } from './graph-version.cypher';

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  database: string;
  /** Neo4j stops any transaction that runs longer (default 5 s). */
  txTimeoutMs?: number;
  /** At most this many connections (default 50); further requests wait, then fail. */
  maxPoolSize?: number;
  /**
   * Client-side deadline (see deadline.ts): a statement Neo4j has not answered within this long
   * fails with DatabaseUnavailableError. Unset: no deadline beyond the driver's own timeouts.
   */
  requestDeadlineMs?: number;
}

/**
 * The transaction timeout of administrative work (a seed or ingest load, the schema and its index
 * build): each is one all-or-nothing transaction, done once, and must not fail because a busy
 * machine made it slower than an API request is allowed to be (NEO4J_TX_TIMEOUT_MS).
 */
export const ADMIN_TX_TIMEOUT_MS = 120_000;

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/** What resolvers, loaders and tools need from Neo4j. */
export interface CypherRunner {
  read(statement: string, params?: Params): Promise<Row[]>;
  write(statement: string, params?: Params): Promise<Row[]>;
  writeTransaction<T>(work: (tx: TransactionRunner) => Promise<T>): Promise<T>;
}

/** One statement inside a write transaction. */
export interface TransactionRunner {
  run(statement: string, params?: Params): Promise<Row[]>;
}

/**
 * JavaScript has one number type; Cypher has INTEGER and FLOAT. Whole numbers go to Neo4j as
 * integers, so that years and positions are stored as integers and LIMIT $n is valid.
 */
export function toCypherValue(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toCypherValue);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toCypherValue(item)]));
  }
  return value;
}

function toRows(records: Neo4jRecord[]): Row[] {
  return records.map((record) => record.toObject() as Row);
}

/** The graph's version as READ_GRAPH_VERSION reads it; null before the graph's first write. */
export interface GraphVersion {
  version: number;
  /** Drawn when the version node was made: tells a database made afresh from the one before. */
  epoch: string;
}

/** The graph's version: one statement; null before the graph's first write. */
export async function readGraphVersion(db: CypherRunner): Promise<GraphVersion | null> {
  const [row] = await db.read(READ_GRAPH_VERSION);
  return row ? { version: Number(row.version), epoch: String(row.epoch) } : null;
}

/** Whether a statement changed data (not only the schema: a schema change may not share its transaction with a data write). */
function changedData(summary: ResultSummary): boolean {
  const u = summary.counters.updates();
  return u.nodesCreated + u.nodesDeleted + u.relationshipsCreated + u.relationshipsDeleted + u.propertiesSet + u.labelsAdded + u.labelsRemoved > 0;
}

interface TransactionWatch {
  changedData: boolean;
}

function transactionRunner(
  tx: ManagedTransaction, onStatement: () => void, deadline?: AnswerDeadline, heartbeat?: Heartbeat, watch?: TransactionWatch,
): TransactionRunner {
  return {
    async run(statement, params = {}) {
      onStatement();
      deadline?.statementSent();
      const result = tx.run(statement, toCypherValue(params) as Params);
      // The keys arrive with Neo4j's first answer to the statement (see deadline.ts).
      if (deadline) result.keys().then(() => deadline.answered(), () => undefined);
      const { records, summary } = await result;
      heartbeat?.beat();
      if (watch && !watch.changedData && changedData(summary)) watch.changedData = true;
      return toRows(records);
    },
  };
}

interface DatabaseSettings {
  databaseName: string;
  txTimeoutMs: number;
  requestDeadlineMs?: number;
  onStatement: () => void;
  /** When Neo4j last answered on this driver (deadline.ts); shared by all copies. */
  heartbeat: Heartbeat;
}

export class Database implements CypherRunner {
  private constructor(
    readonly driver: Driver,
    private readonly settings: DatabaseSettings,
  ) {}

  get databaseName(): string {
    return this.settings.databaseName;
  }

  static async connect(connection: Neo4jConnection): Promise<Database> {
    const auth = connection.password ? neo4j.auth.basic(connection.user, connection.password) : undefined;
    const driver = neo4j.driver(connection.uri, auth, {
      // Our numbers (years, positions, points, counts) all fit in a JS number.
      disableLosslessIntegers: true,
      userAgent: 'pitlane-graph',
      // Fail fast when Neo4j is down rather than letting requests hang (a stopped server that
      // accepts connections but never answers is caught by the request deadline, deadline.ts).
      connectionTimeout: Math.min(5_000, connection.requestDeadlineMs ?? 5_000),
      connectionAcquisitionTimeout: Math.min(10_000, connection.requestDeadlineMs ?? 10_000),
      maxTransactionRetryTime: 5_000,
      maxConnectionPoolSize: connection.maxPoolSize ?? 50,
    });
    const db = new Database(driver, {
      databaseName: connection.database,
      txTimeoutMs: connection.txTimeoutMs ?? 5_000,
      requestDeadlineMs: connection.requestDeadlineMs,
      onStatement: () => undefined,
      heartbeat: new Heartbeat(() => Database.probe(driver, connection.database)),
    });
    try {
      // Through our own session, so the deadline also bounds this first contact.
      await db.read(PROBE);
    } catch (error) {
      void driver.close().catch(() => undefined);
      throw error;
    }
    return db;
  }

  /** PROBE outside any request: whether Neo4j answers at all (deadline.ts). */
  private static async probe(driver: Driver, database: string): Promise<void> {
    const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
    try {
      await session.run(PROBE);
    } finally {
      void session.close().catch(() => undefined);
    }
  }

  /** The same database, counting every statement it sends (one counter per GraphQL request). */
  counting(onStatement: () => void): Database {
    return new Database(this.driver, { ...this.settings, onStatement });
  }

  /**
   * The same database with another transaction timeout: loads and schema changes are one
   * all-or-nothing transaction each and may take longer than a request may (ADMIN_TX_TIMEOUT_MS).
   */
  withTransactionTimeout(txTimeoutMs: number): Database {
    return new Database(this.driver, { ...this.settings, txTimeoutMs });
  }

  /** The same database with another request deadline (e.g. a health probe's, shorter). */
  withRequestDeadline(requestDeadlineMs: number): Database {
    return new Database(this.driver, { ...this.settings, requestDeadlineMs });
  }

  async read(statement: string, params: Params = {}): Promise<Row[]> {
    return this.inSession(neo4j.session.READ, (session, deadline) =>
      session.executeRead(
        (tx) => transactionRunner(tx, this.settings.onStatement, deadline, this.settings.heartbeat).run(statement, params),
        { timeout: this.settings.txTimeoutMs },
      ),
    );
  }

  async write(statement: string, params: Params = {}): Promise<Row[]> {
    return this.writeTransaction((tx) => tx.run(statement, params));
  }

  /**
   * `work` in one write transaction; when any of its statements changed data, the graph's version
   * is raised in the same transaction (one more statement, counted like the others), so the
   * version and the data it stands for commit together or not at all.
   */
  async writeTransaction<T>(work: (tx: TransactionRunner) => Promise<T>): Promise<T> {
    return this.inSession(neo4j.session.WRITE, (session, deadline) =>
      session.executeWrite(
        async (tx) => {
          const watch: TransactionWatch = { changedData: false };
          const result = await work(transactionRunner(tx, this.settings.onStatement, deadline, this.settings.heartbeat, watch));
          if (watch.changedData) await this.bumpIn(tx, deadline);
          return result;
        },
        { timeout: this.settings.txTimeoutMs },
      ),
    );
  }

  /**
   * Raises the graph's version for a change made outside writeTransaction: a statement that must
   * run in an auto-commit transaction (CALL ... IN TRANSACTIONS, as the reset does).
   */
  async bumpGraphVersion(): Promise<void> {
    await this.inSession(neo4j.session.WRITE, (session, deadline) =>
      session.executeWrite((tx) => this.bumpIn(tx, deadline), { timeout: this.settings.txTimeoutMs }),
    );
  }

  private async bumpIn(tx: ManagedTransaction, deadline?: AnswerDeadline): Promise<void> {
    await transactionRunner(tx, this.settings.onStatement, deadline, this.settings.heartbeat).run(BUMP_GRAPH_VERSION);
  }

  /**
   * One session for `work`, raced against the request deadline when there is one. When the
   * deadline passes, the caller gets DatabaseUnavailableError at once; the session is closed in
   * the background (awaiting it would wait for the silent server too). A write cut off this way
   * may still commit if the server comes back, like any write whose answer was lost.
   */
  private async inSession<T>(mode: 'READ' | 'WRITE', work: (session: Session, deadline?: AnswerDeadline) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.databaseName, defaultAccessMode: mode, bookmarkManager: this.bookmarks });
    const { requestDeadlineMs, txTimeoutMs } = this.settings;
    const deadline = requestDeadlineMs ? new AnswerDeadline(requestDeadlineMs, txTimeoutMs, this.settings.heartbeat) : undefined;
    const running = work(session, deadline);
    try {
      return await (deadline ? Promise.race([running, deadline.expired]) : running);
    } catch (error) {
      return rethrowDriverError(error);
    } finally {
      deadline?.clear();
      if (deadline?.hasPassed) {
        running.catch(() => undefined);
        void session.close().catch(() => undefined);
      } else {
        await session.close();
      }
    }
  }

  /**
   * All sessions share the driver's bookmark manager, so a read that follows a write sees it, also
   * on a cluster where the read may go to another member (causal consistency).
   */
  private get bookmarks() {
    return this.driver.executeQueryBookmarkManager;
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
