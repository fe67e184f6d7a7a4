// driver-results: a driver's seasons (series, team, participation, starts, final position, points) and each season's race results (start, finish), with evidence.
// Answers: "What did Amber Balcaen race in 2022, and where did she finish?"
// @param personId string the person's id, e.g. amber-balcaen
// @param year integer? only this season's year; all years when absent
MATCH (p:Person {id: $personId})-[entry:ENTERED_SEASON]->(season:Season)-[:OF_SERIES]->(series:Series)
WHERE $year IS NULL OR season.year = $year
OPTIONAL MATCH (team:Team {id: entry.team})
RETURN
  season.year AS year,
  series.name AS series,
  team.name AS team,
  entry.participation AS participation,
  season.rounds AS rounds,
  entry.racesStarted AS racesStarted,
  entry.finalPosition AS finalPosition,
  entry.points AS points,
  COLLECT {
    MATCH (p)-[result:ENTERED_RACE]->(race:Race)-[:PART_OF_SEASON]->(season)
    OPTIONAL MATCH (race)-[:HELD_AT]->(venue:Venue)
    RETURN {race: race.name, date: coalesce(race.date, toString(race.year)), status: race.status, venue: venue.name,
            start: result.startPosition, finish: result.finishPosition, note: result.note}
    ORDER BY race.date, race.name
  } AS races,
  entry.quotes AS evidence
ORDER BY year, series
