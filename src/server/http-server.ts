/**
 * The HTTP server: GraphQL at /graphql, health probes at /health/live and /health/ready, the
 * explorer page at /explore and the GraphQL IDE at /graphiql (clients of /graphql like any other).
 * Protections come from configuration: query limits (graphql-armor; the cost limit with the
 * query's variables) checked before any Cypher runs, a CORS allowlist, a body size limit, a
 * request timeout, introspection only where allowed. Queries may come as GET (cached by HTTP
 * caches, revalidated by the graph's version: http-cache.plugin.ts) and as persisted queries.
 * It stops gracefully: no new connections, in-flight requests finish.
 */
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import cors from 'cors';
import express, { ErrorRequestHandler } from 'express';
import { GraphQLSchema } from 'graphql';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { HttpConfig } from '../config/config';
import { CacheHints } from '../graphql/cache-policy';
import { Database } from '../db/database';
import { PROBE } from '../db/database.cypher';
import { RequestContext } from '../graphql/context';
import { argumentErrorsPlugin, formatError } from '../graphql/errors';
import { httpStatusPlugin } from '../graphql/http-status.plugin';
import { reportArmorRejection } from '../graphql/limit-error';
import { queryCostPlugin } from '../graphql/query-cost.plugin';
import { statementCountPlugin } from '../graphql/statement-count.plugin';
import { explorerRouter } from './explorer';
import { httpCachePlugin } from './http-cache.plugin';
import { browsersToIde, ideRouter } from './ide';
import { Logger } from './logger';
import { requestLogPlugin, requestIdOf } from './request-log.plugin';

export interface HttpServerOptions {
  schema: GraphQLSchema;
  db: Database;
  http: HttpConfig;
  logger: Logger;
  /** What caches may keep of the answers (src/graph/cache-hints.ts). */
  cacheHints: CacheHints;
  /** Builds the per-request GraphQL context (its loaders, its user) for one request. */
  createContext(db: Database, request: express.Request): Promise<RequestContext> | RequestContext;
  /** False once the process can no longer serve (its embedded Neo4j could not be restarted): /health/live answers 503. */
  isLive?(): boolean;
}

/** /health/ready answers within a second whatever Neo4j does: its probe gets this long. */
export const READY_PROBE_DEADLINE_MS = 800;

/** Whether Neo4j answers PROBE (`RETURN 1`) within READY_PROBE_DEADLINE_MS, never waiting longer. */
async function neo4jAnswers(probe: Database): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const tooLate = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), READY_PROBE_DEADLINE_MS);
  });
  try {
    return await Promise.race([probe.read(PROBE).then(() => true, () => false), tooLate]);
  } finally {
    clearTimeout(timer);
  }
}

export interface RunningHttpServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

function armor(config: HttpConfig) {
  // Each limit reports its own error (QUERY_LIMIT_EXCEEDED, naming the setting and the figure)
  // in place of armor's "Syntax Error: ...".
  const { depth, aliases, directives } = config.limits;
  return new ApolloArmor({
    maxDepth: { n: depth, propagateOnRejection: false, onReject: [reportArmorRejection('MAX_QUERY_DEPTH', depth)] },
    maxAliases: { n: aliases, propagateOnRejection: false, onReject: [reportArmorRejection('MAX_ALIASES', aliases)] },
    maxDirectives: { n: directives, propagateOnRejection: false, onReject: [reportArmorRejection('MAX_DIRECTIVES', directives)] },
    // The cost limit needs the variables, which validation does not have: queryCostPlugin.
    costLimit: { enabled: false },
    // The token limit is graphql-js's own (parseOptions below): armor's version answers HTTP 500
    // for any syntax error, where a parse failure should be a 400.
    maxTokens: { enabled: false },
    // Suggestions ("Did you mean ...?") are removed from every message by formatError where
    // introspection is off; armor's version covers field names only.
    blockFieldSuggestion: { enabled: false },
  }).protect();
}

