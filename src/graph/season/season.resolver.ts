/** Season's root queries; its fields are derived from the graph model. */
import { Arg, Args, Ctx, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { Connection, ConnectionArgs } from '../../graphql/connection';
import { GraphContext, lookupOfLabel } from '../context';
import { nodeType } from '../model/api-types';
import { rootList } from '../shared/list';
import { SeasonFilter, YearOrder } from './season.args';
import { SEASONS } from './season.cypher';

@ObjectType()
export class SeasonConnection extends Connection(() => nodeType('Season'), 'Season') {}

@Resolver()
export class SeasonResolver {
  @Query(() => nodeType('Season'), { nullable: true, description: 'A season by id (e.g. "arca-menards-series-2022"); null with a NOT_FOUND error when no season has it.' })
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
    return rootList(context, SEASONS[orderBy], filter, page);
  }
}
