/** The API served over HTTP on 127.0.0.1 (a free port), exactly as main.ts composes it. */
import { Database } from '../../src/db/database';
import { graphContextFactory, Reads } from '../../src/graph/context';
import { CACHE_HINTS } from '../../src/graph/cache-hints';
import { GraphModel } from '../../src/model/declaration';
import { GRAPH_MODEL } from '../../src/model/graph-model';
import { buildGraphSchema } from '../../src/graph/schema';
import { RunningHttpServer, startHttpServer } from '../../src/server/http-server';
import { createLogger, Logger } from '../../src/server/logger';
import { requestIdOf } from '../../src/server/request-log.plugin';
import { HttpConfig, loadConfig } from '../../src/config/config';
import { authFromHeader, signToken } from '../../src/auth/tokens';
import { Neo4jServer } from '../../src/db/neo4j-server';
import { SeedChoice, seededGraph, testNeo4j } from './neo4j';

/** The header a test request chooses its reads with (startTestApi's contexts). */
const READS_HEADER = 'x-test-reads';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  extensions?: { cypherStatements?: number };
}

/** The secret the test API verifies tokens with (the app reads JWT_SECRET). */
export const TEST_JWT_SECRET = 'test-secret-of-at-least-thirty-two-characters';

/** A bearer token for the test API. */
export function testToken(role = 'editor', subject = 'test-editor'): string {
  return signToken({ id: subject, role }, TEST_JWT_SECRET);
}

export interface TestApi {
  server: RunningHttpServer;
  url: string;
  /** Anonymous unless `token` is given. Root fields read what is selected below them in one compiled statement. */
  query<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>;
  /** The same request answered with every field read by its loader (the path the compiler falls back to). */
  queryLoaders<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

/** The HTTP settings of tests: development defaults, on 127.0.0.1 and a free port. */
export function testHttpConfig(env: NodeJS.ProcessEnv = {}): HttpConfig {
  return { ...loadConfig({ ...env, NEO4J_URI: undefined }).http, host: '127.0.0.1', port: 0 };
}

/** `model`: the graph model the API is built from (default: the project's). */
export async function startTestApi(
  db: Database, options: { http?: HttpConfig; logger?: Logger; model?: GraphModel } = {},
): Promise<TestApi> {
  const model = options.model ?? GRAPH_MODEL;
  const contexts = { compiled: graphContextFactory(model, 'compiled'), loaders: graphContextFactory(model, 'loaders') };
  const server = await startHttpServer({
    schema: await buildGraphSchema(model),
    db,
    http: options.http ?? testHttpConfig(),
    logger: options.logger ?? createLogger('silent'),
    cacheHints: CACHE_HINTS,
    // Tests choose the loaders' path per request with a header of their own.
    createContext: (database, request) => contexts[request.headers[READS_HEADER] === 'loaders' ? 'loaders' : 'compiled'](
      database, authFromHeader(request.headers.authorization, TEST_JWT_SECRET), requestIdOf(request),
    ),
  });
  const url = `http://127.0.0.1:${server.port}/graphql`;
  const post = async (reads: Reads, query: string, variables?: Record<string, unknown>, token?: string) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [READS_HEADER]: reads, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as object) };
  };
  return {
    server,
    url,
    query: (query, variables, token) => post('compiled', query, variables, token),
    queryLoaders: (query, variables, token) => post('loaders', query, variables, token),
    stop: () => server.stop(),
  };
}

/**
 * The API over the test run's Neo4j for one test file: started before its tests (on the seed graph
 * unless `seeded: false`; `seeded: 'interview'` loads the interview alone), stopped after them. Returns a getter, valid inside tests.
 */
export function useTestApi(options: { seeded?: SeedChoice; env?: NodeJS.ProcessEnv; logger?: Logger } = {}): () => TestApi {
  let neo4j: Neo4jServer | undefined;
  let api: TestApi | undefined;
  beforeAll(async () => {
    neo4j = await testNeo4j();
    if (options.seeded !== false) await seededGraph(neo4j.db, options.seeded);
    api = await startTestApi(neo4j.db, { http: testHttpConfig(options.env), logger: options.logger });
  });
  afterAll(async () => {
    await api?.stop();
    await neo4j?.close();
  });
  return () => {
    if (!api) throw new Error('useTestApi(): the API is only available inside tests');
    return api;
  };
}
