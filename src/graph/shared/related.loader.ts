/**
 * One loader per relationship field: all the neighbours of many nodes over one relationship type,
 * in one statement. A nested GraphQL query therefore sends one statement per field per depth level,
 * whatever the list sizes. Types and labels are parameters (Cypher 5.26 dynamic types), taken from
 * the graph model's field declarations, never from user input.
 */
import DataLoader from 'dataloader';
import { relationshipSubject } from '../../db/claims/claim';
import { CypherRunner } from '../../db/database';
import type { LoaderKind, NodePrimer } from './loader-kind';
import { EdgeRow, EntityRow, Properties, toEdge, toEntity } from './rows';
import type { ListPage } from '../../graphql/connection';
import { Direction, LOST_RELATIONSHIPS, RELATED_PAGE_STATEMENTS, RELATED_STATEMENTS } from './shared.cypher';

export type { Direction } from './shared.cypher';

export interface RelationSpec {
  types: readonly string[];
  direction: Direction;
  /** Labels the neighbour may have. */
  labels: readonly string[];
  /** A to-one field: the graph's preferred end of a disputed relationship comes first (preferredFirst). */
  toOne?: boolean;
}

export interface RelatedItem {
  node: EntityRow;
  edge: EdgeRow;
  /** Whether the stored relationship points from the asking node to the neighbour. */
  outgoing: boolean;
}

interface RawItem {
  properties: Properties;
  label: string;
  relationship: Properties;
  type: string;
  outgoing: boolean;
}

export function specKey(spec: RelationSpec): string {
  return `${spec.direction}:${spec.types.join('|')}:${spec.labels.join('|')}${spec.toOne ? ':one' : ''}`;
}

function subjectOf(askedId: string, item: RelatedItem): string {
  const [from, to] = item.outgoing ? [askedId, item.node.id] : [item.node.id, askedId];
  const { key } = item.edge;
  return relationshipSubject(item.edge.type, from, to, typeof key === 'string' ? key : null).subject;
}

/**
 * For a to-one field: where a node has more than one end (sources disagree on it), the ends whose
 * relationship lost the dispute go last, the stable order kept otherwise. A node with one end, the
 * usual case, costs nothing more than any relationship field; only when some node in the batch has
 * several is one more statement sent, for all of them at once.
 */
async function preferredFirst(db: CypherRunner, byId: Map<string, RelatedItem[]>): Promise<void> {
  const contested = [...byId].filter(([, items]) => items.length > 1);
  if (contested.length === 0) return;
  const subjects = contested.flatMap(([id, items]) => items.map((item) => subjectOf(id, item)));
  const lost = new Set((await db.read(LOST_RELATIONSHIPS, { subjects })).map((row) => row.subject as string));
  const lostOf = (id: string, item: RelatedItem) => Number(lost.has(subjectOf(id, item)));
  // A stable sort: the statement's order stays among the ends that did not lose, and among those that did.
  for (const [id, items] of contested) items.sort((a, b) => lostOf(id, a) - lostOf(id, b));
}

function relatedItem(item: RawItem, loaders: NodePrimer): RelatedItem {
  const node = toEntity(item.properties, item.label);
  loaders.node.prime(node.id, node);
  return { node, edge: toEdge(item.relationship, item.type), outgoing: item.outgoing };
}

/** The loader of one relationship field; neighbours arrive whole, so later to-one lookups of them cost no statement. */
export function relatedLoader(spec: RelationSpec): LoaderKind<string, RelatedItem[]> {
  return {
    key: `related:${specKey(spec)}`,
    create: (db, loaders) => new DataLoader(async (ids) => {
      const rows = await db.read(RELATED_STATEMENTS[spec.direction], { ids: [...ids], types: spec.types, labels: spec.labels });
      const byId = new Map<string, RelatedItem[]>();
      for (const row of rows) {
        byId.set(row.id as string, (row.items as RawItem[]).map((item) => relatedItem(item, loaders)));
      }
      if (spec.toOne) await preferredFirst(db, byId);
      return ids.map((id) => byId.get(id) ?? []);
    }),
  };
}

/** Which page of a list field: how many items to pass over, and how many to give. */
export interface PageRequest {
  offset: number;
  first: number;
}

/**
 * The loader of one page of a list field: the nodes of a request that ask the same field for the
 * same page (`first`, `after`) share one statement, which slices each node's ordered neighbours in
 * Cypher and counts them. A nested query still sends one statement per field per depth level.
 */
export function relatedPageLoader(spec: RelationSpec, page: PageRequest): LoaderKind<string, ListPage<RelatedItem>> {
  return {
    key: `related-page:${specKey(spec)}:${page.offset}:${page.first}`,
    create: (db, loaders) => new DataLoader(async (ids) => {
      const rows = await db.read(RELATED_PAGE_STATEMENTS[spec.direction], {
        ids: [...ids], types: spec.types, labels: spec.labels, offset: page.offset, end: page.offset + page.first,
      });
      const byId = new Map(rows.map((row) => [row.id as string, {
        offset: page.offset,
        items: (row.items as RawItem[]).map((item) => relatedItem(item, loaders)),
        total: Number(row.total),
      }]));
      return ids.map((id) => byId.get(id) ?? { offset: page.offset, items: [], total: 0 });
    }),
  };
}
