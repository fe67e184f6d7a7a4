import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { GraphContext } from '../context';
import { requiredNode } from '../shared/node-fields';
import { Person } from '../person/person.type';
import { Team } from '../team/team.type';
import { TeamStint } from './team-stint.type';

@Resolver(() => TeamStint)
export class TeamStintResolver {
  @FieldResolver(() => Person)
  person(@Root() stint: TeamStint, @Ctx() context: GraphContext) {
    return requiredNode(context, stint.personId);
  }

  @FieldResolver(() => Team)
  team(@Root() stint: TeamStint, @Ctx() context: GraphContext) {
    return requiredNode(context, stint.teamId);
  }
}
