/** Season's root queries; its fields are derived from the graph model. */
import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, ID, Info, ObjectType, Query, Resolver } from 'type-graphql';
import { Connection, ConnectionArgs } from '../../graphql/connection';
import { GraphContext } from '../context';
import { lookupOfLabel, rootList } from '../compiled/compiled-reads';
import { nodeType } from '../model/api-types';
import { SeasonFilter, YearOrder } from './season.args';
import { SEASONS } from './season.cypher';

@ObjectType()
export class SeasonConnection extends Connection(() => nodeType('Season'), 'Season') {}

@Resolver()
export class SeasonResolver {
  @Query(() => nodeType('Season'), { nullable: true, description: 'A season by id (e.g. "arca-menards-series-2022"); null with a NOT_FOUND error when no season has it.' })
  season(@Arg('id', () => ID) id: string, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo) {
    return lookupOfLabel(context, info, id, 'Season');
  }

  @Query(() => SeasonConnection, { description: 'Seasons by year, a page at a time.' })
  seasons(
    @Args() page: ConnectionArgs,
    @Arg('filter', () => SeasonFilter, { nullable: true }) filter: SeasonFilter | null,
    @Arg('orderBy', () => YearOrder, { defaultValue: YearOrder.YEAR_ASC }) orderBy: YearOrder,
    @Ctx() context: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return rootList(context, info, SEASONS[orderBy], filter, page);
  }
}
