/**
 * A canonical form of the whole graph, to tell whether two databases hold the same graph (the
 * seed loaded by older code and by today's, a database before and after a migration): every node
 * with its labels and properties (provenance included), every relationship with its type, ends and
 * properties, in a stable order, and a hash of it all. Audit entries and migration records are left
 * out: they record when something was written, not what the graph says.
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';
import { CypherRunner } from './database';
import { FINGERPRINT_NODES, FINGERPRINT_RELATIONSHIPS } from './fingerprint.cypher';

export interface FingerprintNode {
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
}

export interface FingerprintRelationship {
  type: string;
  from: string;
  to: string;
  properties: Record<string, unknown>;
}

export interface GraphFingerprint {
  counts: { nodes: number; relationships: number };
  /** SHA-256 of the canonical JSON of the nodes and relationships. */
  hash: string;
  nodes: FingerprintNode[];
  relationships: FingerprintRelationship[];
}

/** Keys sorted, so the JSON of a fingerprint is the same whatever order Neo4j returned them in. */
function sortedKeys(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export async function graphFingerprint(db: CypherRunner): Promise<GraphFingerprint> {
  const nodes = (await db.read(FINGERPRINT_NODES)).map((row): FingerprintNode => ({
    id: String(row.id),
    labels: [...(row.labels as string[])].sort(byText),
    properties: sortedKeys(row.properties as Record<string, unknown>),
  }));
  const relationships = (await db.read(FINGERPRINT_RELATIONSHIPS)).map((row): FingerprintRelationship => ({
    type: String(row.type), from: String(row.from), to: String(row.to), properties: sortedKeys(row.properties as Record<string, unknown>),
  }));
  // Cypher's ORDER BY and JavaScript's string order agree on these ids; sorted here again so the
  // order does not depend on the database's collation.
  nodes.sort((a, b) => byText(a.id, b.id));
  relationships.sort((a, b) => byText(a.from, b.from) || byText(a.type, b.type) || byText(a.to, b.to));
  const hash = createHash('sha256').update(canonicalJson({ nodes, relationships })).digest('hex');
  return { counts: { nodes: nodes.length, relationships: relationships.length }, hash, nodes, relationships };
}
