import { listQuery } from '../shared/shared.cypher';
import { YearOrder } from '../season/season.args';

const MATCH_RACES = `
MATCH (n:Race)
WHERE ($yearFrom IS NULL OR n.year >= $yearFrom)
  AND ($yearTo IS NULL OR n.year <= $yearTo)
  AND ($status IS NULL OR n.status = $status)
  AND ($seasonId IS NULL OR EXISTS { (n)-[:PART_OF_SEASON]->(:Season {id: $seasonId}) })
  AND ($seriesId IS NULL OR EXISTS { (n)-[:PART_OF_SEASON]->(:Season)-[:OF_SERIES]->(:Series {id: $seriesId}) })
  AND ($venueId IS NULL OR EXISTS { (n)-[:HELD_AT]->(:Venue {id: $venueId}) })`;

// Dates are as precise as the source ("2023", "2023-02", "2023-04-22"): yyyymmdd with unknown parts as 0.
const DAY_NUMBER = `(n.year * 10000
  + coalesce(toInteger(substring(coalesce(n.date, ''), 5, 2)), 0) * 100
  + coalesce(toInteger(substring(coalesce(n.date, ''), 8, 2)), 0))`;

export const RACES: Record<YearOrder, ReturnType<typeof listQuery>> = {
  [YearOrder.YEAR_ASC]: listQuery(MATCH_RACES, DAY_NUMBER),
  [YearOrder.YEAR_DESC]: listQuery(MATCH_RACES, `-${DAY_NUMBER}`),
};
