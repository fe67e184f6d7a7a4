import { listQuery } from '../shared/shared.cypher';
import { NAME_CONTAINS } from '../shared/name-filter';

export const VEHICLES = listQuery(`
MATCH (n:Vehicle)
WHERE ${NAME_CONTAINS}
  AND ($manufacturerId IS NULL OR EXISTS { (n)-[:MADE_BY]->(:Organization {id: $manufacturerId}) })`, 'n.name');
