// people-results: the first people by name, each with every race entered and the result.
// Benchmark question "a list of 100 people with their results", written by hand as one statement.
// @param first integer how many people
MATCH (p:Person)
WHERE p.name IS NOT NULL
WITH p ORDER BY p.name, p.id LIMIT $first
RETURN p.id AS id, p.name AS name,
  COLLECT {
    MATCH (p)-[entry:ENTERED_RACE]->(race:Race)
    RETURN {race: race.id, name: race.name, year: race.year, startPosition: entry.startPosition, finishPosition: entry.finishPosition}
    ORDER BY race.year, race.id
  } AS results
