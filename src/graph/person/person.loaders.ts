/** Loaders of Person fields that are not a plain relationship. */
import DataLoader from 'dataloader';
import { CypherRunner } from '../../db/database';
import { RACED_PREDICATE } from './person.cypher';

export const RACED = `
UNWIND $ids AS id
MATCH (n:Person {id: id})
RETURN id, ${RACED_PREDICATE} AS raced`;

export function createRacedLoader(db: CypherRunner): DataLoader<string, boolean> {
  return new DataLoader(async (ids) => {
    const rows = await db.read(RACED, { ids: [...ids] });
    const byId = new Map(rows.map((row) => [row.id as string, row.raced as boolean]));
    return ids.map((id) => byId.get(id) ?? false);
  });
}
