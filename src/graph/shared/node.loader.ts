/** Loads any nodes by id in one statement: behind node(id:), person(id:) and every to-one field. */
import DataLoader from 'dataloader';
import { CypherRunner } from '../../db/database';
import type { LoaderKind } from './loader-kind';
import { EntityRow, Properties, toEntity } from './rows';
import { NODES_BY_ID } from './shared.cypher';

export const NODE_LOADER: LoaderKind<string, EntityRow | null> = {
  key: 'node',
  create: (db: CypherRunner) => new DataLoader(async (ids) => {
    const rows = await db.read(NODES_BY_ID, { ids: [...ids] });
    const byId = new Map(rows.map((row) => [row.id as string, toEntity(row.properties as Properties, row.label as string)]));
    return ids.map((id) => byId.get(id) ?? null);
  }),
};
