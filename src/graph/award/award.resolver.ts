/** Award's root queries; its fields (recipients, awarding body) are derived from the graph model. */
import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, ID, Info, ObjectType, Query, Resolver } from 'type-graphql';
import { Connection, ConnectionArgs } from '../../graphql/connection';
import { GraphContext } from '../context';
import { lookupOfLabel, rootList } from '../compiled/compiled-reads';
import { nodeType } from '../model/api-types';
import { AwardFilter } from './award.args';
import { AWARDS } from './award.cypher';

@ObjectType()
export class AwardConnection extends Connection(() => nodeType('Award'), 'Award') {}

@Resolver()
export class AwardResolver {
  @Query(() => nodeType('Award'), { nullable: true, description: 'An award or honour by id; null with a NOT_FOUND error when no award has it.' })
  award(@Arg('id', () => ID) id: string, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo) {
    return lookupOfLabel(context, info, id, 'Award');
  }

  @Query(() => AwardConnection, { description: 'Awards and honours by name, a page at a time. Filter by kind and awarding body ("who gives rookie awards?").' })
  awards(
    @Args() page: ConnectionArgs,
    @Arg('filter', () => AwardFilter, { nullable: true }) filter: AwardFilter | null,
    @Ctx() context: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return rootList(context, info, AWARDS, filter, page);
  }
}
