/**
 * One structured log line per GraphQL request: request id, operation name, duration, Cypher
 * statements sent and error codes. Never the query's variables or any header, so no token or
 * personal input reaches the logs.
 */
import { ApolloServerPlugin, GraphQLResponse } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { RequestContext } from '../graphql/context';
import { Logger } from './logger';

const REQUEST_ID = Symbol('requestId');

/** The request's id: the caller's x-request-id when it is a sane token, else a new UUID. */
export function requestIdOf(request: IncomingMessage): string {
  const tagged = request as IncomingMessage & { [REQUEST_ID]?: string };
  if (!tagged[REQUEST_ID]) {
    const given = request.headers['x-request-id'];
    tagged[REQUEST_ID] = typeof given === 'string' && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
  }
  return tagged[REQUEST_ID];
}

function sentErrors(response: GraphQLResponse): readonly GraphQLFormattedError[] {
  const body = response.body;
  if (!body) return [];
  return (body.kind === 'single' ? body.singleResult.errors : body.initialResult.errors) ?? [];
}

export function requestLogPlugin(logger: Logger): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ contextValue, operationName, response }) {
          const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
          logger.info({
            requestId: contextValue.requestId,
            operationName: operationName ?? null,
            durationMs: Math.round(durationMs * 10) / 10,
            cypherStatements: contextValue.statements.count,
            status: response.http.status ?? 200,
            // The codes the client received (after formatError), not those of the raw errors.
            errorCodes: sentErrors(response).map((e) => e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'),
            user: contextValue.auth.user?.id ?? null,
          }, 'graphql request');
        },
      };
    },
  };
}
