/** Runs cypher/lineage.cypher (the analysts' lineage query) and shapes its rows for the API. */
import { CypherRunner } from '../../db/database';
import { citationsOf, EntityRow, Properties } from '../shared/rows';
import { namedNodesOf } from '../shared/with-nodes';
import { LINEAGE } from './lineage.cypher';
import { personExists } from '../person/person.cypher';
import { Lineage, Relative } from './lineage.type';

interface HopRow extends Properties {
  from: string;
  to: string;
  type: string;
  relation: string;
  generation: number;
}

/** @param onNode receives each relative's node as read, so resolving `person` sends no statement */
export async function findLineage(
  db: CypherRunner,
  personId: string,
  maxDepth: number,
  onNode: (node: EntityRow) => void = () => undefined,
): Promise<Lineage | null> {
  const rows = await db.read(LINEAGE, { personId, maxDepth });
  for (const row of rows) namedNodesOf(row).forEach(onNode);
  if (rows.length === 0 && !(await personExists(db, personId))) return null;
  const relatives: Relative[] = rows.map((row) => ({
    personId: row.relativeId as string,
    kinship: row.kinship as string,
    generation: row.generation as number,
    derivedFromHops: row.derivedFromHops as boolean,
    raced: row.raced as boolean,
    achievementIds: row.achievementIds as string[],
    path: (row.hops as HopRow[]).map((hop) => ({
      fromId: hop.from,
      toId: hop.to,
      type: hop.type,
      relation: hop.relation,
      generation: hop.generation,
      sources: citationsOf(hop),
    })),
  }));
  return { personId, relatives };
}
