// results-by-discipline: race results in one discipline (everyone's, or one person's), each entry with its race, meeting, class, vehicle, crew, start, finish or status, laps, gap, points and evidence.
// Answers: "Who raced sidecars in road racing, in which class and outfit, with whom, and how did it end?"
// A race's disciplines are its own, else its meeting's, else its series's (through its season).
// class: the entry's class, else the race's class when the race was run for one only.
// crew: the others on the same shared entry (the same `entry` in the race), with what each did.
// One row per person's entry; races without a known year (only "in her first season") come last.
// @param discipline string a discipline as stored, e.g. motorcycle-road-racing, rally, sports-car
// @param personId string? only this person's results; everyone's when absent
MATCH (p:Person)-[result:ENTERED_RACE]->(race:Race)
WHERE $personId IS NULL OR p.id = $personId
OPTIONAL MATCH (race)-[:PART_OF_MEETING]->(meeting:Meeting)
WITH p, result, race, meeting,
     head([(race)-[:PART_OF_SEASON]->(:Season)-[:OF_SERIES]->(s:Series) | s]) AS series
WITH p, result, race, meeting, series,
     CASE WHEN size(coalesce(race.disciplines, [])) > 0 THEN race.disciplines
          WHEN size(coalesce(meeting.disciplines, [])) > 0 THEN meeting.disciplines
          ELSE coalesce(series.disciplines, []) END AS disciplines
WHERE $discipline IN disciplines
OPTIONAL MATCH (team:Team {id: result.team})
OPTIONAL MATCH (entryClass:Class {id: result.class})
OPTIONAL MATCH (vehicle:Vehicle {id: result.vehicle})
WITH p, result, race, meeting, series, disciplines, team, entryClass, vehicle,
     [(race)-[:FOR_CLASS]->(c:Class) | c] AS raceClasses
WITH p, result, race, meeting, series, disciplines, team, vehicle,
     coalesce(entryClass, CASE WHEN size(raceClasses) = 1 THEN raceClasses[0] END) AS class
RETURN
  coalesce(race.year, race.earliestYear, meeting.year) AS year,
  race.dateAsStated AS dateAsStated,
  race.id AS raceId,
  race.name AS race,
  meeting.name AS meeting,
  series.name AS series,
  coalesce(head([(race)-[:HELD_AT]->(v:Venue) | v.name]), head([(meeting)-[:HELD_AT]->(v:Venue) | v.name])) AS venue,
  disciplines,
  p.id AS personId,
  p.name AS person,
  team.name AS team,
  class.id AS classId,
  class.name AS class,
  vehicle.id AS vehicleId,
  vehicle.name AS vehicle,
  head([(vehicle)-[:MADE_BY]->(make:Organization) | make.name]) AS make,
  result.number AS number,
  result.entry AS entry,
  result.crewRole AS crewRole,
  COLLECT {
    MATCH (other:Person)-[shared:ENTERED_RACE]->(race)
    WHERE result.entry IS NOT NULL AND shared.entry = result.entry AND other <> p
    RETURN {personId: other.id, name: other.name, crewRole: shared.crewRole} ORDER BY other.id
  } AS crew,
  result.startPosition AS startPosition,
  result.pole AS pole,
  result.finishPosition AS finishPosition,
  result.status AS status,
  result.laps AS laps,
  result.gap AS gap,
  result.fastestLap AS fastestLap,
  result.points AS points,
  result.note AS note,
  result.sources AS sources,
  result.quotes AS quotes
ORDER BY year, race, finishPosition, personId
