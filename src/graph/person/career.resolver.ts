import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { GraphContext } from '../context';
import { nodeType } from '../model/api-types';
import { nodeById, requiredNode } from '../shared/node-fields';
import { addPagedList } from '../shared/paged-list';
import { CareerSeason, SeriesCareer } from './career.type';

@Resolver(() => SeriesCareer)
export class SeriesCareerResolver {
  @FieldResolver(() => nodeType('Series'))
  series(@Root() career: SeriesCareer, @Ctx() context: GraphContext) {
    return requiredNode(context, career.seriesId);
  }
}

addPagedList<SeriesCareer>(SeriesCareerResolver, {
  name: 'seasons',
  itemName: 'CareerSeason',
  item: () => CareerSeason,
  description: 'The seasons of this career, oldest first.',
  all: (career) => career.seasons,
});

@Resolver(() => CareerSeason)
export class CareerSeasonResolver {
  @FieldResolver(() => nodeType('Season'))
  season(@Root() season: CareerSeason, @Ctx() context: GraphContext) {
    return requiredNode(context, season.seasonId);
  }

  @FieldResolver(() => nodeType('Team'), { nullable: true })
  team(@Root() season: CareerSeason, @Ctx() context: GraphContext) {
    return nodeById(context, season.teamId);
  }
}
