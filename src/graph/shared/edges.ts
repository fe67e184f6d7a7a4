/** Relationship rows seen from either end: which id is the stored start and which the end. */
import { RelatedItem } from './related.loader';
import { EdgeRow } from './rows';

export interface EdgeEnds {
  edge: EdgeRow;
  startId: string;
  endId: string;
}

export function edgeEnds(item: RelatedItem, askingId: string): EdgeEnds {
  return item.outgoing
    ? { edge: item.edge, startId: askingId, endId: item.node.id }
    : { edge: item.edge, startId: item.node.id, endId: askingId };
}
