import { listQuery } from '../shared/shared.cypher';
import { NAME_CONTAINS } from '../shared/name-filter';
import { dayNumber } from '../race/race.cypher';
import { YearOrder } from '../season/season.args';

// A meeting the source gives no year for is placed by the years the graph derives, if any.
const MATCH_MEETINGS = `
MATCH (n:Meeting)
WHERE ${NAME_CONTAINS}
  AND ($yearFrom IS NULL OR coalesce(n.year, n.latestYear) >= $yearFrom)
  AND ($yearTo IS NULL OR coalesce(n.year, n.earliestYear) <= $yearTo)
  AND ($venueId IS NULL OR EXISTS { (n)-[:HELD_AT]->(:Venue {id: $venueId}) })
  AND ($discipline IS NULL OR $discipline IN coalesce(n.disciplines, []))`;

// Meetings are dated like races: by year and date, undated ones last in either order.
export const MEETINGS: Record<YearOrder, ReturnType<typeof listQuery>> = {
  [YearOrder.YEAR_ASC]: listQuery(MATCH_MEETINGS, dayNumber(9999)),
  [YearOrder.YEAR_DESC]: listQuery(MATCH_MEETINGS, `-${dayNumber(-1)}`),
};