/** Errors raised before GraphQL runs (a body too large, malformed JSON): JSON with a code, no stack. */
const httpErrors: ErrorRequestHandler = (error, _request, response, next) => {
  if (response.headersSent) return next(error);
  const status = typeof error.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
  const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
  const message = status === 413 ? 'The request body is too large.' : status < 500 ? 'The request could not be read.' : 'Internal server error.';
  response.status(status).json({ errors: [{ message, extensions: { code } }] });
};

export async function startHttpServer(options: HttpServerOptions): Promise<RunningHttpServer> {
  const { http: config, logger } = options;
  const app = express();
  app.disable('x-powered-by');
  // Express would tag every answer with a hash of its body, after running the query; GraphQL
  // answers carry the graph version's ETag instead (http-cache.plugin.ts), static files their own.
  app.set('etag', false);
  // A client that does not send its whole request in time is cut off (408); Node checks every
  // connectionsCheckingInterval, so that is kept well below the timeout.
  const httpServer = http.createServer(
    {
      requestTimeout: config.requestTimeoutMs,
      headersTimeout: Math.min(config.requestTimeoutMs, 60_000),
      connectionsCheckingInterval: Math.max(100, Math.min(1_000, Math.floor(config.requestTimeoutMs / 4))),
    },
    app,
  );

  const protection = armor(config);
  const apollo = new ApolloServer<RequestContext>({
    schema: options.schema,
    introspection: config.introspection,
    validationRules: protection.validationRules,
    parseOptions: { maxTokens: config.limits.tokens },
    allowBatchedHttpRequests: false,
    // Automatic persisted queries (on by default; said here) live in Apollo's bounded in-memory
    // LRU cache, about 30 MiB of query text, kept until pushed out.
    cache: 'bounded',
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Apollo's cache-control plugin wraps every field resolver to gather hints: without it a list
      // of 100 people with results went from 44 to 55 requests per second (npm run bench,
      // bench/RESULTS.md). httpCachePlugin computes the same from the document, once per document.
      ApolloServerPluginCacheControlDisabled(),
      httpCachePlugin({ schema: options.schema, hints: options.cacheHints, defaultMaxAge: config.cacheMaxAge }),
      // Apollo's landing page loads Apollo Sandbox from a CDN; browsers get the IDE at /graphiql/ instead.
      ApolloServerPluginLandingPageDisabled(),
      ...protection.plugins,
      queryCostPlugin(config.limits.cost),
      argumentErrorsPlugin,
      httpStatusPlugin,
      statementCountPlugin,
      requestLogPlugin(logger),
    ],
    formatError: formatError({
      hideSuggestions: !config.introspection,
      onInternalError: (error) => logger.error({ err: error }, 'internal error while resolving a GraphQL request'),
    }),
    // Stack traces never leave the server, in any environment.
    includeStacktraceInErrorResponses: false,
  });
  await apollo.start();

  app.use((request, response, next) => {
    response.setHeader('x-request-id', requestIdOf(request));
    next();
  });
  app.get('/health/live', (_request, response) => {
    if (options.isLive?.() === false) response.status(503).json({ status: 'failed', neo4j: 'could not be restarted' });
    else response.json({ status: 'ok' });
  });
  const readyProbe = options.db.withRequestDeadline(READY_PROBE_DEADLINE_MS);
  app.get('/health/ready', async (_request, response) => {
    if (await neo4jAnswers(readyProbe)) response.json({ status: 'ok', neo4j: 'reachable' });
    else response.status(503).json({ status: 'unavailable', neo4j: 'unreachable' });
  });
  app.get('/graphql', browsersToIde);
  app.use(
    '/graphql',
    cors({ origin: config.corsOrigins.includes('*') ? true : config.corsOrigins, maxAge: 600 }),
    express.json({ limit: config.bodyLimit }),
    expressMiddleware(apollo, { context: async ({ req }) => options.createContext(options.db, req) }),
  );
  app.use('/explore', explorerRouter());
  app.use('/graphiql', ideRouter({ introspection: config.introspection }));
  app.use(httpErrors);

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const port = (httpServer.address() as AddressInfo).port;
  const shownHost = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
  return {
    url: `http://${shownHost}:${port}/graphql`,
    port,
    stop: () => apollo.stop(),
  };
}
