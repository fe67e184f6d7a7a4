/**
 * The Neo4j driver and the only ways the rest of the app talks to it: a read statement, a write
 * statement, or a write transaction of several statements. Reads go through `executeRead` so that a
 * cluster routes them to readers; every statement is a complete Cypher text with parameters.
 */
import neo4j, { Driver, ManagedTransaction, Record as Neo4jRecord } from 'neo4j-driver';
import { rethrowDriverError } from './errors';

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  database: string;
  /** Neo4j stops any transaction that runs longer (default 5 s). */
  txTimeoutMs?: number;
  /** At most this many connections (default 50); further requests wait, then fail. */
  maxPoolSize?: number;
}

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

function transactionRunner(tx: ManagedTransaction, onStatement: () => void): TransactionRunner {
  return {
    async run(statement, params = {}) {
      onStatement();
      const result = await tx.run(statement, toCypherValue(params) as Params);
      return toRows(result.records);
    },
  };
}

export class Database implements CypherRunner {
  private constructor(
    readonly driver: Driver,
    readonly databaseName: string,
    private readonly txTimeoutMs: number,
    private readonly onStatement: () => void = () => undefined,
  ) {}

  static async connect(connection: Neo4jConnection): Promise<Database> {
    const auth = connection.password ? neo4j.auth.basic(connection.user, connection.password) : undefined;
    const driver = neo4j.driver(connection.uri, auth, {
      // Our numbers (years, positions, points, counts) all fit in a JS number.
      disableLosslessIntegers: true,
      userAgent: 'pitlane-graph',
      // Fail fast when Neo4j is down rather than letting requests hang.
      connectionTimeout: 5_000,
      connectionAcquisitionTimeout: 10_000,
      maxTransactionRetryTime: 5_000,
      maxConnectionPoolSize: connection.maxPoolSize ?? 50,
    });
    try {
      await driver.verifyConnectivity({ database: connection.database });
    } catch (error) {
      await driver.close();
      throw error;
    }
    return new Database(driver, connection.database, connection.txTimeoutMs ?? 5_000);
  }

  /** The same database, counting every statement it sends (one counter per GraphQL request). */
  counting(onStatement: () => void): Database {
    return new Database(this.driver, this.databaseName, this.txTimeoutMs, onStatement);
  }

  async read(statement: string, params: Params = {}): Promise<Row[]> {
    const session = this.driver.session({ database: this.databaseName, defaultAccessMode: neo4j.session.READ, bookmarkManager: this.bookmarks });
    try {
      return await session.executeRead(
        (tx) => transactionRunner(tx, this.onStatement).run(statement, params),
        { timeout: this.txTimeoutMs },
      );
    } catch (error) {
      return rethrowDriverError(error);
    } finally {
      await session.close();
    }
  }

  async write(statement: string, params: Params = {}): Promise<Row[]> {
    return this.writeTransaction((tx) => tx.run(statement, params));
  }

  async writeTransaction<T>(work: (tx: TransactionRunner) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.databaseName, defaultAccessMode: neo4j.session.WRITE, bookmarkManager: this.bookmarks });
    try {
      return await session.executeWrite((tx) => work(transactionRunner(tx, this.onStatement)), { timeout: this.txTimeoutMs });
    } catch (error) {
      return rethrowDriverError(error);
    } finally {
      await session.close();
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
