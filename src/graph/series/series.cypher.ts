import { listQuery } from '../shared/shared.cypher';

// A series is found by any of its names: current, former, or aliases.
const MATCH_SERIES = `
MATCH (n:Series)
WHERE ($nameContains IS NULL
       OR any(name IN [n.name] + coalesce(n.formerNames, []) + coalesce(n.aliases, [])
              WHERE toLower(name) CONTAINS toLower($nameContains)))
  AND ($discipline IS NULL OR $discipline IN coalesce(n.disciplines, []))`;

export const SERIES = listQuery(MATCH_SERIES, 'n.name');
