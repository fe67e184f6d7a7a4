import { Arg, Args, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Connection, ConnectionArgs } from '../../graphql/connection';
import { edgesOf, firstNeighbour, GraphContext, neighbours, lookupOfLabel } from '../context';
import { listConnection } from '../shared/list';
import { RELATIONS } from '../shared/relations';
import { Achievement } from '../achievement/achievement.type';
import { RaceEntry, toRaceEntry } from '../race-entry/race-entry.type';
import { YearOrder } from '../season/season.args';
import { Season } from '../season/season.type';
import { Venue } from '../venue/venue.type';
import { RaceFilter } from './race.args';
import { RACES } from './race.cypher';
import { Race } from './race.type';

@ObjectType()
export class RaceConnection extends Connection(Race, 'Race') {}

@Resolver(() => Race)
export class RaceResolver {
  @Query(() => Race, { nullable: true, description: 'A race by id; null with a NOT_FOUND error when no race has it.' })
  race(@Arg('id', () => ID) id: string, @Ctx() context: GraphContext) {
    return lookupOfLabel(context, id, 'Race');
  }

  @Query(() => RaceConnection, { description: 'Races in date order, a page at a time.' })
  races(
    @Args() page: ConnectionArgs,
    @Arg('filter', () => RaceFilter, { nullable: true }) filter: RaceFilter | null,
    @Arg('orderBy', () => YearOrder, { defaultValue: YearOrder.YEAR_ASC }) orderBy: YearOrder,
    @Ctx() context: GraphContext,
  ) {
    const f = filter ?? {};
    return listConnection(context, RACES[orderBy], {
      seriesId: f.seriesId ?? null,
      seasonId: f.seasonId ?? null,
      venueId: f.venueId ?? null,
      status: f.status ?? null,
      yearFrom: f.yearFrom ?? null,
      yearTo: f.yearTo ?? null,
    }, page);
  }

  @FieldResolver(() => Season, { nullable: true })
  season(@Root() race: Race, @Ctx() context: GraphContext) {
    return firstNeighbour(context, RELATIONS.seasonOfRace, race.id);
  }

  @FieldResolver(() => Venue, { nullable: true, description: 'Null when the source does not say where it was held.' })
  venue(@Root() race: Race, @Ctx() context: GraphContext) {
    return firstNeighbour(context, RELATIONS.venueOfRace, race.id);
  }

  @FieldResolver(() => [RaceEntry], { description: 'Who entered, with start and finish (the results).' })
  entries(@Root() race: Race, @Ctx() context: GraphContext) {
    return edgesOf(context, RELATIONS.entrantsOfRace, race.id, toRaceEntry);
  }

  @FieldResolver(() => [Achievement])
  achievements(@Root() race: Race, @Ctx() context: GraphContext) {
    return neighbours(context, RELATIONS.achievementsAtRace, race.id);
  }
}
