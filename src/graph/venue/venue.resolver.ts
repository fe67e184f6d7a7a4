import { Arg, Args, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Connection, ConnectionArgs } from '../../graphql/connection';
import { GraphContext, neighbours, lookupOfLabel } from '../context';
import { listConnection } from '../shared/list';
import { NameFilter } from '../shared/name-filter';
import { RELATIONS } from '../shared/relations';
import { Place } from '../place/place.type';
import { Race } from '../race/race.type';
import { VENUES } from './venue.cypher';
import { Venue } from './venue.type';

@ObjectType()
export class VenueConnection extends Connection(Venue, 'Venue') {}

@Resolver(() => Venue)
export class VenueResolver {
  @Query(() => Venue, { nullable: true, description: 'A venue by id; null with a NOT_FOUND error when no venue has it.' })
  venue(@Arg('id', () => ID) id: string, @Ctx() context: GraphContext) {
    return lookupOfLabel(context, id, 'Venue');
  }

  @Query(() => VenueConnection, { description: 'Venues by name, a page at a time.' })
  venues(
    @Args() page: ConnectionArgs,
    @Arg('filter', () => NameFilter, { nullable: true }) filter: NameFilter | null,
    @Ctx() context: GraphContext,
  ) {
    return listConnection(context, VENUES, { nameContains: filter?.nameContains ?? null }, page);
  }

  @FieldResolver(() => [Race], { description: 'Races held here, in date order.' })
  races(@Root() venue: Venue, @Ctx() context: GraphContext) {
    return neighbours(context, RELATIONS.racesAtVenue, venue.id);
  }

  @FieldResolver(() => [Place])
  location(@Root() venue: Venue, @Ctx() context: GraphContext) {
    return neighbours(context, RELATIONS.locationOf, venue.id);
  }
}
