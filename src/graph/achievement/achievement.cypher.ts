import { listQuery } from '../shared/shared.cypher';

const MATCH_ACHIEVEMENTS = `
MATCH (n:Achievement)
WHERE ($kind IS NULL OR n.kind = $kind)
  AND ($yearFrom IS NULL OR n.year >= $yearFrom)
  AND ($yearTo IS NULL OR n.year <= $yearTo)
  AND (($achieverGender IS NULL AND $achieverNationality IS NULL)
       OR EXISTS { MATCH (p:Person)-[:ACHIEVED]->(n)
                   WHERE ($achieverGender IS NULL OR p.gender = $achieverGender)
                     AND ($achieverNationality IS NULL OR toLower(p.nationality) = toLower($achieverNationality)) })`;

// Oldest first; achievements without a year come last.
export const ACHIEVEMENTS = listQuery(MATCH_ACHIEVEMENTS, 'coalesce(n.year, 9999)');
