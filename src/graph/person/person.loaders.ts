/** Loaders of Person fields that are not a plain relationship. */
import DataLoader from 'dataloader';
import type { LoaderKind } from '../shared/loader-kind';
import { KINSHIP_LABELS } from './display-name.cypher';
import { RACED } from './person.cypher';

export const RACED_LOADER: LoaderKind<string, boolean> = {
  key: 'raced',
  create: (db) => new DataLoader(async (ids) => {
    const rows = await db.read(RACED, { ids: [...ids] });
    const byId = new Map(rows.map((row) => [row.id as string, row.raced as boolean]));
    return ids.map((id) => byId.get(id) ?? false);
  }),
};

/**
 * Short labels of unnamed people ("Amber Balcaen's uncle"), null where no kinship to a named
 * person is stored. Asked only for people without a name, in one statement per request level.
 */
export const KINSHIP_LABEL_LOADER: LoaderKind<string, string | null> = {
  key: 'kinshipLabel',
  create: (db) => new DataLoader(async (ids) => {
    const rows = await db.read(KINSHIP_LABELS, { ids: [...ids] });
    const byId = new Map(rows.map((row) => [row.id as string, (row.label as string | null) ?? null]));
    return ids.map((id) => byId.get(id) ?? null);
  }),
};
