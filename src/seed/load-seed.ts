/**
 * Loads seed files into Neo4j: every file is validated first, and nothing is written unless all
 * are valid; then each file is written in one transaction (atomic per source), in batches (UNWIND).
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config/config';
import { Database } from '../db/database';
import { KINSHIP_TERMS } from '../model/kinship';
import { canonicalDirection } from '../model/relationship-types';
import { checkSeedFile, ParsedSeedFile, readSeedFile, SeedError, SeedProblem } from './seed-file';
import { SeedNode, SeedRelationship } from './seed-file.schema';
import { COUNT_ENTITIES, LABELS_OF_IDS, MERGE_NODES, MERGE_RELATIONSHIPS, MERGE_SOURCE } from './seed.cypher';
import { AuditRecord, RECORD_AUDIT } from '../audit/audit.cypher';

export const SEED_DIR = path.join(PROJECT_ROOT, 'seed');

export interface LoadSummary {
  file: string;
  sourceId: string;
  nodes: number;
  relationships: number;
}

export function seedFilesIn(directory: string = SEED_DIR): string[] {
  return fs
    .readdirSync(directory)
    .filter((file) => /\.ya?ml$/.test(file))
    .sort()
    .map((file) => path.join(directory, file));
}

function withoutUndefined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}

export function nodeRow(node: SeedNode) {
  const { label, id, quotes, ...properties } = node;
  return { label, id, quotes, properties: withoutUndefined(properties) };
}

export function relationshipRow(rel: SeedRelationship) {
  const { type, from, to, quotes, ...properties } = rel;
  const extra = rel.type === 'HAS_RELATIVE'
    ? { generation: KINSHIP_TERMS[rel.kinship].generation, inverseKinship: KINSHIP_TERMS[rel.kinship].inverse }
    : {};
  // Symmetric relationships are stored once, in their canonical direction.
  return { type, ...canonicalDirection(type, from, to), quotes, properties: withoutUndefined({ ...properties, ...extra }) };
}

async function labelsInGraph(db: Database, ids: string[]): Promise<Map<string, string>> {
  const rows = await db.read(LABELS_OF_IDS, { ids });
  return new Map(rows.map((row) => [row.id as string, row.label as string]));
}

/** Reads and checks every file; throws one SeedError listing every problem of every file. */
export async function validateSeedFiles(db: Database, files: string[]): Promise<ParsedSeedFile[]> {
  const problems: SeedProblem[] = [];
  const parsed: ParsedSeedFile[] = [];
  for (const file of files) {
    try {
      parsed.push(readSeedFile(file));
    } catch (error) {
      if (error instanceof SeedError) problems.push(...error.problems);
      else throw error;
    }
  }
  const referenced = parsed.flatMap((seed) => [
    seed.data.source.publisher,
    ...seed.data.nodes.map((n) => n.id),
    ...seed.data.relationships.flatMap((r) => [r.from, r.to, ...('team' in r && r.team ? [r.team] : [])]),
  ]);
  const known = await labelsInGraph(db, [...new Set(referenced)]);
  // Files may refer to each other's nodes: each file sees the others' ids as known.
  for (const seed of parsed) {
    const others = new Map(known);
    parsed.filter((other) => other !== seed).forEach((other) => other.data.nodes.forEach((n) => others.set(n.id, n.label)));
    seed.data.nodes.forEach((n) => {
      if (known.get(n.id) === undefined) others.delete(n.id);
    });
    problems.push(...checkSeedFile(seed, others));
  }
  if (problems.length > 0) throw new SeedError(problems);
  return parsed;
}

/** Who loads, for the audit log; the initial seeding of an empty graph is not audited. */
export interface Loader {
  actor: string;
  operation: string;
}

async function writeSeedFile(db: Database, seed: ParsedSeedFile, loader?: Loader): Promise<LoadSummary> {
  const { source, nodes, relationships } = seed.data;
  const nodeRows = nodes.map(nodeRow);
  const relationshipRows = relationships.map(relationshipRow);
  await db.writeTransaction(async (tx) => {
    await tx.run(MERGE_NODES, { nodes: nodeRows, sourceId: source.id });
    await tx.run(MERGE_SOURCE, {
      source: {
        id: source.id,
        publisher: source.publisher,
        properties: withoutUndefined({
          title: source.title,
          kind: source.kind,
          published: source.published,
          url: source.url,
          text: seed.sourceText,
        }),
      },
    });
    await tx.run(MERGE_RELATIONSHIPS, { relationships: relationshipRows, sourceId: source.id });
    if (loader) {
      const audit: AuditRecord = {
        actor: loader.actor, role: loader.operation, operation: loader.operation, sourceId: source.id, quote: null,
        targetIds: [source.id, ...nodes.map((n) => n.id)],
        input: JSON.stringify({ file: seed.file, nodes: nodes.length, relationships: relationships.length }),
      };
      await tx.run(RECORD_AUDIT, { ...audit });
    }
  });
  return { file: seed.file, sourceId: source.id, nodes: nodes.length, relationships: relationships.length };
}

export async function loadSeedFiles(db: Database, files: string[] = seedFilesIn(), loader?: Loader): Promise<LoadSummary[]> {
  const parsed = await validateSeedFiles(db, files);
  const summaries: LoadSummary[] = [];
  for (const seed of parsed) summaries.push(await writeSeedFile(db, seed, loader));
  return summaries;
}

export async function isGraphEmpty(db: Database): Promise<boolean> {
  const [row] = await db.read(COUNT_ENTITIES);
  return Number(row.count) === 0;
}
