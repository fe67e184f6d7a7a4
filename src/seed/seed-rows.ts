/**
 * A seed file's nodes and relationships as the rows the loader writes (and the ingest diff
 * compares): properties without undefined values, HAS_RELATIVE with its generation and inverse
 * term, and symmetric relationships in their canonical direction.
 */
import { KINSHIP_TERMS, KinshipTermName } from '../model/kinship';
import { canonicalDirection } from '../model/relationship-types';
import { ParsedSeedFile } from './seed-file';
import { SeedNode, SeedRelationship } from './seed-file.schema';

export function withoutUndefined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}

export function nodeRow(node: SeedNode) {
  const { label, id, quotes, ...properties } = node;
  return { label, id, quotes, properties: withoutUndefined(properties) };
}

export function relationshipRow(rel: SeedRelationship) {
  const { type, from, to, quotes, ...properties } = rel;
  const term = rel.type === 'HAS_RELATIVE' ? KINSHIP_TERMS[rel.kinship as KinshipTermName] : undefined;
  const extra = term ? { generation: term.generation, inverseKinship: term.inverse } : {};
  // Symmetric relationships are stored once, in their canonical direction.
  return { type, ...canonicalDirection(type, from, to), quotes, properties: withoutUndefined({ ...properties, ...extra }) };
}

/** The file's Source node: its properties (with the full text) and its publisher's id. */
export function sourceRow(seed: ParsedSeedFile) {
  const { source } = seed.data;
  return {
    id: source.id,
    publisher: source.publisher,
    properties: withoutUndefined({
      title: source.title,
      kind: source.kind,
      published: source.published,
      url: source.url,
      text: seed.sourceText,
    }),
  };
}
