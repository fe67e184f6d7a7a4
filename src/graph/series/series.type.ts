import { Field, ID, ObjectType } from 'type-graphql';
import { Cited } from '../../graphql/citation.type';
import { Node } from '../../graphql/node.interface';

@ObjectType({
  implements: Node,
  description: 'A racing series or championship. One node however often it was renamed: its former names find it too.',
})
export class Series extends Cited implements Node {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Current name.' })
  name!: string;

  @Field(() => [String], { description: 'Names it had before (e.g. "NASCAR Whelen All American Series").' })
  formerNames!: string[];

  @Field(() => [String], { description: 'Other names sources use for it.' })
  aliases!: string[];

  @Field(() => String, { nullable: true })
  description!: string | null;
}
