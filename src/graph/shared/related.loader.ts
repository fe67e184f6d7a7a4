/**
 * One loader per relationship field: all the neighbours of many nodes over one relationship type,
 * in one statement. A nested GraphQL query therefore sends one statement per field per depth level,
 * whatever the list sizes. Types and labels are parameters (Cypher 5.26 dynamic types), taken from
 * the graph model's field declarations, never from user input.
 */
import DataLoader from 'dataloader';
import type { LoaderKind } from './loader-kind';
import { EdgeRow, EntityRow, Properties, toEdge, toEntity } from './rows';
import { Direction, RELATED_STATEMENTS, TO_ONE_RELATED_STATEMENTS } from './shared.cypher';

export type { Direction } from './shared.cypher';

export interface RelationSpec {
  types: readonly string[];
  direction: Direction;
  /** Labels the neighbour may have. */
  labels: readonly string[];
  /** A to-one field: the graph's preferred end of a disputed relationship comes first. */
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

/** The loader of one relationship field; neighbours arrive whole, so later to-one lookups of them cost no statement. */
export function relatedLoader(spec: RelationSpec): LoaderKind<string, RelatedItem[]> {
  return {
    key: `related:${specKey(spec)}`,
    create: (db, loaders) => new DataLoader(async (ids) => {
      const statements = spec.toOne ? TO_ONE_RELATED_STATEMENTS : RELATED_STATEMENTS;
      const rows = await db.read(statements[spec.direction], { ids: [...ids], types: spec.types, labels: spec.labels });
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
