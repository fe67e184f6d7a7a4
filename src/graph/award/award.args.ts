import { IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { enumType } from '../model/api-types';
import { NameFilter } from '../shared/name-filter';

@InputType({ description: 'Filters for awards; all given filters must hold.' })
export class AwardFilter extends NameFilter {
  @Field(() => enumType('AwardKind'), { nullable: true, description: 'ROOKIE_OF_THE_YEAR, HALL_OF_FAME, ...' })
  kind?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only awards given by this organization (the awarding body).' })
  @IsOptional()
  @MaxLength(120)
  awardedById?: string | null;
}
