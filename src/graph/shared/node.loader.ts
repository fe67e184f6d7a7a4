/** Loads any nodes by id in one statement: behind node(id:), person(id:) and every to-one field. */
import DataLoader from 'dataloader';
import { CypherRunner } from '../../db/database';
import { EntityRow, Properties, toEntity } from './rows';

export const NODES_BY_ID = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, properties(n) AS properties, [label IN labels(n) WHERE label <> 'Entity'][0] AS label`;

export function createNodeLoader(db: CypherRunner): DataLoader<string, EntityRow | null> {
  return new DataLoader(async (ids) => {
    const rows = await db.read(NODES_BY_ID, { ids: [...ids] });
    const byId = new Map(rows.map((row) => [row.id as string, toEntity(row.properties as Properties, row.label as string)]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
