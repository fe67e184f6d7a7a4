/** Meeting's root queries; its fields (races, venue) are derived from the graph model. */
import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, ID, Info, ObjectType, Query, Resolver } from 'type-graphql';
import { Connection, ConnectionArgs } from '../../graphql/connection';
import { GraphContext } from '../context';
import { lookupOfLabel, rootList } from '../compiled/compiled-reads';
import { nodeType } from '../model/api-types';
import { YearOrder } from '../season/season.args';
import { MeetingFilter } from './meeting.args';
import { MEETINGS } from './meeting.cypher';

@ObjectType()
export class MeetingConnection extends Connection(() => nodeType('Meeting'), 'Meeting') {}

@Resolver()
export class MeetingResolver {
  @Query(() => nodeType('Meeting'), { nullable: true, description: 'A race meeting by id; null with a NOT_FOUND error when no meeting has it.' })
  meeting(@Arg('id', () => ID) id: string, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo) {
    return lookupOfLabel(context, info, id, 'Meeting');
  }

  @Query(() => MeetingConnection, { description: 'Race meetings in date order, a page at a time.' })
  meetings(
    @Args() page: ConnectionArgs,
    @Arg('filter', () => MeetingFilter, { nullable: true }) filter: MeetingFilter | null,
    @Arg('orderBy', () => YearOrder, { defaultValue: YearOrder.YEAR_ASC }) orderBy: YearOrder,
    @Ctx() context: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return rootList(context, info, MEETINGS[orderBy], filter, page);
  }
}
