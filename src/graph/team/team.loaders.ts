import DataLoader from 'dataloader';
import { CypherRunner } from '../../db/database';
import { Properties, toEdge } from '../shared/rows';
import { SeasonEntry, toSeasonEntry } from '../season-entry/season-entry.type';
import { SEASON_ENTRIES_WITH_TEAMS } from './team.cypher';

export function createTeamEntriesLoader(db: CypherRunner): DataLoader<string, SeasonEntry[]> {
  return new DataLoader(async (ids) => {
    const rows = await db.read(SEASON_ENTRIES_WITH_TEAMS, { ids: [...ids] });
    const byId = new Map(rows.map((row) => [
      row.id as string,
      (row.entries as { personId: string; seasonId: string; relationship: Properties }[]).map((entry) =>
        toSeasonEntry({ edge: toEdge(entry.relationship, 'ENTERED_SEASON'), startId: entry.personId, endId: entry.seasonId })),
    ]));
    return ids.map((id) => byId.get(id) ?? []);
  });
}
