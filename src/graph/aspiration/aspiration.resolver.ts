import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { GraphContext } from '../context';
import { requiredNode } from '../shared/node-fields';
import { Person } from '../person/person.type';
import { Aspiration, AspirationTarget } from './aspiration.type';

@Resolver(() => Aspiration)
export class AspirationResolver {
  @FieldResolver(() => Person)
  person(@Root() aspiration: Aspiration, @Ctx() context: GraphContext) {
    return requiredNode(context, aspiration.personId);
  }

  @FieldResolver(() => AspirationTarget)
  target(@Root() aspiration: Aspiration, @Ctx() context: GraphContext) {
    return requiredNode(context, aspiration.targetId);
  }
}
