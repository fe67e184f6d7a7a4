/**
 * Keeps the derived years of relatively dated nodes (dating.cypher.ts) true after a write: the seed
 * loader and curation run it inside their write transaction, so a reader never sees a new date
 * without its years, and a migration's start runs it once.
 */
import { GraphModel } from '../model/declaration';
import { relativelyDatedLabels } from '../model/model-queries';
import { TransactionRunner } from './database';
import { DERIVE_YEARS } from './dating.cypher';

/** More passes than any real chain of relative dates; a cycle (A after B after A) stops here. */
const MAX_PASSES = 20;

/** Derives the years of every dated node; returns how many nodes' years changed (a node may count once per pass). */
export async function deriveYears(tx: TransactionRunner, model: GraphModel): Promise<number> {
  const labels = relativelyDatedLabels(model);
  if (labels.length === 0) return 0;
  let total = 0;
  for (let pass = 0; pass < MAX_PASSES; pass += 1) {
    const [row] = await tx.run(DERIVE_YEARS, { labels });
    const changed = Number(row?.changed ?? 0);
    if (changed === 0) break;
    total += changed;
  }
  return total;
}
