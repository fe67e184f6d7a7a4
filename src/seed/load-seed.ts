/**
 * Loads seed files into Neo4j: every file is validated first, and nothing is written unless all
 * are valid; then each file that would change the graph is written in one transaction (atomic per
 * source), in batches (UNWIND), with its audit entry. A file the graph already holds is not written
 * at all, so a load that changes nothing leaves no trace.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config/config';
import { ADMIN_TX_TIMEOUT_MS, Database } from '../db/database';
import { deriveYearsAround } from '../db/dating';
import { GraphModel, Properties } from '../model/declaration';
import { GRAPH_MODEL } from '../model/graph-model';
import { nodeDeclaration, referenceProperties, relationshipDeclaration } from '../model/model-queries';
import { checkSeedFile, ParsedSeedFile, readSeedFile, SeedError, SeedProblem } from './seed-file';
import { planSeedFile, SeedDiff } from './seed-diff';
import { sourceRow } from './seed-rows';
import { COUNT_ENTITIES, LABELS_OF_IDS, MERGE_SOURCE } from './seed.cypher';
import { applyClaims, Run } from '../db/claims/plan';
import { AuditRecord, RECORD_AUDIT } from '../audit/audit.cypher';

export const SEED_DIR = path.join(PROJECT_ROOT, 'seed');

export { nodeRow, relationshipRow } from './seed-rows';

export interface LoadSummary {
  file: string;
  sourceId: string;
  nodes: number;
  relationships: number;
  /** False when the graph already held everything the file says: nothing was written or audited. */
  written: boolean;
  diff: SeedDiff;
}

export function seedFilesIn(directory: string = SEED_DIR): string[] {
  return fs
    .readdirSync(directory)
    .filter((file) => /\.ya?ml$/.test(file))
    .sort()
    .map((file) => path.join(directory, file));
}

async function labelsInGraph(db: Database, ids: string[]): Promise<Map<string, string>> {
  const rows = await db.read(LABELS_OF_IDS, { ids });
  return new Map(rows.map((row) => [row.id as string, row.label as string]));
}

/** The ids a relationship's or node's properties refer to (a season entry's team, a relative date's anchor). */
function referencedIds(element: Record<string, unknown>, properties: Properties): string[] {
  return referenceProperties(properties)
    .map(([name]) => element[name])
    .filter((id): id is string => typeof id === 'string');
}

/** Reads and checks every file; throws one SeedError listing every problem of every file. */
export async function validateSeedFiles(db: Database, files: string[], model: GraphModel = GRAPH_MODEL): Promise<ParsedSeedFile[]> {
  const problems: SeedProblem[] = [];
  const parsed: ParsedSeedFile[] = [];
  for (const file of files) {
    try {
      parsed.push(readSeedFile(file, model));
    } catch (error) {
      if (error instanceof SeedError) problems.push(...error.problems);
      else throw error;
    }
  }
  const referenced = parsed.flatMap((seed) => [
    seed.data.source.publisher,
    ...seed.data.nodes.flatMap((n) => [n.id, ...referencedIds(n, nodeDeclaration(model, n.label).properties)]),
    ...seed.data.relationships.flatMap((r) => [r.from, r.to, ...referencedIds(r, relationshipDeclaration(model, r.type).properties)]),
  ]);
  const known = await labelsInGraph(db, [...new Set(referenced)]);
  // Files may refer to each other's nodes: each file sees the others' ids as known.
  for (const seed of parsed) {
    const others = new Map(known);
    parsed.filter((other) => other !== seed).forEach((other) => other.data.nodes.forEach((n) => others.set(n.id, n.label)));
    seed.data.nodes.forEach((n) => {
      if (known.get(n.id) === undefined) others.delete(n.id);
    });
    problems.push(...checkSeedFile(seed, others, model));
  }
  if (problems.length > 0) throw new SeedError(problems);
  return parsed;
}

/** Who loads, for the audit log. */
export interface Loader {
  actor: string;
  operation: string;
}

/** The loader when none is named: `npm start` seeding an empty graph. */
export const STARTUP_LOADER: Loader = { actor: 'pitlane-graph', operation: 'seed' };

async function writeSeedFile(db: Database, seed: ParsedSeedFile, loader: Loader, model: GraphModel): Promise<SeedDiff> {
  const { source, nodes, relationships } = seed.data;
  return db.writeTransaction(async (tx) => {
    const run: Run = (statement, params) => tx.run(statement, params);
    const { plan, diff } = await planSeedFile(run, seed, model);
    if (!diff.changes) return diff;
    await applyClaims(run, plan);
    // After the claims: the publisher may be one of this file's nodes.
    await tx.run(MERGE_SOURCE, { source: sourceRow(seed) });
    // The years this file can change: its nodes' (and its source's), then those dated from them.
    await deriveYearsAround(tx, model, [source.id, ...plan.subjects.flatMap((s) => (s.subjectKind === 'node' ? [s.subject] : []))]);
    const audit: AuditRecord = {
      actor: loader.actor, role: loader.operation, operation: loader.operation, sourceId: source.id, quote: null,
      targetIds: [source.id, ...nodes.map((n) => n.id)],
      input: JSON.stringify({
        file: seed.file, nodes: nodes.length, relationships: relationships.length, source: diff.source.change,
        created: diff.claims.counts.create, changed: diff.claims.counts.change, deleted: diff.claims.counts.delete,
        claimsAdded: diff.claims.counts.claimsAdded, claimsReplaced: diff.claims.counts.claimsReplaced,
        claimsRemoved: diff.claims.counts.claimsRemoved, conflictsCreated: diff.claims.conflictsCreated.length,
      }),
    };
    await tx.run(RECORD_AUDIT, { ...audit });
    return diff;
  });
}

/**
 * Validates every file, then writes (and audits) each one that would change the graph; a file the
 * graph already holds is left alone. Each file replaces its own source's claims and no other's.
 * Without a loader, the write is audited as STARTUP_LOADER's.
 */
export async function loadSeedFiles(
  database: Database, files: string[] = seedFilesIn(), loader: Loader = STARTUP_LOADER, model: GraphModel = GRAPH_MODEL,
): Promise<LoadSummary[]> {
  // Each file is one all-or-nothing transaction: an administrative load, not an API request.
  const db = database.withTransactionTimeout(ADMIN_TX_TIMEOUT_MS);
  const parsed = await validateSeedFiles(db, files, model);
  const summaries: LoadSummary[] = [];
  for (const seed of parsed) {
    const diff = await writeSeedFile(db, seed, loader, model);
    const { source, nodes, relationships } = seed.data;
    summaries.push({ file: seed.file, sourceId: source.id, nodes: nodes.length, relationships: relationships.length, written: diff.changes, diff });
  }
  return summaries;
}

export async function isGraphEmpty(db: Database): Promise<boolean> {
  const [row] = await db.read(COUNT_ENTITIES);
  return Number(row.count) === 0;
}
