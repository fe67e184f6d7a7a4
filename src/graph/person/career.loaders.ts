/** Career summaries per person and series, batched over people: cypher/career-summary.cypher. */
import DataLoader from 'dataloader';
import { CypherRunner } from '../../db/database';
import { namedQuery } from '../../db/cypher-files';

export interface CareerSeasonRow {
  seasonId: string;
  year: number;
  participation: string | null;
  teamId: string | null;
  starts: number | null;
  wins: number;
  bestFinish: number | null;
  finalPosition: number | null;
  points: number | null;
}

export interface CareerRow {
  personId: string;
  seriesId: string;
  years: number[];
  starts: number | null;
  wins: number;
  bestFinish: number | null;
  seasons: CareerSeasonRow[];
}

export function createCareerLoader(db: CypherRunner): DataLoader<string, CareerRow[]> {
  return new DataLoader(async (personIds) => {
    const rows = (await db.read(namedQuery('career-summary').cypher, { personIds: [...personIds] })) as unknown as CareerRow[];
    return personIds.map((id) => rows.filter((row) => row.personId === id));
  });
}
