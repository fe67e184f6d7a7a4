import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Cited } from '../../graphql/citation.type';
import { Node } from '../../graphql/node.interface';
import { EventKind } from '../shared/enums';

@ObjectType({ implements: Node, description: 'Something that happened in a career: a start, a debut, a move, a crash, a return.' })
export class Event extends Cited implements Node {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => EventKind)
  kind!: string;

  @Field(() => Int, { nullable: true })
  year!: number | null;

  @Field(() => String, { nullable: true })
  date!: string | null;

  @Field({ description: 'True when the source gives the date only roughly ("about six years ago").' })
  approximate!: boolean;

  @Field(() => Int, { nullable: true, description: "The person's age at the time, where the source gives it." })
  age!: number | null;

  @Field(() => Int, { nullable: true })
  durationMonths!: number | null;

  @Field(() => String, { nullable: true })
  description!: string | null;
}
