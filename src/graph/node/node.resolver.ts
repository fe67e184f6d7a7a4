/**
 * Node lookups and what every node answers: node(id:) (Relay refetching; a plain null for an
 * unknown id) and `displayName`, one non-null label for any node, so that a client rendering
 * mixed results (search hits, paths) needs one selection.
 */
import { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { lookupNode } from '../compiled/compiled-reads';
import { Node } from '../../graphql/node.interface';
import { GraphContext } from '../context';
import { EntityRow } from '../shared/rows';

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any node by its id (Relay global object identification).' })
  node(@Arg('id', () => ID) id: string, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo) {
    return lookupNode(context, info, id);
  }
}

/** `displayName` of every node type but Person (which has its own, src/graph/person/person.resolver.ts). */
@Resolver(() => Node)
export class NodeFieldsResolver {
  @FieldResolver(() => String, {
    description: 'A short label for any node: its name or title. For a person no source names, their kinship to a named relative ("Amber Balcaen\'s uncle"), else their description. Never null.',
  })
  displayName(@Root() node: EntityRow): string {
    return labelOf(node);
  }
}

export function labelOf(node: EntityRow): string {
  for (const value of [node.name, node.title]) {
    if (typeof value === 'string' && value.length > 0) return value;
  }
  return node.id;
}
