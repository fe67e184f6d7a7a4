/**
 * Reports how many Cypher statements a request sent, in the response's `extensions.cypherStatements`.
 * That number is how N+1 shows itself: with DataLoader it depends on the query's depth, not on list sizes.
 */
import { ApolloServerPlugin } from '@apollo/server';
import { RequestContext } from './context';

export const statementCountPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind !== 'single') return;
        const result = response.body.singleResult;
        result.extensions = { ...result.extensions, cypherStatements: contextValue.statements.count };
      },
    };
  },
};
