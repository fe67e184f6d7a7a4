/** Loaders of Person fields that are not a plain relationship. */
import DataLoader from 'dataloader';
import { CypherRunner } from '../../db/database';

/** Raced: the source calls them a driver, or they entered a season or race. Same rule as cypher/lineage.cypher. */
export const RACED = `
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN id, 'driver' IN coalesce(p.roles, []) OR EXISTS { (p)-[:ENTERED_SEASON|ENTERED_RACE]->() } AS raced`;

export function createRacedLoader(db: CypherRunner): DataLoader<string, boolean> {
  return new DataLoader(async (ids) => {
    const rows = await db.read(RACED, { ids: [...ids] });
    const byId = new Map(rows.map((row) => [row.id as string, row.raced as boolean]));
    return ids.map((id) => byId.get(id) ?? false);
  });
}
