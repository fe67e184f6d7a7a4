/**
 * Retracting a source: every claim it makes goes, and with them each node and relationship that no
 * other source claims, then its Source node. Nothing another source claims changes, except that a
 * value two sources disputed is answered by the remaining claims. A node that another source's
 * facts still use (a relationship to it, a source it published) stops the retraction: nothing is
 * written, and the error names what holds on to it.
 *
 * A dry run (`apply: false`) plans the same change and returns its diff without writing.
 */
import { CLAIMS_OF_SOURCE } from '../db/claims/claims.cypher';
import { applyClaims, planClaims, Run, storedClaim, UnsupportedNodeError } from '../db/claims/plan';
import { ClaimDiff } from '../db/claims/diff';
import { ADMIN_TX_TIMEOUT_MS, CypherRunner, Database } from '../db/database';
import { deriveYearsAround } from '../db/dating';
import { GraphModel } from '../model/declaration';
import { GRAPH_MODEL } from '../model/graph-model';
import { AuditRecord, RECORD_AUDIT } from '../audit/audit.cypher';
import { DELETE_SOURCE, SOURCE_EXISTS } from './retract.cypher';
import { SeedError } from './seed-file';

export interface Retraction {
  sourceId: string;
  applied: boolean;
  diff: ClaimDiff;
  claimsRemoved: number;
  nodesRemoved: number;
  relationshipsRemoved: number;
}

export interface Retractor {
  actor: string;
  role: string;
}

export class RetractionError extends SeedError {}

async function plan(run: Run, sourceId: string, model: GraphModel) {
  const [known] = await run(SOURCE_EXISTS, { sourceId });
  if (!known) {
    throw new RetractionError([{ file: sourceId, path: '', reason: `there is no source "${sourceId}" in the graph` }]);
  }
  const replaced = (await run(CLAIMS_OF_SOURCE, { sourceId })).map(storedClaim);
  return planClaims(run, model, { replaced, added: [] });
}

function retractionOf(sourceId: string, applied: boolean, diff: ClaimDiff, claimsRemoved: number): Retraction {
  const deleted = diff.elements.filter((element) => element.change === 'delete');
  return {
    sourceId, applied, diff, claimsRemoved,
    nodesRemoved: deleted.filter((element) => element.what.startsWith('(:')).length,
    relationshipsRemoved: deleted.filter((element) => !element.what.startsWith('(:')).length,
  };
}

/** Plans (apply: false) or applies the retraction of `sourceId`, in one audited transaction. */
export async function retractSource(
  db: CypherRunner | Database, sourceId: string, options: { apply: boolean } & Retractor, model: GraphModel = GRAPH_MODEL,
): Promise<Retraction> {
  const runner = db instanceof Database ? db.withTransactionTimeout(ADMIN_TX_TIMEOUT_MS) : db;
  if (!options.apply) {
    const planned = await plan((statement, params) => runner.read(statement, params), sourceId, model);
    return retractionOf(sourceId, false, planned.diff, planned.removed.length);
  }
  return runner.writeTransaction(async (tx) => {
    const run: Run = (statement, params) => tx.run(statement, params);
    const planned = await plan(run, sourceId, model);
    // The source goes first: its PUBLISHED_BY must not hold on to a publisher only it supported.
    await tx.run(DELETE_SOURCE, { sourceId });
    await applyClaims(run, planned);
    await deriveYearsAround(tx, model, planned.subjects.flatMap((s) => (s.subjectKind === 'node' ? [s.subject] : [])));
    const result = retractionOf(sourceId, true, planned.diff, planned.removed.length);
    const audit: AuditRecord = {
      actor: options.actor, role: options.role, operation: 'retractSource', sourceId, quote: null,
      targetIds: [sourceId, ...planned.subjects.flatMap((s) => (s.subjectKind === 'node' ? [s.subject] : []))],
      input: JSON.stringify({ sourceId, claimsRemoved: result.claimsRemoved, nodesRemoved: result.nodesRemoved, relationshipsRemoved: result.relationshipsRemoved }),
    };
    await tx.run(RECORD_AUDIT, { ...audit });
    return result;
  });
}

export { UnsupportedNodeError };
