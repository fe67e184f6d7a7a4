import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Cited } from '../../graphql/citation.type';
import { Node } from '../../graphql/node.interface';

@ObjectType({ implements: Node, description: 'One year of a series.' })
export class Season extends Cited implements Node {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => Int, { nullable: true, description: 'Number of rounds (races) in the season, where a source gives it.' })
  rounds!: number | null;

  @Field(() => [String], { description: 'Kinds of track the season visits (short tracks, superspeedways, ...).' })
  trackTypes!: string[];

  @Field(() => String, { nullable: true })
  description!: string | null;
}
