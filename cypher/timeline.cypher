// timeline: a person's career in order: career start, seasons, races, wins, achievements, incidents, moves, with evidence.
// Answers: "What happened in Amber Balcaen's career, and when?"
// Events a source gives no year for (a career start "at the age of 10") come first, in career order.
// @param personId string the person's id, e.g. amber-balcaen
WITH {
  `career-start`: 0, discipline: 1, recognition: 2, debut: 3, season: 4, race: 5, win: 6,
  achievement: 7, move: 8, incident: 9, recovery: 10, return: 11, `scheduled-race`: 12
} AS kindOrder
MATCH (p:Person {id: $personId})
CALL (p) {
  MATCH (p)-[r:EXPERIENCED]->(e:Event)
  RETURN e.id AS subjectId, e.kind AS kind, e.title AS title, e.year AS year, e.date AS date, e.age AS age,
         coalesce(e.approximate, false) AS approximate, e.description AS detail, e.sources AS sources, e.quotes AS quotes
  UNION ALL
  MATCH (p)-[r:ENTERED_SEASON]->(s:Season)
  OPTIONAL MATCH (team:Team {id: r.team})
  RETURN s.id AS subjectId, 'season' AS kind, s.name AS title, s.year AS year, null AS date, null AS age,
         false AS approximate,
         reduce(text = '', part IN [r.participation, 'with ' + team.name, toString(r.racesStarted) + ' races',
                                    'finished ' + toString(r.finalPosition) + ' overall', toString(r.points) + ' points']
                | CASE WHEN part IS NULL THEN text WHEN text = '' THEN part ELSE text + ', ' + part END) AS detail,
         r.sources AS sources, r.quotes AS quotes
  UNION ALL
  MATCH (p)-[r:ENTERED_RACE]->(race:Race)
  RETURN race.id AS subjectId,
         CASE WHEN r.finishPosition = 1 THEN 'win' WHEN race.status = 'scheduled' THEN 'scheduled-race' ELSE 'race' END AS kind,
         race.name AS title, race.year AS year, race.date AS date, null AS age, false AS approximate,
         reduce(text = '', part IN ['started ' + toString(r.startPosition), 'finished ' + toString(r.finishPosition), r.note]
                | CASE WHEN part IS NULL THEN text WHEN text = '' THEN part ELSE text + ', ' + part END) AS detail,
         r.sources AS sources, r.quotes AS quotes
  UNION ALL
  MATCH (p)-[r:ACHIEVED]->(a:Achievement)
  RETURN a.id AS subjectId, 'achievement' AS kind, a.title AS title, a.year AS year, null AS date, null AS age,
         false AS approximate, a.description AS detail, a.sources AS sources, a.quotes AS quotes
}
RETURN subjectId, kind, title, year, date, age, approximate, detail, sources, quotes
ORDER BY coalesce(year, -1), coalesce(date, ''), kindOrder[kind], coalesce(age, -1), title
