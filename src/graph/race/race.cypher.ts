import { listQuery } from '../shared/shared.cypher';
import { YearOrder } from '../season/season.args';

/**
 * A race is of $discipline when it says so, or its meeting or its season's series does (sources
 * often give the discipline once, for the meeting or the series). People are filtered by it too.
 */
export const raceOfDiscipline = (race: string): string => `($discipline IN coalesce(${race}.disciplines, [])
       OR EXISTS { (${race})-[:PART_OF_MEETING]->(meeting:Meeting) WHERE $discipline IN coalesce(meeting.disciplines, []) }
       OR EXISTS { (${race})-[:PART_OF_SEASON]->(:Season)-[:OF_SERIES]->(series:Series) WHERE $discipline IN coalesce(series.disciplines, []) })`;

// A race the source gives no year for is in a year range when the years the graph derives for it may be.
const MATCH_RACES = `
MATCH (n:Race)
WHERE ($yearFrom IS NULL OR coalesce(n.year, n.latestYear) >= $yearFrom)
  AND ($yearTo IS NULL OR coalesce(n.year, n.earliestYear) <= $yearTo)
  AND ($status IS NULL OR n.status = $status)
  AND ($seasonId IS NULL OR EXISTS { (n)-[:PART_OF_SEASON]->(:Season {id: $seasonId}) })
  AND ($seriesId IS NULL OR EXISTS { (n)-[:PART_OF_SEASON]->(:Season)-[:OF_SERIES]->(:Series {id: $seriesId}) })
  AND ($venueId IS NULL OR EXISTS { (n)-[:HELD_AT]->(:Venue {id: $venueId}) })
  AND ($meetingId IS NULL OR EXISTS { (n)-[:PART_OF_MEETING]->(:Meeting {id: $meetingId}) })
  AND ($classId IS NULL OR EXISTS { (n)-[:FOR_CLASS]->(:Class {id: $classId}) })
  AND ($discipline IS NULL OR ${raceOfDiscipline('n')})`;

/**
 * Dates are as precise as the source ("2023", "2023-02", "2023-04-22"): yyyymmdd with unknown parts
 * as 0. A race without a year sorts by the year the graph derives for it, else after every dated
 * race in either order (`missing`: the year that puts it there).
 */
export const dayNumber = (missing: number): string => `(coalesce(n.year, n.earliestYear, ${missing}) * 10000
  + coalesce(toInteger(substring(coalesce(n.date, ''), 5, 2)), 0) * 100
  + coalesce(toInteger(substring(coalesce(n.date, ''), 8, 2)), 0))`;

export const RACES: Record<YearOrder, ReturnType<typeof listQuery>> = {
  [YearOrder.YEAR_ASC]: listQuery(MATCH_RACES, dayNumber(9999)),
  [YearOrder.YEAR_DESC]: listQuery(MATCH_RACES, `-${dayNumber(-1)}`),
};
