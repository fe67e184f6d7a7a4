import { IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { enumType } from '../model/api-types';
import { DisciplineField } from '../shared/discipline-filter';
import { YearRangeFilter } from '../shared/year-range';

export enum PersonOrder {
  NAME = 'NAME',
  ID = 'ID',
}
registerEnumType(PersonOrder, { name: 'PersonOrder', description: 'NAME: by name, unnamed people last. ID: by slug.' });

@InputType({ description: 'Filters for people; all given filters must hold. Years: a season entry in the range.' })
export class PersonFilter extends YearRangeFilter {
  @Field(() => String, { nullable: true, description: 'Case-insensitive part of the name.' })
  @IsOptional()
  @MaxLength(100)
  nameContains?: string | null;

  @Field(() => enumType('Gender'), { nullable: true })
  gender?: string | null;

  @Field(() => String, { nullable: true, description: 'Demonym, case-insensitive (e.g. "canadian").' })
  @IsOptional()
  @MaxLength(60)
  nationality?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only people who raced (true) or did not (false).' })
  raced?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'Only people who entered a season of this series.' })
  @IsOptional()
  @MaxLength(120)
  seriesId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only people who drove for or entered with this team.' })
  @IsOptional()
  @MaxLength(120)
  teamId?: string | null;

  @Field(() => enumType('PersonRole'), { nullable: true, description: 'Only people a source gives this role (RIDER, CO_DRIVER, TEAM_OWNER...).' })
  role?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only people who received this award.' })
  @IsOptional()
  @MaxLength(120)
  awardId?: string | null;

  @DisciplineField('people with a race entry of this discipline (the race\'s, its meeting\'s or its series\') or a season entry in a series of it')
  discipline?: string | null;
}
