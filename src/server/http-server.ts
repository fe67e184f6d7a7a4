/**
 * The HTTP server: GraphQL at /graphql and health probes. Binds where the config says (127.0.0.1
 * by default; 0.0.0.0 inside Docker) and stops gracefully: no new connections, in-flight requests
 * finish, then the returned promise resolves.
 */
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import express from 'express';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { GraphQLSchema } from 'graphql';
import { Database } from '../db/database';
import { RequestContext } from '../graphql/context';
import { argumentErrorsPlugin, formatError } from '../graphql/errors';
import { statementCountPlugin } from '../graphql/statement-count.plugin';
import { Logger } from './logger';

export interface HttpServerOptions {
  schema: GraphQLSchema;
  db: Database;
  host: string;
  port: number;
  logger: Logger;
  /** Builds the per-request GraphQL context (its loaders) for one request. */
  createContext(db: Database, request: express.Request): Promise<RequestContext> | RequestContext;
}

export interface RunningHttpServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export async function startHttpServer(options: HttpServerOptions): Promise<RunningHttpServer> {
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<RequestContext>({
    schema: options.schema,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), argumentErrorsPlugin, statementCountPlugin],
    formatError: formatError({
      onInternalError: (error) => options.logger.error({ err: error }, 'internal error while resolving a GraphQL request'),
    }),
    // Stack traces never leave the server, in any environment.
    includeStacktraceInErrorResponses: false,
  });
  await apollo.start();

  app.get('/health/live', (_request, response) => {
    response.json({ status: 'ok' });
  });
  app.get('/health/ready', async (_request, response) => {
    try {
      await options.db.read('RETURN 1 AS ok');
      response.json({ status: 'ok', neo4j: 'reachable' });
    } catch {
      response.status(503).json({ status: 'unavailable', neo4j: 'unreachable' });
    }
  });
  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, { context: async ({ req }) => options.createContext(options.db, req) }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host, () => resolve());
  });
  const port = (httpServer.address() as AddressInfo).port;
  const shownHost = options.host === '0.0.0.0' || options.host === '127.0.0.1' ? 'localhost' : options.host;
  return {
    url: `http://${shownHost}:${port}/graphql`,
    port,
    stop: () => apollo.stop(),
  };
}
