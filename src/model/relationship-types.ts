/**
 * Symmetric relationship types: the one definition of which relationships mean the same in both
 * directions, and of the one direction they are stored in. Seed loading, curation (add, remove,
 * merge) and the ingest diff all store and look up a symmetric relationship through
 * `canonicalDirection`, so each symmetric pair exists exactly once.
 */

/** "A is B's sibling" says "B is A's sibling": one relationship, not two. */
export const SYMMETRIC_RELATIONSHIP_TYPES: readonly string[] = ['SIBLING_OF', 'SPOUSE_OF'];

export function isSymmetric(type: string): boolean {
  return SYMMETRIC_RELATIONSHIP_TYPES.includes(type);
}

/**
 * The direction a relationship is stored in: as given, except that a symmetric one goes from the
 * smaller id to the larger (JavaScript string order, the same as Cypher's for these ids).
 */
export function canonicalDirection(type: string, from: string, to: string): { from: string; to: string } {
  return isSymmetric(type) && to < from ? { from: to, to: from } : { from, to };
}
