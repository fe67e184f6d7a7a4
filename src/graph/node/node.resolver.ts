import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Node } from '../../graphql/node.interface';
import { GraphContext } from '../context';

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any node by its id (Relay global object identification).' })
  node(@Arg('id', () => ID) id: string, @Ctx() context: GraphContext) {
    return context.loaders.node.load(id);
  }
}
