import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { AchievementKind, Gender } from '../shared/enums';

@InputType({ description: 'Filters for achievements; all given filters must hold.' })
export class AchievementFilter {
  @Field(() => AchievementKind, { nullable: true, description: 'FIRST for "firsts", LAST, WIN, ...' })
  kind?: string | null;

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

  @Field(() => Gender, { nullable: true, description: "The achiever's gender (FEMALE: achievements of women)." })
  achieverGender?: string | null;

  @Field(() => String, { nullable: true, description: "The achiever's nationality, case-insensitive (e.g. \"Canadian\")." })
  @IsOptional()
  @MaxLength(60)
  achieverNationality?: string | null;
}
