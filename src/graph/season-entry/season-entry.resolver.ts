import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { GraphContext } from '../context';
import { nodeById, requiredNode } from '../shared/node-fields';
import { Person } from '../person/person.type';
import { Season } from '../season/season.type';
import { Team } from '../team/team.type';
import { SeasonEntry } from './season-entry.type';

@Resolver(() => SeasonEntry)
export class SeasonEntryResolver {
  @FieldResolver(() => Person)
  person(@Root() entry: SeasonEntry, @Ctx() context: GraphContext) {
    return requiredNode(context, entry.personId);
  }

  @FieldResolver(() => Season)
  season(@Root() entry: SeasonEntry, @Ctx() context: GraphContext) {
    return requiredNode(context, entry.seasonId);
  }

  @FieldResolver(() => Team, { nullable: true, description: 'The team the person entered with, where the source names it.' })
  team(@Root() entry: SeasonEntry, @Ctx() context: GraphContext) {
    return nodeById(context, entry.teamId);
  }
}
