/**
 * What loading a seed file would do to the graph, without writing: its source node (created,
 * changed or left alone) and the claims plan (src/claims/plan.ts) that replaces every claim of that
 * source with the file's. `npm run ingest` prints this; the loader applies the same plan.
 */
import { isDeepStrictEqual } from 'node:util';
import { ClaimPlan, planClaims, Run, storedClaim } from '../db/claims/plan';
import { CLAIMS_OF_SOURCE } from '../db/claims/claims.cypher';
import { ClaimDiff } from '../db/claims/diff';
import { GraphModel } from '../model/declaration';
import { GRAPH_MODEL } from '../model/graph-model';
import { claimsOfFile } from './file-claims';
import { sourceRow } from './seed-rows';
import { EXISTING_NODES, SOURCE_PUBLISHERS } from './seed.cypher';
import { ParsedSeedFile } from './seed-file';

export type SourceChange = 'create' | 'change' | 'unchanged';

export interface SeedDiff {
  file: string;
  sourceId: string;
  /** The Source node: created, changed (which fields) or unchanged. */
  source: { change: SourceChange; fields: string[] };
  claims: ClaimDiff;
  /** Whether loading the file would write anything. */
  changes: boolean;
}

export interface SeedPlan {
  diff: SeedDiff;
  plan: ClaimPlan;
}

async function sourceChange(run: Run, seed: ParsedSeedFile): Promise<SeedDiff['source']> {
  const source = sourceRow(seed);
  const [stored] = await run(EXISTING_NODES, { ids: [source.id] });
  if (!stored) return { change: 'create', fields: [] };
  const properties = stored.properties as Record<string, unknown>;
  const fields = Object.entries(source.properties)
    .filter(([key, value]) => !isDeepStrictEqual(properties[key] ?? null, value))
    .map(([key]) => key);
  const [{ publishers }] = await run(SOURCE_PUBLISHERS, { sourceId: source.id });
  if (!(publishers as string[]).includes(source.publisher)) fields.push('publisher');
  return { change: fields.length ? 'change' : 'unchanged', fields };
}

/** The plan of loading `seed`: every claim of its source replaced by the file's. */
export async function planSeedFile(run: Run, seed: ParsedSeedFile, model: GraphModel = GRAPH_MODEL): Promise<SeedPlan> {
  const sourceId = seed.data.source.id;
  const replaced = (await run(CLAIMS_OF_SOURCE, { sourceId })).map(storedClaim);
  const { published, retrieved } = seed.data.source;
  const plan = await planClaims(run, model, { replaced, added: claimsOfFile(seed, model) },
    new Map([[sourceId, { published: published ?? null, retrieved: retrieved ?? null }]]));
  const source = await sourceChange(run, seed);
  return {
    plan,
    diff: { file: seed.file, sourceId, source, claims: plan.diff, changes: plan.changes || source.change !== 'unchanged' },
  };
}

export async function diffSeedFile(db: { read: Run }, seed: ParsedSeedFile, model: GraphModel = GRAPH_MODEL): Promise<SeedDiff> {
  return (await planSeedFile((statement, params) => db.read(statement, params), seed, model)).diff;
}
