import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { RaceStatus } from '../shared/enums';

@InputType({ description: 'Filters for races; all given filters must hold.' })
export class RaceFilter {
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

  @Field(() => RaceStatus, { nullable: true })
  status?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1880)
  @Max(2100)
  yearFrom?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1880)
  @Max(2100)
  yearTo?: number | null;
}
