import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { GraphContext, neighbours } from '../context';
import { RELATIONS } from '../shared/relations';
import { Venue } from '../venue/venue.type';
import { Place } from './place.type';

@Resolver(() => Place)
export class PlaceResolver {
  @FieldResolver(() => [Place], { description: 'The larger places this one is in (North Carolina is in the United States).' })
  partOf(@Root() place: Place, @Ctx() context: GraphContext) {
    return neighbours(context, RELATIONS.locationOf, place.id);
  }

  @FieldResolver(() => [Place])
  places(@Root() place: Place, @Ctx() context: GraphContext) {
    return neighbours(context, RELATIONS.placesIn, place.id);
  }

  @FieldResolver(() => [Venue])
  venues(@Root() place: Place, @Ctx() context: GraphContext) {
    return neighbours(context, RELATIONS.venuesIn, place.id);
  }
}
