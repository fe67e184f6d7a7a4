import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { GraphContext } from '../context';
import { nodeById, requiredNode } from '../shared/node-fields';
import { Person } from '../person/person.type';
import { Race } from '../race/race.type';
import { Team } from '../team/team.type';
import { RaceEntry } from './race-entry.type';

@Resolver(() => RaceEntry)
export class RaceEntryResolver {
  @FieldResolver(() => Person)
  person(@Root() entry: RaceEntry, @Ctx() context: GraphContext) {
    return requiredNode(context, entry.personId);
  }

  @FieldResolver(() => Race)
  race(@Root() entry: RaceEntry, @Ctx() context: GraphContext) {
    return requiredNode(context, entry.raceId);
  }

  @FieldResolver(() => Team, { nullable: true })
  team(@Root() entry: RaceEntry, @Ctx() context: GraphContext) {
    return nodeById(context, entry.teamId);
  }
}
