/**
 * Keeps the derived years of relatively dated nodes (dating.cypher.ts) true after a write: the seed
 * loader and curation run it around the nodes they wrote, inside their write transaction, so a
 * reader never sees a new date without its years; a start that applied migrations runs it over the
 * whole graph once.
 */
import { GraphModel } from '../model/declaration';
import { relativelyDatedLabels } from '../model/model-queries';
import { TransactionRunner } from './database';
import { datedFrom, DERIVE_YEARS, DERIVE_YEARS_OF } from './dating.cypher';

/** More passes than any real chain of relative dates; a cycle (A after B after A) stops here. */
const MAX_PASSES = 20;

/** Derives the years of every dated node; returns how many nodes' years changed (a node may count once per pass). */
export async function deriveYears(tx: TransactionRunner, model: GraphModel): Promise<number> {
  const labels = relativelyDatedLabels(model);
  if (labels.length === 0) return 0;
  let total = 0;
  for (let pass = 0; pass < MAX_PASSES; pass += 1) {
    const [row] = await tx.run(DERIVE_YEARS, { labels });
    const changed = (row?.changed as string[] | undefined) ?? [];
    if (changed.length === 0) break;
    total += changed.length;
  }
  return total;
}

/**
 * Derives the years a write to `ids` can change, without visiting the rest of the graph: those of
 * the written nodes, then of the nodes dated from them (a person's birth, an event), and so on along
 * the chain while years change.
 */
export async function deriveYearsAround(tx: TransactionRunner, model: GraphModel, ids: readonly string[]): Promise<number> {
  const labels = relativelyDatedLabels(model);
  if (labels.length === 0 || ids.length === 0) return 0;
  const dependents = datedFrom(labels);
  let total = 0;
  // First the written nodes' own years; then whoever counts from a written node (its facts may have
  // changed without years of its own: a person's birth), and after that from a node whose years changed.
  let visit: readonly string[] = ids;
  let from: readonly string[] = ids;
  for (let pass = 0; pass < MAX_PASSES && visit.length > 0; pass += 1) {
    const [row] = await tx.run(DERIVE_YEARS_OF, { ids: visit, labels });
    const changed = (row?.changed as string[] | undefined) ?? [];
    total += changed.length;
    const [next] = await tx.run(dependents, { ids: [...new Set([...from, ...changed])] });
    visit = (next?.ids as string[] | undefined) ?? [];
    from = [];
  }
  return total;
}
