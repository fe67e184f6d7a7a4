// womens-firsts: milestones achieved by women ("firsts" by default), with the achiever, year, race, series and evidence.
// Answers: "Which women were first to do something in motorsport, and when?"
// @param kind string? achievement kind: first (default), last, win, championship, career-best or milestone
MATCH (p:Person {gender: 'female'})-[:ACHIEVED]->(a:Achievement)
WHERE a.kind = coalesce($kind, 'first')
OPTIONAL MATCH (a)-[:AT_RACE]->(race:Race)
OPTIONAL MATCH (a)-[:IN_SERIES]->(series:Series)
RETURN
  a.year AS year,
  a.title AS achievement,
  p.name AS driver,
  p.nationality AS nationality,
  race.name AS race,
  series.name AS series,
  a.quotes AS evidence
ORDER BY year, achievement
