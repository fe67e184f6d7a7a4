/** Career summaries per person and series, batched over people: cypher/career-summary.cypher. */
import DataLoader from 'dataloader';
import type { LoaderKind } from '../shared/loader-kind';
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

export const CAREER_LOADER: LoaderKind<string, CareerRow[]> = {
  key: 'career',
  create: (db) => new DataLoader(async (personIds) => {
    const rows = (await db.read(namedQuery('career-summary').cypher, { personIds: [...personIds] })) as unknown as CareerRow[];
    return personIds.map((id) => rows.filter((row) => row.personId === id));
  }),
};
