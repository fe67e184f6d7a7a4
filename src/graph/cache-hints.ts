/**
 * What caches may keep of the API's answers, declared once (the rules: src/graphql/cache-policy.ts).
 * Every node and edge type of the model, and every hand-written query, is the public graph: any
 * cache may keep it for the default max-age (HTTP_CACHE_MAX_AGE), and revalidate it for free with
 * the graph's version (its ETag). Only what is listed here differs.
 */
import { CacheHints } from '../graphql/cache-policy';

export const CACHE_HINTS: CacheHints = {
  // Writes: never stored (GET refuses them anyway; a POST's answer carries no-store).
  Mutation: { noStore: true },
  // Who wrote what (token subjects, their inputs): the editors' record, not the public graph.
  AuditEntry: { noStore: true },
};
