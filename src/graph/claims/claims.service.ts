/**
 * Conflicts: each disputed group of claims read as one conflict (what is disputed, the claim the
 * graph answers with and by which rule, every claim), a page at a time.
 */
import { ConnectionArgs, ConnectionResult, keysetParams, toConnection } from '../../graphql/connection';
import { Row } from '../../db/database';
import { GraphContext } from '../context';
import { ClaimRow, ConflictRow } from './claim.type';
import { CONFLICT_OF_GROUP, CONFLICTS_COUNT, CONFLICTS_PAGE } from './claims.cypher';

export interface ConflictFilter {
  entityId: string | null;
  sourceId: string | null;
}

/**
 * One disputed group as a conflict. A property's group is "subject#property"; a to-one
 * relationship type's is "node#TYPE" (or "node#TYPE<" when the type is to-one at its end), the
 * node being the end whose relationships disagree.
 */
export function conflictOf(group: string, claims: ClaimRow[]): ConflictRow {
  const [first] = claims;
  const property = first.property ?? null;
  const relationship = first.subjectKind === 'relationship';
  const subject = property !== null ? first.subject : group.slice(0, group.lastIndexOf('#'));
  const entityId = !relationship ? first.subject : property !== null ? String(first.from) : subject;
  return {
    id: group, subject, entityId, property,
    relationshipType: relationship ? String(first.type) : null,
    rule: claims.find((claim) => claim.rule)?.rule ?? 'source-order',
    claims,
  };
}

const conflictOfRow = (row: Row): ConflictRow => conflictOf(String(row.group), row.claims as ClaimRow[]);

export async function conflictPage(context: GraphContext, filter: ConflictFilter, args: ConnectionArgs): Promise<ConnectionResult<ConflictRow>> {
  const params = { ...filter, ...keysetParams(args) };
  const rows = await context.db.read(CONFLICTS_PAGE, params);
  const keyed = rows.map((row) => ({ sortKey: String(row.group), node: conflictOfRow(row) }));
  return toConnection(keyed, args, async () => {
    const [row] = await context.db.read(CONFLICTS_COUNT, { ...filter });
    return Number(row.total);
  });
}

/** The conflict of one group; null when its claims no longer disagree. */
export async function conflictOfGroup(context: GraphContext, group: string): Promise<ConflictRow | null> {
  const [row] = await context.db.read(CONFLICT_OF_GROUP, { group });
  if (!row) return null;
  const conflict = conflictOfRow(row);
  return conflict.claims.some((claim) => claim.disputed) ? conflict : null;
}
