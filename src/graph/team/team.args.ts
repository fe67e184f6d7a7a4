import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { NameFilter } from '../shared/name-filter';

@InputType({ description: 'Filters for teams; all given filters must hold.' })
export class TeamFilter extends NameFilter {
  @Field(() => ID, { nullable: true, description: 'Only teams with an entry in a season of this series.' })
  @IsOptional()
  @MaxLength(120)
  seriesId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Only teams with an entry or a driver in or after this year.' })
  @IsOptional()
  @Min(1880)
  @Max(2100)
  yearFrom?: number | null;

  @Field(() => Int, { nullable: true, description: 'Only teams with an entry or a driver in or before this year.' })
  @IsOptional()
  @Min(1880)
  @Max(2100)
  yearTo?: number | null;
}
