import { Arg, Args, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Connection, ConnectionArgs } from '../../graphql/connection';
import { edgesOf, firstNeighbour, GraphContext, neighbours, lookupOfLabel } from '../context';
import { listConnection } from '../shared/list';
import { RELATIONS } from '../shared/relations';
import { Race } from '../race/race.type';
import { SeasonEntry, toSeasonEntry } from '../season-entry/season-entry.type';
import { Series } from '../series/series.type';
import { SeasonFilter, YearOrder } from './season.args';
import { SEASONS } from './season.cypher';
import { Season } from './season.type';

@ObjectType()
export class SeasonConnection extends Connection(Season, 'Season') {}

@Resolver(() => Season)
export class SeasonResolver {
  @Query(() => Season, { nullable: true, description: 'A season by id (e.g. "arca-menards-series-2022"); null with a NOT_FOUND error when no season has it.' })
  season(@Arg('id', () => ID) id: string, @Ctx() context: GraphContext) {
    return lookupOfLabel(context, id, 'Season');
  }

  @Query(() => SeasonConnection, { description: 'Seasons by year, a page at a time.' })
  seasons(
    @Args() page: ConnectionArgs,
    @Arg('filter', () => SeasonFilter, { nullable: true }) filter: SeasonFilter | null,
    @Arg('orderBy', () => YearOrder, { defaultValue: YearOrder.YEAR_ASC }) orderBy: YearOrder,
    @Ctx() context: GraphContext,
  ) {
    const f = filter ?? {};
    return listConnection(context, SEASONS[orderBy], {
      seriesId: f.seriesId ?? null,
      yearFrom: f.yearFrom ?? null,
      yearTo: f.yearTo ?? null,
    }, page);
  }

  @FieldResolver(() => Series)
  series(@Root() season: Season, @Ctx() context: GraphContext) {
    return firstNeighbour(context, RELATIONS.seriesOfSeason, season.id);
  }

  @FieldResolver(() => [Race], { description: 'Races of the season the sources mention, in date order.' })
  races(@Root() season: Season, @Ctx() context: GraphContext) {
    return neighbours(context, RELATIONS.racesOfSeason, season.id);
  }

  @FieldResolver(() => [SeasonEntry], { description: 'Who entered the season, with team, final position and points.' })
  entries(@Root() season: Season, @Ctx() context: GraphContext) {
    return edgesOf(context, RELATIONS.entrantsOfSeason, season.id, toSeasonEntry);
  }
}
