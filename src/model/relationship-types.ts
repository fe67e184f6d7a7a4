/**
 * Symmetric relationship types, as the graph model declares them (`symmetric: true`), and the one
 * direction they are stored in. Seed loading, curation (add, remove, merge) and the ingest diff all
 * store and look up a symmetric relationship through `canonicalDirection`, so each symmetric pair
 * exists exactly once.
 */
import { GRAPH_MODEL } from './graph-model';
import { symmetricTypes } from './model-queries';

/** "A is B's sibling" says "B is A's sibling": one relationship, not two. */
export const SYMMETRIC_RELATIONSHIP_TYPES: readonly string[] = symmetricTypes(GRAPH_MODEL);

export function isSymmetric(type: string, symmetric: readonly string[] = SYMMETRIC_RELATIONSHIP_TYPES): boolean {
  return symmetric.includes(type);
}

/**
 * The direction a relationship is stored in: as given, except that a symmetric one goes from the
 * smaller id to the larger (JavaScript string order, the same as Cypher's for these ids).
 */
export function canonicalDirection(
  type: string, from: string, to: string, symmetric: readonly string[] = SYMMETRIC_RELATIONSHIP_TYPES,
): { from: string; to: string } {
  return isSymmetric(type, symmetric) && to < from ? { from: to, to: from } : { from, to };
}
