/** The achievements list; an achievement's fields are derived from the graph model. */
import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Info, ObjectType, Query, Resolver } from 'type-graphql';
import { Connection, ConnectionArgs } from '../../graphql/connection';
import { GraphContext } from '../context';
import { rootList } from '../compiled/compiled-reads';
import { nodeType } from '../model/api-types';
import { AchievementFilter } from './achievement.args';
import { ACHIEVEMENTS } from './achievement.cypher';

@ObjectType()
export class AchievementConnection extends Connection(() => nodeType('Achievement'), 'Achievement') {}

@Resolver()
export class AchievementResolver {
  @Query(() => AchievementConnection, {
    description: 'Milestones and "firsts", oldest first. Filter by kind, year and the achiever ("which women were first to ...?").',
  })
  achievements(
    @Args() page: ConnectionArgs,
    @Arg('filter', () => AchievementFilter, { nullable: true }) filter: AchievementFilter | null,
    @Ctx() context: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return rootList(context, info, ACHIEVEMENTS, filter, page);
  }
}
