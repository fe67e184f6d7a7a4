/**
 * What every GraphQL request carries, below the entity layer: the database handle that counts the
 * statements this request sends. The entity layer extends it with its loaders (src/graph/context.ts).
 */
import { CypherRunner } from '../db/database';
import type { RequestAuth } from '../auth/tokens';

// The request's caller is defined by src/auth (a floor below this one); re-exported for the entities.
export type { RequestAuth };

export interface StatementCount {
  count: number;
}

export interface RequestContext {
  /** For logs and the x-request-id response header. */
  requestId: string;
  db: CypherRunner;
  statements: StatementCount;
  auth: RequestAuth;
}
