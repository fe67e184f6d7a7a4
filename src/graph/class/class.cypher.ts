import { listQuery } from '../shared/shared.cypher';
import { NAME_CONTAINS } from '../shared/name-filter';

export const CLASSES = listQuery(`
MATCH (n:Class)
WHERE ${NAME_CONTAINS}
  AND ($discipline IS NULL OR $discipline IN coalesce(n.disciplines, []))`, 'n.name');
