import { Field, Float, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A full-text search hit.' })
export class SearchHit {
  nodeId!: string;

  @Field(() => Float, { description: 'Relevance; higher is better.' })
  score!: number;
}
