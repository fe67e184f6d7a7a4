import { Field, Int, ObjectType } from 'type-graphql';
import { Cited } from '../../graphql/citation.type';
import { TimelineKind } from './timeline-kind';

@ObjectType({
  description: 'One entry of a timeline, with its evidence: dated, dated as the source states it ("at 14"), or placed in career order.',
})
export class TimelineEntry extends Cited {
  subjectId!: string;

  @Field(() => TimelineKind)
  kind!: string;

  @Field()
  title!: string;

  @Field(() => Int, { nullable: true, description: 'The year, where the source gives one (for a role, the year it began).' })
  year!: number | null;

  @Field(() => String, { nullable: true, description: 'As precise as the source ("2023-02").' })
  date!: string | null;

  @Field(() => Int, { nullable: true, description: "The person's age, where the source dates it so." })
  age!: number | null;

  @Field(() => String, { nullable: true, description: 'The source\'s own words when it dates relatively or roughly ("at 14", "in her first season").' })
  dateAsStated!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The first year the entry spans (a team stint, a role) or can have happened in (derived from a date given by age or roughly); the timeline is ordered by year, else this.',
  })
  earliestYear!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The last year the entry spans or can have happened in; null when unknown (a role held to date).',
  })
  latestYear!: number | null;

  @Field({ description: 'True when the source gives the date only roughly ("about six years ago").' })
  approximate!: boolean;

  @Field(() => String, { nullable: true, description: 'Team, class, vehicle, crew role, positions, status, points, awarding body, role and years, or what happened, in short.' })
  detail!: string | null;
}
