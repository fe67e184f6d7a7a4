/**
 * Applies the constraints and indexes derived from the graph model (schema-declaration.ts). Each
 * statement is idempotent, so this runs at every start, after the migrations (src/db/migrations/).
 * A declared name the database holds with another definition cannot be fixed here: that is what a
 * migration is for, and the start is refused with what to write.
 */
import { GraphModel } from '../model/declaration';
import { GRAPH_MODEL } from '../model/graph-model';
import { ADMIN_TX_TIMEOUT_MS, Database } from './database';
import { declaredSchema } from './schema-declaration';
import { createStatement } from './schema.cypher';
import { databaseSchema, SchemaDrift, schemaDrift } from './schema-state';
import { AWAIT_INDEXES } from './schema.cypher';

/** The database holds a declared constraint or index with another definition. */
export class SchemaDriftError extends Error {
  override name = 'SchemaDriftError';
  readonly expected = true;
  constructor(readonly drift: SchemaDrift) {
    super(
      'The database holds constraints or indexes whose definition differs from the graph model\'s:\n'
        + drift.changed.map((item) => `- ${item.name}: the database has ${item.held}; the model declares ${item.declared}`).join('\n')
        + '\nAdd a migration (cypher/migrations/V<next version>__<what>.cypher, with the model\'s version bumped) that drops them:\n'
        + drift.changed.map((item) => `  ${item.drop};`).join('\n')
        + '\nThe start after it creates them as declared.',
    );
  }
}

export interface AppliedSchema {
  statements: number;
  /** Constraints and indexes the database holds that the model does not declare (left alone). */
  undeclared: SchemaDrift['undeclared'];
}

export async function applySchema(database: Database, model: GraphModel = GRAPH_MODEL): Promise<AppliedSchema> {
  const db = database.withTransactionTimeout(ADMIN_TX_TIMEOUT_MS);
  const declared = declaredSchema(model);
  // Schema statements cannot share a transaction with each other in Neo4j, so one at a time.
  for (const item of declared) await db.write(createStatement(item));
  await db.write(AWAIT_INDEXES);
  const drift = schemaDrift(declared, await databaseSchema(db));
  if (drift.changed.length > 0) throw new SchemaDriftError(drift);
  return { statements: declared.length, undeclared: drift.undeclared };
}
