/** Race's root queries and RaceEntry.won; their other fields are derived from the graph model. */
import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Connection, ConnectionArgs } from '../../graphql/connection';
import { GraphContext } from '../context';
import { lookupOfLabel, rootList } from '../compiled/compiled-reads';
import { edgeType, nodeType } from '../model/api-types';
import { EdgeObjectRow } from '../shared/edges';
import { YearOrder } from '../season/season.args';
import { RaceFilter } from './race.args';
import { RACES } from './race.cypher';

@ObjectType()
export class RaceConnection extends Connection(() => nodeType('Race'), 'Race') {}

@Resolver()
export class RaceResolver {
  @Query(() => nodeType('Race'), { nullable: true, description: 'A race by id; null with a NOT_FOUND error when no race has it.' })
  race(@Arg('id', () => ID) id: string, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo) {
    return lookupOfLabel(context, info, id, 'Race');
  }

  @Query(() => RaceConnection, { description: 'Races in date order, a page at a time.' })
  races(
    @Args() page: ConnectionArgs,
    @Arg('filter', () => RaceFilter, { nullable: true }) filter: RaceFilter | null,
    @Arg('orderBy', () => YearOrder, { defaultValue: YearOrder.YEAR_ASC }) orderBy: YearOrder,
    @Ctx() context: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return rootList(context, info, RACES[orderBy], filter, page);
  }
}

@Resolver(() => edgeType('ENTERED_RACE'))
export class RaceEntryResolver {
  @FieldResolver(() => Boolean, { description: 'True when finishPosition is 1.' })
  won(@Root() entry: EdgeObjectRow): boolean {
    return entry.finishPosition === 1;
  }
}
