import { Field, Int, ObjectType } from 'type-graphql';
import { enumType } from '../model/api-types';

@ObjectType({ description: 'One season within a career summary.' })
export class CareerSeason {
  seasonId!: string;
  teamId!: string | null;

  @Field(() => Int)
  year!: number;

  @Field(() => enumType('Participation'), { nullable: true })
  participation!: string | null;

  @Field(() => Int, { nullable: true, description: 'Races started: as stated, else the completed races known. Null when unknown.' })
  starts!: number | null;

  @Field(() => Int)
  wins!: number;

  @Field(() => Int, { nullable: true })
  bestFinish!: number | null;

  @Field(() => Int, { nullable: true })
  finalPosition!: number | null;

  @Field(() => Int, { nullable: true })
  points!: number | null;
}

@ObjectType({ description: "A person's record in one series: seasons, starts, wins, best finish, final positions and points." })
export class SeriesCareer {
  seriesId!: string;

  @Field(() => [Int])
  years!: number[];

  @Field(() => Int, { nullable: true, description: 'Sum of the seasons whose starts are known; null if none is.' })
  starts!: number | null;

  @Field(() => Int)
  wins!: number;

  @Field(() => Int, { nullable: true })
  bestFinish!: number | null;

  /** Resolved as a page by SeriesCareerResolver. */
  seasons!: CareerSeason[];
}
