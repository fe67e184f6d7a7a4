import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Cited } from '../../graphql/citation.type';
import { Node } from '../../graphql/node.interface';
import { AchievementKind } from '../shared/enums';

@ObjectType({ implements: Node, description: 'A milestone: a first, a last, a win, championships, a career best.' })
export class Achievement extends Cited implements Node {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => AchievementKind)
  kind!: string;

  @Field(() => Int, { nullable: true })
  year!: number | null;

  @Field(() => Int, { nullable: true, description: 'How many, for counted achievements (e.g. 56 track championships).' })
  count!: number | null;

  @Field(() => String, { nullable: true })
  description!: string | null;
}
