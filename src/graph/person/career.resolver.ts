import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { GraphContext } from '../context';
import { nodeById, requiredNode } from '../shared/node-fields';
import { Season } from '../season/season.type';
import { Series } from '../series/series.type';
import { Team } from '../team/team.type';
import { CareerSeason, SeriesCareer } from './career.type';

@Resolver(() => SeriesCareer)
export class SeriesCareerResolver {
  @FieldResolver(() => Series)
  series(@Root() career: SeriesCareer, @Ctx() context: GraphContext) {
    return requiredNode(context, career.seriesId);
  }
}

@Resolver(() => CareerSeason)
export class CareerSeasonResolver {
  @FieldResolver(() => Season)
  season(@Root() season: CareerSeason, @Ctx() context: GraphContext) {
    return requiredNode(context, season.seasonId);
  }

  @FieldResolver(() => Team, { nullable: true })
  team(@Root() season: CareerSeason, @Ctx() context: GraphContext) {
    return nodeById(context, season.teamId);
  }
}
