/** Season entries made with a team, batched over teams. */
import DataLoader from 'dataloader';
import { EdgeObjectRow, edgeObjectRow } from '../shared/edges';
import type { LoaderKind } from '../shared/loader-kind';
import { Properties, toEdge } from '../shared/rows';
import { SEASON_ENTRIES_WITH_TEAMS } from './team.cypher';

export const TEAM_ENTRIES_LOADER: LoaderKind<string, EdgeObjectRow[]> = {
  key: 'teamEntries',
  create: (db) => new DataLoader(async (ids) => {
    const rows = await db.read(SEASON_ENTRIES_WITH_TEAMS, { ids: [...ids] });
    const byId = new Map(rows.map((row) => [
      row.id as string,
      (row.entries as { personId: string; seasonId: string; relationship: Properties }[]).map((entry) =>
        edgeObjectRow(toEdge(entry.relationship, 'ENTERED_SEASON'), entry.personId, entry.seasonId)),
    ]));
    return ids.map((id) => byId.get(id) ?? []);
  }),
};
