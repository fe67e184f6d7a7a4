// season-standings: a season page: the season, its series, and its entries in the order of the standings (final position), each with person, team and points.
// Benchmark question "a season page with standings", written by hand as one statement.
// @param seasonId string the season's id
MATCH (s:Season {id: $seasonId})
RETURN s.id AS id, s.name AS name, s.year AS year,
  COLLECT { MATCH (s)-[:OF_SERIES]->(series:Series) RETURN series.name }[0] AS series,
  COLLECT {
    MATCH (p:Person)-[entry:ENTERED_SEASON]->(s)
    RETURN {
      finalPosition: entry.finalPosition, points: entry.points, person: p.id, name: p.name,
      team: entry.team, teamName: COLLECT { MATCH (team:Team {id: entry.team}) RETURN team.name }[0]
    }
    ORDER BY entry.finalPosition, p.id
  } AS standings
