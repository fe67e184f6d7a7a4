/**
 * Provenance: the source that supports a fact and the exact sentence(s) it says it in.
 * Every node and relationship of the graph carries its citations.
 */
import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A source and the exact sentence in it that supports a fact.' })
export class Citation {
  /** Resolved to the Source node by CitationResolver. */
  sourceId!: string;

  @Field({ description: 'The sentence(s), verbatim from the source text.' })
  quote!: string;
}

@ObjectType()
export abstract class Cited {
  @Field(() => [Citation], { description: 'Where this fact comes from: source and supporting quote.' })
  sources!: Citation[];
}
