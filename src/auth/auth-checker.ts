/**
 * type-graphql's @Authorized check: no (valid) token is UNAUTHENTICATED, a role that may not do
 * this is FORBIDDEN. Both are refused before the resolver runs, so nothing is written.
 */
import { GraphQLError } from 'graphql';
import { AuthChecker } from 'type-graphql';
import { RequestAuth } from './tokens';

/** Reads only the request's `auth`, so it needs nothing of the GraphQL context above this floor. */
export const authChecker: AuthChecker<{ auth: RequestAuth }> = ({ context }, roles) => {
  const auth = context.auth;
  if (auth.error) {
    throw new GraphQLError(`Not authenticated: ${auth.error}.`, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
  }
  if (!auth.user) {
    throw new GraphQLError('Not authenticated: writes need an Authorization: Bearer <token> header.', {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
  }
  if (roles.length > 0 && !roles.includes(auth.user.role)) {
    throw new GraphQLError(`Forbidden: the role "${auth.user.role}" may not do this (needs ${roles.join(' or ')}).`, {
      extensions: { code: 'FORBIDDEN', http: { status: 403 } },
    });
  }
  return true;
};
