import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { firstNeighbour, GraphContext, neighbours } from '../context';
import { RELATIONS } from '../shared/relations';
import { Person } from '../person/person.type';
import { Place } from '../place/place.type';
import { Race } from '../race/race.type';
import { Season } from '../season/season.type';
import { Series } from '../series/series.type';
import { Event } from './event.type';

@Resolver(() => Event)
export class EventResolver {
  @FieldResolver(() => Boolean, { description: 'True when the source gives the date only roughly ("about six years ago").' })
  approximate(@Root() event: Event) {
    return event.approximate === true;
  }

  @FieldResolver(() => [Person])
  people(@Root() event: Event, @Ctx() context: GraphContext) {
    return neighbours(context, RELATIONS.peopleOfEvent, event.id);
  }

  @FieldResolver(() => Race, { nullable: true })
  race(@Root() event: Event, @Ctx() context: GraphContext) {
    return firstNeighbour(context, RELATIONS.raceOf, event.id);
  }

  @FieldResolver(() => Season, { nullable: true })
  season(@Root() event: Event, @Ctx() context: GraphContext) {
    return firstNeighbour(context, RELATIONS.seasonOf, event.id);
  }

  @FieldResolver(() => Series, { nullable: true })
  series(@Root() event: Event, @Ctx() context: GraphContext) {
    return firstNeighbour(context, RELATIONS.seriesOf, event.id);
  }

  @FieldResolver(() => Place, { nullable: true, description: 'Where a move went to.' })
  place(@Root() event: Event, @Ctx() context: GraphContext) {
    return firstNeighbour(context, RELATIONS.placeOfEvent, event.id);
  }
}
