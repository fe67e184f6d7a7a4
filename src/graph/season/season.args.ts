import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';

export enum YearOrder {
  YEAR_ASC = 'YEAR_ASC',
  YEAR_DESC = 'YEAR_DESC',
}
registerEnumType(YearOrder, { name: 'YearOrder', description: 'Oldest first (YEAR_ASC) or newest first (YEAR_DESC).' });

@InputType({ description: 'Filters for seasons; all given filters must hold.' })
export class SeasonFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @MaxLength(120)
  seriesId?: string | null;

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
