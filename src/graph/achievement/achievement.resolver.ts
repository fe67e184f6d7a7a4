/** The achievements list; an achievement's fields are derived from the graph model. */
import { Arg, Args, Ctx, ObjectType, Query, Resolver } from 'type-graphql';
import { Connection, ConnectionArgs } from '../../graphql/connection';
import { GraphContext } from '../context';
import { nodeType } from '../model/api-types';
import { rootList } from '../shared/list';
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
  ) {
    return rootList(context, ACHIEVEMENTS, filter, page);
  }
}
