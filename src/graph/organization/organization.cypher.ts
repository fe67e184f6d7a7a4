import { listQuery } from '../shared/shared.cypher';
import { NAME_CONTAINS } from '../shared/name-filter';

export const ORGANIZATIONS = listQuery(`
MATCH (n:Organization)
WHERE ${NAME_CONTAINS}
  AND ($kind IS NULL OR n.kind = $kind)`, 'n.name');
