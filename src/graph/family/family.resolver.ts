import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { GraphContext, neighbours } from '../context';
import { RELATIONS } from '../shared/relations';
import { Person } from '../person/person.type';
import { Family } from './family.type';

@Resolver(() => Family)
export class FamilyResolver {
  @FieldResolver(() => [Person])
  members(@Root() family: Family, @Ctx() context: GraphContext) {
    return neighbours(context, RELATIONS.membersOf, family.id);
  }
}
