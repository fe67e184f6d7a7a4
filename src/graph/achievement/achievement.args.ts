import { IsOptional, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { YearRangeFilter } from '../shared/year-range';
import { enumType } from '../model/api-types';

@InputType({ description: 'Filters for achievements; all given filters must hold.' })
export class AchievementFilter extends YearRangeFilter {
  @Field(() => enumType('AchievementKind'), { nullable: true, description: 'FIRST for "firsts", LAST, WIN, ...' })
  kind?: string | null;



  @Field(() => enumType('Gender'), { nullable: true, description: "The achiever's gender (FEMALE: achievements of women)." })
  achieverGender?: string | null;

  @Field(() => String, { nullable: true, description: "The achiever's nationality, case-insensitive (e.g. \"Canadian\")." })
  @IsOptional()
  @MaxLength(60)
  achieverNationality?: string | null;
}
