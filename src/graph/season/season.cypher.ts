import { listQuery } from '../shared/shared.cypher';
import { YearOrder } from './season.args';

const MATCH_SEASONS = `
MATCH (n:Season)
WHERE ($yearFrom IS NULL OR n.year >= $yearFrom)
  AND ($yearTo IS NULL OR n.year <= $yearTo)
  AND ($seriesId IS NULL OR EXISTS { (n)-[:OF_SERIES]->(:Series {id: $seriesId}) })`;

// Newest first is oldest first on the negated year, so one keyset rule serves both.
export const SEASONS: Record<YearOrder, ReturnType<typeof listQuery>> = {
  [YearOrder.YEAR_ASC]: listQuery(MATCH_SEASONS, 'n.year'),
  [YearOrder.YEAR_DESC]: listQuery(MATCH_SEASONS, '-n.year'),
};
