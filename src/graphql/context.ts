/**
 * What every GraphQL request carries, below the entity layer: the database handle that counts the
 * statements this request sends. The entity layer extends it with its loaders (src/graph/context.ts).
 */
import { CypherRunner } from '../db/database';
import type { User } from '../auth/tokens';

export interface StatementCount {
  count: number;
}

export interface RequestAuth {
  /** The user of a valid bearer token; null for anonymous requests (reads are public). */
  user: User | null;
  /** Why the token that came with the request was refused; writes then fail with UNAUTHENTICATED. */
  error?: string;
}

export interface RequestContext {
  /** For logs and the x-request-id response header. */
  requestId: string;
  db: CypherRunner;
  statements: StatementCount;
  auth: RequestAuth;
}
