import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { GraphContext } from '../context';
import { requiredNode } from '../shared/node-fields';
import { Person } from '../person/person.type';
import { Inspiration } from './inspiration.type';

@Resolver(() => Inspiration)
export class InspirationResolver {
  @FieldResolver(() => Person, { description: 'Who was inspired.' })
  person(@Root() inspiration: Inspiration, @Ctx() context: GraphContext) {
    return requiredNode(context, inspiration.personId);
  }

  @FieldResolver(() => Person, { description: 'Who inspired them.' })
  inspiration(@Root() inspiration: Inspiration, @Ctx() context: GraphContext) {
    return requiredNode(context, inspiration.inspirationId);
  }
}
