import { Arg, Args, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Connection, ConnectionArgs } from '../../graphql/connection';
import { edgesOf, GraphContext, neighbours, lookupOfLabel } from '../context';
import { listConnection } from '../shared/list';
import { RELATIONS } from '../shared/relations';
import { Place } from '../place/place.type';
import { SeasonEntry } from '../season-entry/season-entry.type';
import { TeamStint, toTeamStint } from '../team-stint/team-stint.type';
import { TeamFilter } from './team.args';
import { TEAMS } from './team.cypher';
import { Team } from './team.type';

@ObjectType()
export class TeamConnection extends Connection(Team, 'Team') {}

@Resolver(() => Team)
export class TeamResolver {
  @Query(() => Team, { nullable: true, description: 'A team by id; null with a NOT_FOUND error when no team has it.' })
  team(@Arg('id', () => ID) id: string, @Ctx() context: GraphContext) {
    return lookupOfLabel(context, id, 'Team');
  }

  @Query(() => TeamConnection, { description: 'Teams by name, a page at a time.' })
  teams(
    @Args() page: ConnectionArgs,
    @Arg('filter', () => TeamFilter, { nullable: true }) filter: TeamFilter | null,
    @Ctx() context: GraphContext,
  ) {
    const f = filter ?? {};
    return listConnection(context, TEAMS, {
      nameContains: f.nameContains ?? null,
      seriesId: f.seriesId ?? null,
      yearFrom: f.yearFrom ?? null,
      yearTo: f.yearTo ?? null,
    }, page);
  }

  @FieldResolver(() => [TeamStint], { description: 'Drivers who drove for the team, with years.' })
  drivers(@Root() team: Team, @Ctx() context: GraphContext) {
    return edgesOf(context, RELATIONS.driversOf, team.id, toTeamStint);
  }

  @FieldResolver(() => [SeasonEntry], { description: 'Season entries made with this team, oldest first.' })
  seasonEntries(@Root() team: Team, @Ctx() context: GraphContext) {
    return context.loaders.teamEntries.load(team.id);
  }

  @FieldResolver(() => [Place])
  headquarters(@Root() team: Team, @Ctx() context: GraphContext) {
    return neighbours(context, RELATIONS.headquartersOf, team.id);
  }
}
