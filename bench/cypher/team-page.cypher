// team-page: a team with every season entry made with it: the season and its series, the entry's final position and points, the person and their family (families, parents).
// Benchmark question "a team page four levels deep", written by hand as one statement.
// @param teamId string the team's id
MATCH (t:Team {id: $teamId})
RETURN t.id AS id, t.name AS name,
  COLLECT {
    MATCH (p:Person)-[entry:ENTERED_SEASON {team: $teamId}]->(s:Season)-[:OF_SERIES]->(series:Series)
    RETURN {
      season: s.id, year: s.year, series: series.name, finalPosition: entry.finalPosition, points: entry.points,
      person: p.id, name: p.name,
      families: COLLECT { MATCH (p)-[:MEMBER_OF]->(f:Family) RETURN f.id },
      parents: COLLECT { MATCH (parent:Person)-[:PARENT_OF]->(p) RETURN parent.id }
    }
    ORDER BY s.year, p.id
  } AS entries
