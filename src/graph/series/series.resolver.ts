/** Series' root queries; its fields are derived from the graph model. */
import { Arg, Args, Ctx, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { Connection, ConnectionArgs } from '../../graphql/connection';
import { GraphContext, lookupOfLabel } from '../context';
import { nodeType } from '../model/api-types';
import { rootList } from '../shared/list';
import { SeriesFilter } from './series.args';
import { SERIES } from './series.cypher';

@ObjectType()
export class SeriesConnection extends Connection(() => nodeType('Series'), 'Series') {}

@Resolver()
export class SeriesResolver {
  @Query(() => nodeType('Series'), { nullable: true, description: 'A series by id; null with a NOT_FOUND error when no series has it.' })
  series(@Arg('id', () => ID) id: string, @Ctx() context: GraphContext) {
    return lookupOfLabel(context, id, 'Series');
  }

  @Query(() => SeriesConnection, { description: 'Series by name, a page at a time; nameContains also matches former names and aliases.' })
  seriesList(
    @Args() page: ConnectionArgs,
    @Arg('filter', () => SeriesFilter, { nullable: true }) filter: SeriesFilter | null,
    @Ctx() context: GraphContext,
  ) {
    return rootList(context, SERIES, filter, page);
  }
}
