/**
 * One rule for the HTTP status of a GraphQL response, whoever found the problem (graphql-js while
 * parsing, validating or coercing variables, or a resolver):
 *  - 400 when the request itself is wrong: any BAD_USER_INPUT (a wrong argument or variable), and
 *    every parse, validation and query-limit failure (Apollo already answers those with 400);
 *  - 503 when Neo4j cannot be reached (SERVICE_UNAVAILABLE) and the request was otherwise fine;
 *  - 200 otherwise, errors or not: NOT_FOUND, QUERY_TIMEOUT, UNAUTHENTICATED, FORBIDDEN and
 *    INTERNAL_SERVER_ERROR are field errors next to whatever data the other fields answered.
 * It reads the codes of the formatted errors, i.e. the codes the client receives.
 */
import { ApolloServerPlugin } from '@apollo/server';

export function statusForCodes(codes: readonly unknown[], current: number | undefined): number | undefined {
  if (codes.includes('BAD_USER_INPUT')) return 400;
  if (current !== undefined && current >= 400) return current;
  if (codes.includes('SERVICE_UNAVAILABLE')) return 503;
  return current;
}

export const httpStatusPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const codes = (response.body.singleResult.errors ?? []).map((error) => error.extensions?.code);
        response.http.status = statusForCodes(codes, response.http.status);
      },
    };
  },
};
