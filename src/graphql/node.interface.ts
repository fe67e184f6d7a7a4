/**
 * Global object identification: every node of the graph is a `Node` with a stable slug id, so that
 * Apollo Client and Relay caches normalise, and `node(id:)` refetches anything.
 */
import { Field, ID, InterfaceType } from 'type-graphql';

@InterfaceType({
  description: 'Any node of the graph, identified by its stable slug id (e.g. "amber-balcaen").',
  // Rows carry their Neo4j label as __typename (see src/graph/shared/rows.ts).
  resolveType: (value: { __typename?: string }) => value.__typename,
})
export abstract class Node {
  @Field(() => ID, { description: 'Stable, human-readable slug, unique across the whole graph.' })
  id!: string;
}
