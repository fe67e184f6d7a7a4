/** Relationship rows seen from either end, as the rows edge objects (SeasonEntry, ...) resolve from. */
import { RelatedItem } from './related.loader';
import { EdgeRow } from './rows';

/** A relationship's properties with the ids of its stored start and end. */
export interface EdgeObjectRow extends EdgeRow {
  startId: string;
  endId: string;
}

export function edgeObjectRow(edge: EdgeRow, startId: string, endId: string): EdgeObjectRow {
  return { ...edge, startId, endId };
}

/** One related item seen from the node that asked: which id is the stored start and which the end. */
export function edgeOf(item: RelatedItem, askingId: string): EdgeObjectRow {
  return item.outgoing ? edgeObjectRow(item.edge, askingId, item.node.id) : edgeObjectRow(item.edge, item.node.id, askingId);
}
