import { IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { YearRangeFilter } from '../shared/year-range';

export enum YearOrder {
  YEAR_ASC = 'YEAR_ASC',
  YEAR_DESC = 'YEAR_DESC',
}
registerEnumType(YearOrder, { name: 'YearOrder', description: 'Oldest first (YEAR_ASC) or newest first (YEAR_DESC).' });

@InputType({ description: 'Filters for seasons; all given filters must hold.' })
export class SeasonFilter extends YearRangeFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @MaxLength(120)
  seriesId?: string | null;
}
