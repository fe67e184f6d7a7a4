/** Starting points for the home view: the people who raced and the series in the graph. */
import { query } from './api.js';

const STARTING_POINTS = `query StartingPoints {
  people(first: 50, filter: { raced: true }) { totalCount edges { node { id name description } } }
  seriesList(first: 50) { totalCount edges { node { id name } } }
}`;

export interface StartingPoints {
  people: { totalCount: number; edges: { node: { id: string; name: string | null; description: string | null } }[] };
  seriesList: { totalCount: number; edges: { node: { id: string; name: string } }[] };
}

export function loadStartingPoints(): Promise<StartingPoints> {
  return query<StartingPoints>(STARTING_POINTS);
}
