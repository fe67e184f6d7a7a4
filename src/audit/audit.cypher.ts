/**
 * The audit log: one AuditEntry per write (curation mutation or ingest), in the write's own
 * transaction: who, when, what operation, from which source, on which nodes. AuditEntry nodes
 * are not :Entity, so they are never part of the knowledge graph's traversals.
 */
export const RECORD_AUDIT = `
CREATE (a:AuditEntry {
  id: randomUUID(), at: datetime(), actor: $actor, role: $role, operation: $operation,
  sourceId: $sourceId, quote: $quote, targetIds: $targetIds, input: $input
})
RETURN a.id AS id`;

export interface AuditRecord {
  actor: string;
  role: string;
  operation: string;
  sourceId: string;
  quote: string | null;
  targetIds: string[];
  /** The write's input, as JSON. */
  input: string;
}
