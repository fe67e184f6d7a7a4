import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.interface';
import { NamedNode } from '../shared/named-node';
import { RaceStatus } from '../shared/enums';

@ObjectType({ implements: Node, description: 'One race of a season, run or scheduled as of its source.' })
export class Race extends NamedNode {
  @Field(() => Int)
  year!: number;

  @Field(() => String, { nullable: true, description: 'As precise as the source: "2023", "2023-02" or "2023-04-22".' })
  date!: string | null;

  @Field(() => RaceStatus, { description: 'COMPLETED, or SCHEDULED as of the source date.' })
  status!: string;

  @Field(() => Int, { nullable: true, description: 'Round number in its season (1 = season opener).' })
  round!: number | null;
}
