import { listQuery } from '../shared/shared.cypher';
import { NAME_CONTAINS } from '../shared/name-filter';

export const AWARDS = listQuery(`
MATCH (n:Award)
WHERE ${NAME_CONTAINS}
  AND ($kind IS NULL OR n.kind = $kind)
  AND ($awardedById IS NULL OR EXISTS { (n)-[:AWARDED_BY]->(:Organization {id: $awardedById}) })`, 'n.name');
