// teams-and-series: the teams a person drove for and the series they raced in, with the years.
// Answers: "Which teams did Amber Balcaen drive for, and in which series?"
// @param personId string the person's id, e.g. amber-balcaen
MATCH (p:Person {id: $personId})
CALL (p) {
  MATCH (p)-[stint:DROVE_FOR]->(team:Team)
  RETURN 'team' AS kind, team.id AS id, team.name AS name, coalesce(stint.years, []) AS years
  UNION
  MATCH (p)-[:ENTERED_SEASON]->(season:Season)-[:OF_SERIES]->(series:Series)
  WITH series, season ORDER BY season.year
  RETURN 'series' AS kind, series.id AS id, series.name AS name, collect(season.year) AS years
}
RETURN kind, id, name, years
ORDER BY kind DESC, years[0], name
