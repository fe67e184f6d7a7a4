/**
 * One loader per relationship field: all the neighbours of many nodes over one relationship type,
 * in one statement. A nested GraphQL query therefore sends one statement per field per depth level,
 * whatever the list sizes. Types and labels are parameters (Cypher 5.26 dynamic types), taken from
 * the graph model's field declarations, never from user input.
 */
import DataLoader from 'dataloader';
import { ownLabel } from '../../db/cypher-fragments';
import type { LoaderKind } from './loader-kind';
import { EdgeRow, EntityRow, Properties, toEdge, toEntity } from './rows';

export type Direction = 'OUT' | 'IN' | 'BOTH';

export interface RelationSpec {
  types: readonly string[];
  direction: Direction;
  /** Labels the neighbour may have. */
  labels: readonly string[];
}

export interface RelatedItem {
  node: EntityRow;
  edge: EdgeRow;
  /** Whether the stored relationship points from the asking node to the neighbour. */
  outgoing: boolean;
}

// Neighbours come in a stable order: by year and date where they have one, then by name.
const RETURN_NEIGHBOURS = `
WHERE any(label IN labels(m) WHERE label IN $labels)
WITH id, n, r, m
ORDER BY coalesce(m.year, 9999), coalesce(m.date, ''), coalesce(m.name, m.title, m.description, m.id), m.id
RETURN id, collect({
  properties: properties(m),
  label: ${ownLabel('m')},
  relationship: properties(r),
  type: type(r),
  outgoing: startNode(r) = n
}) AS items`;

export const RELATED_STATEMENTS: Record<Direction, string> = {
  OUT: `UNWIND $ids AS id
MATCH (n:Entity {id: id})-[r:$any($types)]->(m:Entity)${RETURN_NEIGHBOURS}`,
  IN: `UNWIND $ids AS id
MATCH (n:Entity {id: id})<-[r:$any($types)]-(m:Entity)${RETURN_NEIGHBOURS}`,
  BOTH: `UNWIND $ids AS id
MATCH (n:Entity {id: id})-[r:$any($types)]-(m:Entity)${RETURN_NEIGHBOURS}`,
};

interface RawItem {
  properties: Properties;
  label: string;
  relationship: Properties;
  type: string;
  outgoing: boolean;
}

export function specKey(spec: RelationSpec): string {
  return `${spec.direction}:${spec.types.join('|')}:${spec.labels.join('|')}`;
}

/** The loader of one relationship field; neighbours arrive whole, so later to-one lookups of them cost no statement. */
export function relatedLoader(spec: RelationSpec): LoaderKind<string, RelatedItem[]> {
  return {
    key: `related:${specKey(spec)}`,
    create: (db, loaders) => new DataLoader(async (ids) => {
      const rows = await db.read(RELATED_STATEMENTS[spec.direction], { ids: [...ids], types: spec.types, labels: spec.labels });
      const byId = new Map<string, RelatedItem[]>();
      for (const row of rows) {
        const items = (row.items as RawItem[]).map((item) => {
          const node = toEntity(item.properties, item.label);
          loaders.node.prime(node.id, node);
          return { node, edge: toEdge(item.relationship, item.type), outgoing: item.outgoing };
        });
        byId.set(row.id as string, items);
      }
      return ids.map((id) => byId.get(id) ?? []);
    }),
  };
}
