import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description: 'Retracting a source: what goes (its claims, and the nodes and relationships no other source claims) and what changes, as the curator\'s diff.',
})
export class Retraction {
  @Field(() => ID)
  sourceId!: string;

  @Field({ description: 'False for a dry run: nothing was written, the diff says what applying would do.' })
  applied!: boolean;

  @Field(() => Int, { description: 'The source\'s claims that go.' })
  claimsRemoved!: number;

  @Field(() => Int, { description: 'Nodes no other source claims, which go with it.' })
  nodesRemoved!: number;

  @Field(() => Int, { description: 'Relationships no other source claims, which go with it.' })
  relationshipsRemoved!: number;

  @Field({ description: 'The diff as text: per node and relationship, each property before → after and the claims removed; then the conflicts settled.' })
  diff!: string;

  @Field({ description: 'The same diff as JSON: elements (subject, what, change, properties with before, after and the claims added, replaced, removed), conflictsCreated, conflictsSettled, counts.' })
  diffJson!: string;
}
