import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.interface';
import { NamedNode } from '../shared/named-node';

@ObjectType({ implements: Node, description: 'One year of a series.' })
export class Season extends NamedNode {
  @Field(() => Int)
  year!: number;

  @Field(() => Int, { nullable: true, description: 'Number of rounds (races) in the season, where a source gives it.' })
  rounds!: number | null;

  @Field(() => [String], { description: 'Kinds of track the season visits (short tracks, superspeedways, ...).' })
  trackTypes!: string[];
}
