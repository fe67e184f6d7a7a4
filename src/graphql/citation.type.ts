/**
 * Provenance: the source that supports a fact and the exact sentence(s) it says it in.
 * Every node and relationship of the graph carries its citations; the `sources` field that pages
 * them is added by src/graph/shared/citations.fields.ts to every type that extends Cited.
 */
import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A source and the exact sentence in it that supports a fact.' })
export class Citation {
  /** Resolved to the Source node by CitationResolver. */
  sourceId!: string;

  @Field({ description: 'The sentence(s), verbatim from the source text.' })
  quote!: string;
}

/** What carries provenance: its citations, read with it (the stored `sources` and `quotes` lists). */
export abstract class Cited {
  sources!: Citation[];
}
