import { Field, ID, ObjectType } from 'type-graphql';
import { Cited } from '../../graphql/citation.type';
import { Node } from '../../graphql/node.interface';

@ObjectType({ implements: Node, description: 'A track or circuit.' })
export class Venue extends Cited implements Node {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;
}
