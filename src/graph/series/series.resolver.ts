import { Arg, Args, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Connection, ConnectionArgs } from '../../graphql/connection';
import { GraphContext, neighbours, lookupOfLabel } from '../context';
import { listConnection } from '../shared/list';
import { NameFilter } from '../shared/name-filter';
import { RELATIONS } from '../shared/relations';
import { Achievement } from '../achievement/achievement.type';
import { Organization } from '../organization/organization.type';
import { Season } from '../season/season.type';
import { SERIES } from './series.cypher';
import { Series } from './series.type';

@ObjectType()
export class SeriesConnection extends Connection(Series, 'Series') {}

@Resolver(() => Series)
export class SeriesResolver {
  @Query(() => Series, { nullable: true, description: 'A series by id; null with a NOT_FOUND error when no series has it.' })
  series(@Arg('id', () => ID) id: string, @Ctx() context: GraphContext) {
    return lookupOfLabel(context, id, 'Series');
  }

  @Query(() => SeriesConnection, { description: 'Series by name; nameContains also matches former names and aliases.' })
  seriesList(
    @Args() page: ConnectionArgs,
    @Arg('filter', () => NameFilter, { nullable: true }) filter: NameFilter | null,
    @Ctx() context: GraphContext,
  ) {
    return listConnection(context, SERIES, { nameContains: filter?.nameContains ?? null }, page);
  }

  @FieldResolver(() => [Season], { description: 'Seasons, oldest first.' })
  seasons(@Root() series: Series, @Ctx() context: GraphContext) {
    return neighbours(context, RELATIONS.seasonsOfSeries, series.id);
  }

  @FieldResolver(() => [Organization])
  sanctionedBy(@Root() series: Series, @Ctx() context: GraphContext) {
    return neighbours(context, RELATIONS.sanctioningBodiesOf, series.id);
  }

  @FieldResolver(() => [Achievement])
  achievements(@Root() series: Series, @Ctx() context: GraphContext) {
    return neighbours(context, RELATIONS.achievementsInSeries, series.id);
  }
}
