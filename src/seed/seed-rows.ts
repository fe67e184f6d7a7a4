/**
 * A seed file's nodes and relationships as the rows the loader writes (and the ingest diff
 * compares): properties without undefined values, with the properties the model computes from the
 * stated ones (HAS_RELATIVE's generation and inverse term), and symmetric relationships in their
 * canonical direction.
 */
import { GraphModel } from '../model/declaration';
import { GRAPH_MODEL } from '../model/graph-model';
import { computedProperties, relationshipDeclaration, symmetricTypes } from '../model/model-queries';
import { canonicalDirection } from '../model/relationship-types';
import { ParsedSeedFile } from './seed-file';
import { SeedNode, SeedRelationship } from './seed-file.schema';

export function withoutUndefined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}

export function nodeRow(node: SeedNode) {
  const { label, id, quotes, locator: _locator, excerpt: _excerpt, ...properties } = node;
  return { label, id, quotes, properties: withoutUndefined(properties) };
}

/**
 * The row maker of a model: `relationships.map(relationshipRows(model))`. Symmetric types (as the
 * model declares them) are stored once, in their canonical direction.
 */
export function relationshipRows(model: GraphModel): (rel: SeedRelationship) => ReturnType<typeof rowOf> {
  const symmetric = symmetricTypes(model);
  return (rel) => rowOf(rel, symmetric, computedProperties(relationshipDeclaration(model, rel.type).properties, rel));
}

/** The row of one relationship under the application's model. */
export const relationshipRow = relationshipRows(GRAPH_MODEL);

function rowOf(rel: SeedRelationship, symmetric: readonly string[], computed: Record<string, unknown>) {
  const { type, from, to, quotes, locator: _locator, excerpt: _excerpt, ...properties } = rel;
  return { type, ...canonicalDirection(type, from, to, symmetric), quotes, properties: withoutUndefined({ ...properties, ...computed }) };
}

/**
 * The file's Source node: its properties (a stored source's full text, a cited one's retrieval date
 * and licence; null removes what the file no longer says) and its publisher's id.
 */
export function sourceRow(seed: ParsedSeedFile) {
  const { source } = seed.data;
  return {
    id: source.id,
    publisher: source.publisher,
    properties: {
      title: source.title,
      kind: source.kind,
      authors: source.authors ?? [],
      published: source.published ?? null,
      url: source.url ?? null,
      retrieved: source.retrieved ?? null,
      licence: source.licence ?? null,
      text: seed.sourceText,
      storage: seed.sourceText === null ? 'cited' : 'stored',
    },
  };
}
