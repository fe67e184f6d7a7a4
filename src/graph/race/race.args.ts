import { IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DisciplineField } from '../shared/discipline-filter';
import { YearRangeFilter } from '../shared/year-range';
import { enumType } from '../model/api-types';

@InputType({ description: 'Filters for races; all given filters must hold.' })
export class RaceFilter extends YearRangeFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @MaxLength(120)
  seriesId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @MaxLength(120)
  seasonId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @MaxLength(120)
  venueId?: string | null;

  @Field(() => enumType('RaceStatus'), { nullable: true })
  status?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only the races of this meeting.' })
  @IsOptional()
  @MaxLength(120)
  meetingId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only races run for this class.' })
  @IsOptional()
  @MaxLength(120)
  classId?: string | null;

  @DisciplineField('races of this discipline, or of a meeting or series of it')
  discipline?: string | null;
}
