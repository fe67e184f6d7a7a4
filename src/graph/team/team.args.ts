import { IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { YearRangeFilter } from '../shared/year-range';

@InputType({ description: 'Filters for teams; all given filters must hold. Years: an entry or a driver in the range.' })
export class TeamFilter extends YearRangeFilter {
  @Field(() => String, { nullable: true, description: 'Case-insensitive part of the name.' })
  @IsOptional()
  @MaxLength(100)
  nameContains?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only teams with an entry in a season of this series.' })
  @IsOptional()
  @MaxLength(120)
  seriesId?: string | null;
}
