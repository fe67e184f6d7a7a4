// career-summary: per person and series, the seasons, starts, wins, best finish, final positions and points.
// Answers: "What is Amber Balcaen's record in the ARCA Menards Series?"
// starts: a season's stated race count where the source gives one, else its known completed races.
// @param personIds string[] ids of the people, e.g. amber-balcaen (several: a JSON list or comma-separated)
UNWIND $personIds AS personId
MATCH (p:Person {id: personId})-[entry:ENTERED_SEASON]->(season:Season)-[:OF_SERIES]->(series:Series)
WITH personId, p, series, season, entry,
     COLLECT {
       MATCH (p)-[result:ENTERED_RACE]->(race:Race {status: 'completed'})-[:PART_OF_SEASON]->(season)
       RETURN result.finishPosition
     } AS finishes,
     COUNT { (p)-[:ENTERED_RACE]->(:Race {status: 'completed'})-[:PART_OF_SEASON]->(season) } AS knownRaces
WITH personId, series, season, entry, knownRaces,
     [f IN finishes WHERE f IS NOT NULL] AS finishes
WITH personId, series, season, entry,
     CASE WHEN entry.racesStarted IS NOT NULL THEN entry.racesStarted
          WHEN knownRaces > 0 THEN knownRaces END AS starts,
     size([f IN finishes WHERE f = 1]) AS wins,
     reduce(best = null, f IN finishes | CASE WHEN best IS NULL OR f < best THEN f ELSE best END) AS bestFinish
ORDER BY season.year
WITH personId, series, collect({
  seasonId: season.id, year: season.year, participation: entry.participation, teamId: entry.team,
  starts: starts, wins: wins, bestFinish: bestFinish, finalPosition: entry.finalPosition, points: entry.points
}) AS seasons
RETURN
  personId,
  series.id AS seriesId,
  series.name AS series,
  [s IN seasons | s.year] AS years,
  CASE WHEN any(s IN seasons WHERE s.starts IS NOT NULL)
       THEN reduce(total = 0, s IN seasons | total + coalesce(s.starts, 0)) END AS starts,
  reduce(total = 0, s IN seasons | total + s.wins) AS wins,
  reduce(best = null, s IN seasons | CASE WHEN s.bestFinish IS NOT NULL AND (best IS NULL OR s.bestFinish < best) THEN s.bestFinish ELSE best END) AS bestFinish,
  seasons
ORDER BY personId, years[0], series
