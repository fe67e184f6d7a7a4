/** Series' root queries; its fields are derived from the graph model. */
import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, ID, Info, ObjectType, Query, Resolver } from 'type-graphql';
import { Connection, ConnectionArgs } from '../../graphql/connection';
import { GraphContext } from '../context';
import { lookupOfLabel, rootList } from '../compiled/compiled-reads';
import { nodeType } from '../model/api-types';
import { SeriesFilter } from './series.args';
import { SERIES } from './series.cypher';

@ObjectType()
export class SeriesConnection extends Connection(() => nodeType('Series'), 'Series') {}

@Resolver()
export class SeriesResolver {
  @Query(() => nodeType('Series'), { nullable: true, description: 'A series by id; null with a NOT_FOUND error when no series has it.' })
  series(@Arg('id', () => ID) id: string, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo) {
    return lookupOfLabel(context, info, id, 'Series');
  }

  @Query(() => SeriesConnection, { description: 'Series by name, a page at a time; nameContains also matches former names and aliases.' })
  seriesList(
    @Args() page: ConnectionArgs,
    @Arg('filter', () => SeriesFilter, { nullable: true }) filter: SeriesFilter | null,
    @Ctx() context: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return rootList(context, info, SERIES, filter, page);
  }
}
