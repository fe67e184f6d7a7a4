import { Arg, Args, Ctx, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Connection, ConnectionArgs } from '../../graphql/connection';
import { firstNeighbour, GraphContext, neighbours } from '../context';
import { listConnection } from '../shared/list';
import { RELATIONS } from '../shared/relations';
import { Person } from '../person/person.type';
import { Race } from '../race/race.type';
import { Season } from '../season/season.type';
import { Series } from '../series/series.type';
import { AchievementFilter } from './achievement.args';
import { ACHIEVEMENTS } from './achievement.cypher';
import { Achievement } from './achievement.type';

@ObjectType()
export class AchievementConnection extends Connection(Achievement, 'Achievement') {}

@Resolver(() => Achievement)
export class AchievementResolver {
  @Query(() => AchievementConnection, {
    description: 'Milestones and "firsts", oldest first. Filter by kind, year and the achiever ("which women were first to ...?").',
  })
  achievements(
    @Args() page: ConnectionArgs,
    @Arg('filter', () => AchievementFilter, { nullable: true }) filter: AchievementFilter | null,
    @Ctx() context: GraphContext,
  ) {
    const f = filter ?? {};
    return listConnection(context, ACHIEVEMENTS, {
      kind: f.kind ?? null,
      yearFrom: f.yearFrom ?? null,
      yearTo: f.yearTo ?? null,
      achieverGender: f.achieverGender ?? null,
      achieverNationality: f.achieverNationality ?? null,
    }, page);
  }

  @FieldResolver(() => [Person])
  achievers(@Root() achievement: Achievement, @Ctx() context: GraphContext) {
    return neighbours(context, RELATIONS.achieversOf, achievement.id);
  }

  @FieldResolver(() => Race, { nullable: true })
  race(@Root() achievement: Achievement, @Ctx() context: GraphContext) {
    return firstNeighbour(context, RELATIONS.raceOf, achievement.id);
  }

  @FieldResolver(() => Season, { nullable: true })
  season(@Root() achievement: Achievement, @Ctx() context: GraphContext) {
    return firstNeighbour(context, RELATIONS.seasonOf, achievement.id);
  }

  @FieldResolver(() => Series, { nullable: true })
  series(@Root() achievement: Achievement, @Ctx() context: GraphContext) {
    return firstNeighbour(context, RELATIONS.seriesOf, achievement.id);
  }
}
