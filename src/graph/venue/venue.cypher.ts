import { listQuery } from '../shared/shared.cypher';
import { NAME_CONTAINS } from '../shared/name-filter';

export const VENUES = listQuery(`
MATCH (n:Venue)
WHERE ${NAME_CONTAINS}`, 'n.name');
