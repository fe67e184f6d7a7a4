/**
 * What every GraphQL request carries, below the entity layer: the database handle that counts the
 * statements this request sends. The entity layer extends it with its loaders (src/graph/context.ts).
 */
import { CypherRunner } from '../db/database';

export interface StatementCount {
  count: number;
}

export interface RequestContext {
  db: CypherRunner;
  statements: StatementCount;
}
