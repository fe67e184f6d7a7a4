import { IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DisciplineField } from '../shared/discipline-filter';
import { YearRangeFilter } from '../shared/year-range';

@InputType({ description: 'Filters for meetings; all given filters must hold. Years: the meeting\'s year, else the one the graph derives.' })
export class MeetingFilter extends YearRangeFilter {
  @Field(() => String, { nullable: true, description: 'Case-insensitive part of the name.' })
  @IsOptional()
  @MaxLength(100)
  nameContains?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only meetings held at this venue.' })
  @IsOptional()
  @MaxLength(120)
  venueId?: string | null;

  @DisciplineField('meetings of this discipline')
  discipline?: string | null;
}
