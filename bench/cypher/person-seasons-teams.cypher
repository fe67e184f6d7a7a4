// person-seasons-teams: a person with each season entered (year, series, final position, points) and each team driven for.
// Benchmark question "a person with nested seasons, series and teams", written by hand as one statement.
// @param personId string the person's id
MATCH (p:Person {id: $personId})
RETURN p.id AS id, p.name AS name,
  COLLECT {
    MATCH (p)-[entry:ENTERED_SEASON]->(season:Season)-[:OF_SERIES]->(series:Series)
    RETURN {year: season.year, series: series.name, finalPosition: entry.finalPosition, points: entry.points}
    ORDER BY season.year, series.name
  } AS seasons,
  COLLECT {
    MATCH (p)-[stint:DROVE_FOR]->(team:Team)
    RETURN {team: team.name, years: stint.years}
    ORDER BY team.name
  } AS teams
