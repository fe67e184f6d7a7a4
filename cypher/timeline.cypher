// timeline: a person's career in order: career start, teams, seasons, races (with class, vehicle, crew and result), wins, awards, roles held, achievements, incidents, moves, with evidence.
// Answers: "What happened in Amber Balcaen's career, and when?" "When did Maria Boss go from driving to running a team?"
// Each entry is placed by the best year known: its year, else the earliest year the graph derives
// from a relative or rough date ("at 14": from the birth year). Entries with neither come first, in
// career order. earliestYear and latestYear give the years an entry spans (a team stint, a role
// held) or may fall in (a date given by age or "about"); dateAsStated the source's own words.
// A role held is one entry at its first year; its last year is in earliestYear..latestYear and detail.
// An award received in several years is one entry per year.
// @param personId string the person's id, e.g. amber-balcaen
WITH {
  `career-start`: 0, discipline: 1, recognition: 2, debut: 3, `team-stint`: 4, season: 5, race: 6, win: 7,
  achievement: 8, award: 9, role: 10, move: 11, incident: 12, recovery: 13, return: 14, `scheduled-race`: 15
} AS kindOrder,
{ dnf: 'did not finish', dns: 'did not start', dsq: 'disqualified', dnq: 'did not qualify', finished: 'finished' } AS statusWords
MATCH (p:Person {id: $personId})
CALL (p, statusWords) {
  MATCH (p)-[r:EXPERIENCED]->(e:Event)
  RETURN e.id AS subjectId, e.kind AS kind, e.title AS title, e.year AS year, e.date AS date, e.age AS age,
         coalesce(e.approximate, false) AS approximate, e.dateAsStated AS dateAsStated,
         coalesce(e.earliestYear, e.year) AS earliestYear, coalesce(e.latestYear, e.year) AS latestYear,
         [e.description] AS details, e.sources AS sources, e.quotes AS quotes
  UNION ALL
  // A team stint spans its years; `year` only when it is one year. Years with gaps are listed.
  MATCH (p)-[r:DROVE_FOR]->(team:Team)
  WITH r, team, coalesce(r.years, []) AS years
  WITH r, team, size(years) AS yearCount,
       reduce(first = null, y IN years | CASE WHEN first IS NULL OR y < first THEN y ELSE first END) AS firstYear,
       reduce(last = null, y IN years | CASE WHEN last IS NULL OR y > last THEN y ELSE last END) AS lastYear
  RETURN team.id AS subjectId, 'team-stint' AS kind, 'Drove for ' + team.name AS title,
         CASE WHEN firstYear = lastYear THEN firstYear END AS year, null AS date, null AS age, false AS approximate,
         null AS dateAsStated, firstYear AS earliestYear, lastYear AS latestYear,
         [CASE WHEN yearCount < lastYear - firstYear + 1
               THEN 'in ' + reduce(text = '', y IN r.years | text + CASE WHEN text = '' THEN '' ELSE ', ' END + toString(y)) END,
          r.note] AS details,
         r.sources AS sources, r.quotes AS quotes
  UNION ALL
  MATCH (p)-[r:ENTERED_SEASON]->(s:Season)
  // The team, class and vehicle an entry names (by id), read in one lookup.
  WITH *, COLLECT { MATCH (ref:Entity) WHERE ref.id IN [r.team, r.class, r.vehicle] RETURN ref } AS refs
  RETURN s.id AS subjectId, 'season' AS kind, s.name AS title, s.year AS year, null AS date, null AS age,
         false AS approximate, null AS dateAsStated, s.year AS earliestYear, s.year AS latestYear,
         [r.participation, 'with ' + [ref IN refs WHERE ref.id = r.team | ref.name][0],
          [ref IN refs WHERE ref.id = r.class | ref.name][0] + ' class', [ref IN refs WHERE ref.id = r.vehicle | ref.name][0], 'no. ' + r.number,
          toString(r.racesStarted) + ' races', 'finished ' + toString(r.finalPosition) + ' overall', toString(r.points) + ' points',
          r.note] AS details,
         r.sources AS sources, r.quotes AS quotes
  UNION ALL
  // A race of a meeting names the meeting, and takes its year when the source dates only the meeting.
  MATCH (p)-[r:ENTERED_RACE]->(race:Race)
  OPTIONAL MATCH (race)-[:PART_OF_MEETING]->(meeting:Meeting)
  // The team, class and vehicle an entry names (by id), read in one lookup.
  WITH *, COLLECT { MATCH (ref:Entity) WHERE ref.id IN [r.team, r.class, r.vehicle] RETURN ref } AS refs
  RETURN race.id AS subjectId,
         CASE WHEN r.finishPosition = 1 THEN 'win' WHEN race.status = 'scheduled' THEN 'scheduled-race' ELSE 'race' END AS kind,
         race.name AS title, coalesce(race.year, meeting.year) AS year, race.date AS date, null AS age,
         coalesce(race.approximate, false) AS approximate, race.dateAsStated AS dateAsStated,
         coalesce(race.earliestYear, race.year, meeting.earliestYear, meeting.year) AS earliestYear,
         coalesce(race.latestYear, race.year, meeting.latestYear, meeting.year) AS latestYear,
         ['at ' + meeting.name, 'with ' + [ref IN refs WHERE ref.id = r.team | ref.name][0],
          [ref IN refs WHERE ref.id = r.class | ref.name][0] + ' class', [ref IN refs WHERE ref.id = r.vehicle | ref.name][0], 'no. ' + r.number,
          'as ' + r.crewRole, 'started ' + toString(r.startPosition), CASE WHEN r.pole THEN 'from pole' END,
          'finished ' + toString(r.finishPosition),
          CASE WHEN r.finishPosition IS NULL OR r.status <> 'finished' THEN statusWords[r.status] END,
          toString(r.laps) + ' laps', 'gap ' + r.gap, CASE WHEN r.fastestLap THEN 'fastest lap' END,
          CASE WHEN r.points = toInteger(r.points) THEN toString(toInteger(r.points)) ELSE toString(r.points) END + ' points',
          r.note] AS details,
         r.sources AS sources, r.quotes AS quotes
  UNION ALL
  // A role held: one entry at its first year, reading "<title or role>, <where>".
  MATCH (p)-[r:HELD_ROLE]->(holder)
  WITH r, holder, coalesce(r.title, replace(r.role, '-', ' ')) AS held
  RETURN holder.id AS subjectId, 'role' AS kind, toUpper(left(held, 1)) + substring(held, 1) + ', ' + holder.name AS title,
         r.since AS year, null AS date, null AS age, false AS approximate, null AS dateAsStated,
         r.since AS earliestYear, r.until AS latestYear,
         [CASE WHEN r.title IS NOT NULL THEN 'as ' + replace(r.role, '-', ' ') END, 'from ' + toString(r.since),
          'until ' + toString(r.until), r.note] AS details,
         r.sources AS sources, r.quotes AS quotes
  UNION ALL
  MATCH (p)-[r:RECEIVED]->(award:Award)
  OPTIONAL MATCH (award)-[:AWARDED_BY]->(body:Organization)
  UNWIND CASE WHEN size(coalesce(r.years, [])) = 0 THEN [null] ELSE r.years END AS awardYear
  RETURN award.id AS subjectId, 'award' AS kind, award.name AS title, awardYear AS year, null AS date, null AS age,
         false AS approximate, null AS dateAsStated, awardYear AS earliestYear, awardYear AS latestYear,
         ['awarded by ' + body.name, r.note] AS details, r.sources AS sources, r.quotes AS quotes
  UNION ALL
  MATCH (p)-[r:ACHIEVED]->(a:Achievement)
  RETURN a.id AS subjectId, 'achievement' AS kind, a.title AS title, a.year AS year, a.date AS date, null AS age,
         coalesce(a.approximate, false) AS approximate, a.dateAsStated AS dateAsStated,
         coalesce(a.earliestYear, a.year) AS earliestYear, coalesce(a.latestYear, a.year) AS latestYear,
         [a.description] AS details, a.sources AS sources, a.quotes AS quotes
}
// The parts of an entry's detail that the source gives, in order, joined with commas.
WITH subjectId, kind, title, year, date, age, approximate, dateAsStated, earliestYear, latestYear, sources, quotes, kindOrder,
     reduce(text = '', part IN details | CASE WHEN part IS NULL THEN text WHEN text = '' THEN part ELSE text + ', ' + part END) AS detail
RETURN subjectId, kind, title, year, date, age, approximate, dateAsStated, earliestYear, latestYear, detail, sources, quotes
ORDER BY coalesce(year, earliestYear, -1), coalesce(date, ''), kindOrder[kind], coalesce(age, -1), title
