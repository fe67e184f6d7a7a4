import { Max, MaxLength, Min } from 'class-validator';
import { Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { notFound } from '../../graphql/errors';
import { Node } from '../../graphql/node.interface';
import { GraphContext } from '../context';
import { requiredNode } from '../shared/node-fields';
import { addCitations } from '../shared/citations.fields';
import { Path, PathRelationship } from './path.type';
import { findConnection } from './path.service';

@ArgsType()
class ConnectionPathArgs {
  @Field(() => ID)
  @MaxLength(120)
  fromId!: string;

  @Field(() => ID)
  @MaxLength(120)
  toId!: string;

  @Field(() => Int, { defaultValue: 6, description: 'Longest path to look for, 1 to 10.' })
  @Min(1)
  @Max(10)
  maxLength!: number;
}

@Resolver(() => Path)
export class PathResolver {
  @Query(() => Path, {
    nullable: true,
    description: 'How two nodes are connected: the shortest path between them, null when there is none within maxLength. An id that names no node is a NOT_FOUND error naming the argument.',
  })
  async connection(@Args() { fromId, toId, maxLength }: ConnectionPathArgs, @Ctx() context: GraphContext) {
    const answer = await findConnection(context.db, fromId, toId, maxLength, (node) => context.loaders.node.prime(node.id, node));
    if ('unknown' in answer) throw notFound(answer.unknown.argument, answer.unknown.id, 'node');
    return answer.path;
  }

  @FieldResolver(() => [Node], { description: 'The nodes in path order, from fromId to toId.' })
  nodes(@Root() path: Path, @Ctx() context: GraphContext) {
    return Promise.all(path.nodeIds.map((id) => requiredNode(context, id)));
  }
}

@Resolver(() => PathRelationship)
export class PathRelationshipResolver {
  @FieldResolver(() => Node)
  from(@Root() relationship: PathRelationship, @Ctx() context: GraphContext) {
    return requiredNode(context, relationship.fromId);
  }

  @FieldResolver(() => Node)
  to(@Root() relationship: PathRelationship, @Ctx() context: GraphContext) {
    return requiredNode(context, relationship.toId);
  }
}

addCitations(PathRelationshipResolver);
