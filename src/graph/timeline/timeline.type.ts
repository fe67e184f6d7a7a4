import { Field, Int, ObjectType } from 'type-graphql';
import { Cited } from '../../graphql/citation.type';
import { TimelineKind } from './timeline-kind';

@ObjectType({ description: 'One dated (or career-ordered) entry of a timeline, with its evidence.' })
export class TimelineEntry extends Cited {
  subjectId!: string;

  @Field(() => TimelineKind)
  kind!: string;

  @Field()
  title!: string;

  @Field(() => Int, { nullable: true })
  year!: number | null;

  @Field(() => String, { nullable: true, description: 'As precise as the source ("2023-02").' })
  date!: string | null;

  @Field(() => Int, { nullable: true, description: "The person's age, where the source dates it so." })
  age!: number | null;

  @Field()
  approximate!: boolean;

  @Field(() => String, { nullable: true, description: 'Team, positions, points or what happened, in short.' })
  detail!: string | null;
}
