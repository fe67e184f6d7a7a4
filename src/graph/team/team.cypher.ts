import { listQuery } from '../shared/shared.cypher';
import { NAME_CONTAINS } from '../shared/name-filter';

const MATCH_TEAMS = `
MATCH (n:Team)
WHERE ${NAME_CONTAINS}
  AND ($seriesId IS NULL
       OR EXISTS { MATCH ()-[entry:ENTERED_SEASON]->(:Season)-[:OF_SERIES]->(:Series {id: $seriesId}) WHERE entry.team = n.id })
  AND (($yearFrom IS NULL AND $yearTo IS NULL)
       OR EXISTS { MATCH ()-[entry:ENTERED_SEASON]->(s:Season) WHERE entry.team = n.id
                   AND ($yearFrom IS NULL OR s.year >= $yearFrom) AND ($yearTo IS NULL OR s.year <= $yearTo) }
       OR EXISTS { MATCH ()-[stint:DROVE_FOR]->(n)
                   WHERE any(year IN stint.years WHERE ($yearFrom IS NULL OR year >= $yearFrom) AND ($yearTo IS NULL OR year <= $yearTo)) })`;

export const TEAMS = listQuery(MATCH_TEAMS, 'n.name');

/** Season entries made with a team (the team is a property of the entry). */
export const SEASON_ENTRIES_WITH_TEAMS = `
UNWIND $ids AS id
MATCH (p:Person)-[entry:ENTERED_SEASON]->(s:Season)
WHERE entry.team = id
WITH id, p, entry, s ORDER BY s.year, p.id
RETURN id, collect({personId: p.id, seasonId: s.id, relationship: properties(entry)}) AS entries`;
