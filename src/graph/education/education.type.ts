import { Field, ID, ObjectType } from 'type-graphql';
import { Cited } from '../../graphql/citation.type';
import { Node } from '../../graphql/node.interface';

@ObjectType({ implements: Node, description: 'Studies or a qualification.' })
export class Education extends Cited implements Node {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;
}
