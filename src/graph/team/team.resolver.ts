/** Team's root queries and its season entries (entries name their team in a property, not a relationship). */
import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, ID, Info, ObjectType, Query, Resolver } from 'type-graphql';
import { Connection, ConnectionArgs } from '../../graphql/connection';
import { GraphContext } from '../context';
import { lookupOfLabel, rootList } from '../compiled/compiled-reads';
import { edgeType, nodeType } from '../model/api-types';
import { addPagedList } from '../shared/paged-list';
import { EntityRow } from '../shared/rows';
import { TeamFilter } from './team.args';
import { TEAMS } from './team.cypher';
import { TEAM_ENTRIES_LOADER } from './team.loaders';

@ObjectType()
export class TeamConnection extends Connection(() => nodeType('Team'), 'Team') {}

@Resolver(() => nodeType('Team'))
export class TeamResolver {
  @Query(() => nodeType('Team'), { nullable: true, description: 'A team by id; null with a NOT_FOUND error when no team has it.' })
  team(@Arg('id', () => ID) id: string, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo) {
    return lookupOfLabel(context, info, id, 'Team');
  }

  @Query(() => TeamConnection, { description: 'Teams by name, a page at a time.' })
  teams(
    @Args() page: ConnectionArgs,
    @Arg('filter', () => TeamFilter, { nullable: true }) filter: TeamFilter | null,
    @Ctx() context: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return rootList(context, info, TEAMS, filter, page);
  }
}

addPagedList<EntityRow>(TeamResolver, {
  name: 'seasonEntries',
  itemName: 'SeasonEntry',
  item: () => edgeType('ENTERED_SEASON'),
  description: 'Season entries made with this team, oldest first.',
  all: (team, context) => context.loaders.get(TEAM_ENTRIES_LOADER).load(team.id),
});
